import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { defaultModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { stringify as toYaml } from 'yaml';
import { createTestDatabases } from './__testUtils__/databases';
import { FRAUD_PATH, fraudScorer } from './__testUtils__/fixtures';
import { mlopsMaturityPlugin } from './plugin';

jest.setTimeout(60_000);

const API = '/api/mlops-maturity';

/**
 * What an adopter gets: the plugin with the catalog and no other module, and
 * what Backstage does when the plugin cannot start.
 */
describe('mlopsMaturityPlugin start-up', () => {
  const databases = createTestDatabases();
  const mockDir = createMockDirectory();

  async function start(config: object = {}) {
    return startTestBackend({
      features: [
        mlopsMaturityPlugin,
        catalogServiceMock.factory({
          entities: [
            {
              ...fraudScorer,
              metadata: {
                ...fraudScorer.metadata,
                annotations: { 'argocd/app-name': 'fraud-scorer-prod' },
              },
            },
          ],
        }),
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({ data: { mlopsMaturity: config } }),
      ],
    });
  }

  it('scores with the default model and the catalog alone: evidence available, no collector rule', async () => {
    const { server } = await start();
    const res = await request(server)
      .get(`${API}/scorecards/${FRAUD_PATH}`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body.evidenceStatus).toBe('available');
    const criteria = res.body.scorecard.areas.flatMap((a: any) => a.criteria);
    const release = criteria.find(
      (c: any) => c.criterionId === 'dep-release-process',
    );
    // Found through the Argo CD annotation, the criterion's catalog rule.
    expect(release.evidence.status).toBe('found');
    expect(
      criteria.filter((c: any) => c.evidence?.status === 'unavailable'),
    ).toEqual([]);

    const model = await request(server).get(`${API}/model?lang=en`);
    const rules = model.body.areas.flatMap((a: any) =>
      a.criteria.flatMap((c: any) => c.evidence?.rules ?? []),
    );
    expect(rules.filter((r: any) => r.type === 'collector')).toEqual([]);
  });

  it('fails the backend start with an invalid model file: the rejection names the plugin, the key, the file and the path', async () => {
    const broken = structuredClone(defaultModel) as any;
    broken.areas[2].criteria[1].effort = 'huge';
    mockDir.setContent({ 'acme-model.yaml': toYaml(broken) });
    const file = mockDir.resolve('acme-model.yaml');

    const error = await start({ model: { file } }).then(
      () => undefined,
      (e: Error) => e,
    );

    expect(error?.name).toBe('BackendStartupError');
    expect(error?.message).toContain("Plugin 'mlops-maturity' startup failed");
    expect(error?.message).toContain('mlopsMaturity.model.file');
    expect(error?.message).toContain(file);
    expect(error?.message).toContain('areas[2].criteria[1].effort');
  });
});
