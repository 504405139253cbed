/*
 * The catalog labels end to end in one backend: the catalog backend with the
 * MLOps maturity labels module, and the MLOps maturity plugin. A service is
 * submitted through the plugin's API; the module's next load of the levels
 * and the catalog's next processing of the entity put the level on the
 * entity, as the catalog API serves it.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import mlopsMaturityPlugin, {
  catalogModuleMlopsMaturityLabels,
} from '@mlops-maturity/plugin-mlops-maturity-backend';
import {
  MATURITY_OVERALL_LEVEL_LABEL,
  MATURITY_STATUS_LABEL,
  answerChoices,
  defaultModel,
  type Submission,
} from '@mlops-maturity/plugin-mlops-maturity-common';

jest.setTimeout(120_000);

const SERVICE = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: fraud-scorer
spec:
  type: ml-service
  owner: group:default/team-a
  lifecycle: production
---
apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: website
spec:
  type: website
  owner: group:default/team-a
  lifecycle: production
`;

/** Every criterion of the default model answered with full credit. */
function allMet() {
  return Object.fromEntries(
    defaultModel.areas.flatMap(area =>
      area.criteria.map(c => [
        c.id,
        { value: answerChoices(c).find(choice => choice.credit === 1)!.value },
      ]),
    ),
  );
}

/** Polls `read` until `accept` holds, or fails after `ms`. */
async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  ms = 60_000,
): Promise<T> {
  const deadline = Date.now() + ms;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) {
      throw new Error(`Still not there: ${JSON.stringify(last)}`);
    }
    await new Promise(resolve => setTimeout(resolve, 250));
    last = await read();
  }
  return last;
}

describe('the maturity labels in the catalog', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'mlops-maturity-labels-'));
    await writeFile(join(dir, 'catalog.yaml'), SERVICE);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('appear on an ML service after its submission, and not on other entities', async () => {
    const { server } = await startTestBackend({
      features: [
        catalogPlugin,
        mlopsMaturityPlugin,
        catalogModuleMlopsMaturityLabels,
        // The real scheduler: the module's load runs on its interval.
        schedulerServiceFactory,
        mockServices.rootLogger.factory({ level: 'warn' }),
        mockServices.rootConfig.factory({
          data: {
            catalog: {
              rules: [{ allow: ['Component', 'Location'] }],
              locations: [{ type: 'file', target: join(dir, 'catalog.yaml') }],
              processingInterval: { seconds: 1 },
            },
            mlopsMaturity: {
              catalogLabels: { refreshIntervalSeconds: 1, timeoutSeconds: 5 },
            },
          },
        }),
      ],
    });
    const base = `http://localhost:${(server.address() as AddressInfo).port}`;
    const user = { Authorization: mockCredentials.user.header() };
    const entity = (name: string) => async () => {
      const res = await fetch(
        `${base}/api/catalog/entities/by-name/component/default/${name}`,
        { headers: user },
      );
      return res.ok ? ((await res.json()) as Entity) : undefined;
    };
    const labels = (e?: Entity) => e?.metadata.labels ?? {};

    // The catalog has the services; the plugin's index learns of them.
    await eventually(entity('fraud-scorer'), e => e !== undefined);
    const refreshed = await fetch(
      `${base}/api/mlops-maturity/overview/refresh`,
      {
        method: 'POST',
        headers: user,
      },
    );
    expect(refreshed.status).toBe(200);

    // Before a submission: a status that is not "assessed".
    const before = await eventually(
      entity('fraud-scorer'),
      e => labels(e)[MATURITY_STATUS_LABEL] !== undefined,
    );
    expect(['provisional', 'not-assessed']).toContain(
      labels(before)[MATURITY_STATUS_LABEL],
    );

    const submitted = await fetch(
      `${base}/api/mlops-maturity/assessments/component/default/fraud-scorer/submissions`,
      {
        method: 'POST',
        headers: { ...user, 'Content-Type': 'application/json' },
        body: JSON.stringify({ answers: allMet() }),
      },
    );
    expect(submitted.status).toBe(201);
    const submission = (await submitted.json()) as Submission;
    expect(submission.overallLevel).not.toBeNull();

    const after = await eventually(
      entity('fraud-scorer'),
      e => labels(e)[MATURITY_STATUS_LABEL] === 'assessed',
    );
    expect(labels(after)).toMatchObject({
      [MATURITY_STATUS_LABEL]: 'assessed',
      [MATURITY_OVERALL_LEVEL_LABEL]: submission.overallLevel,
    });

    // The catalog filters on the label.
    const filtered = await fetch(
      `${base}/api/catalog/entities/by-query?filter=${encodeURIComponent(
        `metadata.labels.${MATURITY_OVERALL_LEVEL_LABEL}=${submission.overallLevel}`,
      )}`,
      { headers: user },
    );
    const { items } = (await filtered.json()) as { items: Entity[] };
    expect(items.map(e => e.metadata.name)).toEqual(['fraud-scorer']);

    // A website is no ML service: no maturity labels.
    const website = await entity('website')();
    expect(labels(website)[MATURITY_STATUS_LABEL]).toBeUndefined();
  });
});
