import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  defaultModel,
  mlopsMaturityPermissions,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityEvidenceCollectorExtensionPoint } from '@mlops-maturity/plugin-mlops-maturity-node';
import path from 'node:path';
import request from 'supertest';
import { stringify as toYaml } from 'yaml';
import { createTestDatabases } from './__testUtils__/databases';
import { FRAUD_PATH, fraudScorer, website } from './__testUtils__/fixtures';
import { mlopsMaturityPlugin } from './plugin';

jest.setTimeout(60_000);

const API = '/api/mlops-maturity';

/** A module adding the collector the default model refers to. */
const deploymentsModule = createBackendModule({
  pluginId: 'mlops-maturity',
  moduleId: 'test-deployments',
  register(reg) {
    reg.registerInit({
      deps: { collectors: mlopsMaturityEvidenceCollectorExtensionPoint },
      async init({ collectors }) {
        collectors.addCollector({
          id: 'demo-deployments',
          async collect() {
            return {
              status: 'found',
              items: [
                { source: 'collector', label: 'deployed 12 times this month' },
              ],
            };
          },
        });
      },
    });
  },
});

describe('mlopsMaturityPlugin', () => {
  const databases = createTestDatabases();
  const mockDir = createMockDirectory();

  async function start(
    config: object = {},
    knex?: Awaited<ReturnType<typeof databases.init>>,
  ) {
    return startTestBackend({
      features: [
        mlopsMaturityPlugin,
        deploymentsModule,
        catalogServiceMock.factory({ entities: [fraudScorer, website] }),
        mockServices.database.factory({
          knex: knex ?? (await databases.init('SQLITE_3')),
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({ data: { mlopsMaturity: config } }),
      ],
    });
  }

  it('serves scorecards with evidence from the catalog and from collectors', async () => {
    const { server } = await start();
    const res = await request(server)
      .get(`${API}/scorecards/${FRAUD_PATH}`)
      .set('Authorization', mockCredentials.user.header());
    expect(res.status).toBe(200);
    expect(res.body.evidenceStatus).toBe('available');
    const criteria = res.body.scorecard.areas.flatMap((a: any) => a.criteria);
    const collected = criteria.filter((c: any) =>
      c.evidence?.items.some(
        (i: any) => i.label === 'deployed 12 times this month',
      ),
    );
    expect(collected).toHaveLength(1);

    const other = await request(server).get(
      `${API}/scorecards/component/default/website`,
    );
    expect(other.status).toBe(404);
  });

  it('registers its permissions with the permission framework', async () => {
    const { server } = await start();
    const res = await request(server)
      .get(`${API}/.well-known/backstage/permissions/metadata`)
      .set('Authorization', mockCredentials.service.header());
    expect(res.status).toBe(200);
    expect(res.body.permissions.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(mlopsMaturityPermissions.map(p => p.name)),
    );
  });

  it('requires complete submissions unless mlopsMaturity.submission.minimumCompleteness lowers the share', async () => {
    const partial = {
      answers: {
        [defaultModel.areas[0].criteria[0].id]: { value: 'yes' },
      },
    };
    const strict = await start();
    const assessment = await request(strict.server)
      .get(`${API}/assessments/${FRAUD_PATH}`)
      .set('Authorization', mockCredentials.user.header());
    expect(assessment.body.minimumCompleteness).toBe(1);
    const refused = await request(strict.server)
      .post(`${API}/assessments/${FRAUD_PATH}/submissions`)
      .set('Authorization', mockCredentials.user.header())
      .send(partial);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Missing: /);
    await strict.stop();

    const lenient = await start({ submission: { minimumCompleteness: 0 } });
    const accepted = await request(lenient.server)
      .post(`${API}/assessments/${FRAUD_PATH}/submissions`)
      .set('Authorization', mockCredentials.user.header())
      .send(partial);
    expect(accepted.status).toBe(201);
  });

  it('refuses to start with a completeness share outside 0 to 1, naming the key', async () => {
    const error = await start({
      submission: { minimumCompleteness: 2 },
    }).catch(e => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain(
      'mlopsMaturity.submission.minimumCompleteness',
    );
  });

  it('uses the model file named by mlopsMaturity.model.file', async () => {
    const custom = { ...defaultModel, id: 'acme-model', version: '7.1.0' };
    mockDir.setContent({ 'model.yaml': toYaml(custom) });
    const { server } = await start({
      model: { file: mockDir.resolve('model.yaml') },
    });
    const res = await request(server).get(`${API}/model?lang=en`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: 'acme-model', version: '7.1.0' });
  });

  it('refuses to start with an invalid model file, naming the key, the file and the path', async () => {
    const broken = structuredClone(defaultModel) as any;
    broken.areas[1].criteria[0].answerType = 'essay';
    mockDir.setContent({ 'model.yaml': toYaml(broken) });
    const file = mockDir.resolve('model.yaml');
    const error = await start({ model: { file } }).catch(e => e);
    expect(error).toBeInstanceOf(Error);
    expect(error.message).toContain('mlopsMaturity.model.file');
    expect(error.message).toContain(file);
    expect(error.message).toContain('areas[1].criteria[0].answerType');
  });

  it('refuses to start when the model file is missing', async () => {
    const error = await start({ model: { file: 'no/such/model.yaml' } }).catch(
      e => e,
    );
    expect(error.message).toContain('mlopsMaturity.model.file');
    expect(error.message).toContain(path.resolve('no/such/model.yaml'));
  });

  it('applies mlopsMaturity.entities', async () => {
    const { server } = await start({
      entities: [{ kind: 'Component', types: ['website'] }],
    });
    expect(
      (await request(server).get(`${API}/scorecards/component/default/website`))
        .status,
    ).toBe(200);
    const res = await request(server).get(`${API}/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('Component of type website');
  });

  it('imports the demo data once, into an empty database only', async () => {
    const knex = await databases.init('SQLITE_3');
    const seed = {
      seed: { file: path.resolve(__dirname, 'seed/__fixtures__/seed.yaml') },
    };

    const first = await start(seed, knex);
    const scorecard = await request(first.server).get(
      `${API}/scorecards/${FRAUD_PATH}`,
    );
    expect(scorecard.body.assessed).toMatchObject({ by: 'user:default/bo' });
    expect(scorecard.body.scorecard.overall.levelId).toBe('reproducible');
    const history = await request(first.server).get(
      `${API}/assessments/${FRAUD_PATH}/submissions`,
    );
    expect(history.body.items).toHaveLength(2);
    // A user's change after the import...
    await request(first.server)
      .put(`${API}/targets/${FRAUD_PATH}`)
      .send({ targets: { governance: 'advanced' } })
      .expect(200);
    await first.stop();

    // ...survives a restart with the same seed file.
    const second = await start(seed, knex);
    const targets = await request(second.server).get(
      `${API}/targets/${FRAUD_PATH}`,
    );
    expect(targets.body.targets).toEqual({ governance: 'advanced' });
    const again = await request(second.server).get(
      `${API}/assessments/${FRAUD_PATH}/submissions`,
    );
    expect(again.body.items).toHaveLength(2);
  });

  it('schedules the catalog refresh of the index and runs it on request', async () => {
    const scheduler = mockServices.scheduler.mock();
    const { server } = await startTestBackend({
      features: [
        mlopsMaturityPlugin,
        catalogServiceMock.factory({ entities: [fraudScorer, website] }),
        mockServices.database.factory({
          knex: await databases.init('SQLITE_3'),
        }),
        mockServices.permissions.factory({ result: AuthorizeResult.ALLOW }),
        mockServices.rootConfig.factory({
          data: { mlopsMaturity: { refresh: { frequency: { hours: 2 } } } },
        }),
        scheduler.factory,
      ],
    });
    expect(scheduler.scheduleTask).toHaveBeenCalledWith(
      expect.objectContaining({
        id: 'mlops-maturity-index-refresh',
        frequency: { hours: 2 },
        initialDelay: { seconds: 10 },
        scope: 'global',
      }),
    );

    const refreshed = await request(server).post(`${API}/overview/refresh`);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({ entities: 1, leftCatalog: 0 });
    const overview = await request(server).get(`${API}/overview`);
    expect(overview.body.organisation.services).toBe(1);

    // The scheduled task runs the same refresh.
    const [task] = scheduler.scheduleTask.mock.calls[0];
    await task.fn(new AbortController().signal);
    expect(
      (await request(server).get(`${API}/overview`)).body.refreshedAt,
    ).toEqual(expect.any(String));
  });
});
