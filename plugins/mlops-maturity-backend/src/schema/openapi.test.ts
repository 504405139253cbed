import {
  OVERVIEW_DEFAULT_PAGE_SIZE,
  OVERVIEW_DEFAULT_TREND_MONTHS,
  OVERVIEW_MAX_OFFSET,
  OVERVIEW_MAX_PAGE,
  OVERVIEW_MAX_PAGE_SIZE,
  OVERVIEW_MAX_TREND_MONTHS,
  TEAM_REPORT_DEFAULT_LIMIT,
  TEAM_REPORT_MAX_LIMIT,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/databases';
import { FRAUD_PATH, answersAtLevel } from '../__testUtils__/fixtures';
import {
  METHODS,
  expectMatchesSpec,
  routerRoutes,
  spec,
  specRoutes,
} from '../__testUtils__/openApiSpec';
import { createTestApp } from '../__testUtils__/testApp';

describe('openapi.yaml', () => {
  const databases = createTestDatabases();

  it('describes exactly the routes the router registers', async () => {
    const { router } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
    });
    expect(routerRoutes(router)).toEqual(specRoutes());
  });

  it('documents 401 and 503 on every operation, and 403/404 on every entity route', () => {
    for (const [p, item] of Object.entries<any>(spec.paths)) {
      for (const method of Object.keys(item).filter(m => METHODS.includes(m))) {
        const statuses = Object.keys(item[method].responses);
        expect({ route: `${method} ${p}`, statuses }).toEqual({
          route: `${method} ${p}`,
          statuses: expect.arrayContaining(
            p.includes('{kind}')
              ? ['400', '401', '403', '404', '503']
              : ['401', '503'],
          ),
        });
      }
    }
  });

  it('states the limits of the shared overview query contract', () => {
    const param = (path: string, name: string) =>
      spec.paths[path].get.parameters.find((p: any) => p.name === name).schema;
    expect(param('/overview/entities', 'page')).toMatchObject({
      maximum: OVERVIEW_MAX_PAGE,
    });
    expect(param('/overview/entities', 'pageSize')).toMatchObject({
      maximum: OVERVIEW_MAX_PAGE_SIZE,
      default: OVERVIEW_DEFAULT_PAGE_SIZE,
    });
    expect(param('/overview/entities', 'offset')).toMatchObject({
      maximum: OVERVIEW_MAX_OFFSET,
    });
    expect(param('/overview/entities', 'limit')).toMatchObject({
      maximum: OVERVIEW_MAX_PAGE_SIZE,
    });
    expect(param('/overview/trends', 'months')).toMatchObject({
      maximum: OVERVIEW_MAX_TREND_MONTHS,
      default: OVERVIEW_DEFAULT_TREND_MONTHS,
    });
    expect(param('/team-reports/{namespace}/{name}', 'limit')).toMatchObject({
      maximum: TEAM_REPORT_MAX_LIMIT,
      default: TEAM_REPORT_DEFAULT_LIMIT,
    });
  });

  it('matches real responses of every route', async () => {
    const { app } = await createTestApp({
      knex: await databases.init('SQLITE_3'),
    });
    const answers = answersAtLevel('development', 'intermediate');
    const check = async (
      method: string,
      specPath: string,
      req: request.Test,
      status: number,
    ) => {
      const res = await req;
      expect(res.status).toBe(status);
      expectMatchesSpec(method, specPath, res);
      return res;
    };
    const e = '{kind}/{namespace}/{name}';

    await check('get', '/model', request(app).get('/model'), 200);
    await check('get', '/model', request(app).get('/model?lang=pt-BR'), 200);
    await check(
      'get',
      `/assessments/${e}`,
      request(app).get(`/assessments/${FRAUD_PATH}`),
      200,
    );
    await check(
      'put',
      `/assessments/${e}/draft`,
      request(app)
        .put(`/assessments/${FRAUD_PATH}/draft`)
        .send({ revision: 0, answers }),
      200,
    );
    await check(
      'put',
      `/assessments/${e}/draft`,
      request(app)
        .put(`/assessments/${FRAUD_PATH}/draft`)
        .send({ revision: 0, answers }),
      409,
    );
    await check(
      'get',
      `/assessments/${e}`,
      request(app).get(`/assessments/${FRAUD_PATH}`),
      200,
    );
    await check(
      'delete',
      `/assessments/${e}/draft`,
      request(app).delete(`/assessments/${FRAUD_PATH}/draft?revision=1`),
      204,
    );
    await check(
      'delete',
      `/assessments/${e}/draft`,
      request(app).delete(`/assessments/${FRAUD_PATH}/draft?revision=1`),
      409,
    );
    await check(
      'put',
      `/assessments/${e}/draft`,
      request(app)
        .put(`/assessments/${FRAUD_PATH}/draft`)
        .send({ revision: 2, answers }),
      200,
    );
    const submitted = await check(
      'post',
      `/assessments/${e}/submissions`,
      request(app).post(`/assessments/${FRAUD_PATH}/submissions`).send({}),
      201,
    );
    await check(
      'get',
      `/assessments/${e}/submissions`,
      request(app).get(`/assessments/${FRAUD_PATH}/submissions`),
      200,
    );
    await check(
      'get',
      `/assessments/${e}/submissions/{id}`,
      request(app).get(
        `/assessments/${FRAUD_PATH}/submissions/${submitted.body.id}`,
      ),
      200,
    );
    await check(
      'put',
      `/targets/${e}`,
      request(app)
        .put(`/targets/${FRAUD_PATH}`)
        .send({ targets: { monitoring: 'advanced' } }),
      200,
    );
    await check(
      'get',
      `/targets/${e}`,
      request(app).get(`/targets/${FRAUD_PATH}`),
      200,
    );
    await check(
      'get',
      `/scorecards/${e}`,
      request(app).get(`/scorecards/${FRAUD_PATH}`),
      200,
    );
    await check(
      'get',
      `/roadmap/${e}`,
      request(app).get(`/roadmap/${FRAUD_PATH}`),
      200,
    );
    await check(
      'get',
      `/reports/${e}`,
      request(app).get(`/reports/${FRAUD_PATH}`),
      200,
    );
    await check(
      'get',
      `/reports/${e}`,
      request(app).get(`/reports/${FRAUD_PATH}?format=markdown`),
      200,
    );
    await check(
      'get',
      `/scorecards/${e}`,
      request(app).get('/scorecards/component/default/website'),
      404,
    );
    await check(
      'put',
      `/assessments/${e}/draft`,
      request(app)
        .put(`/assessments/${FRAUD_PATH}/draft`)
        .send({ revision: 0, answers: { nope: { value: 'yes' } } }),
      400,
    );
  });
});
