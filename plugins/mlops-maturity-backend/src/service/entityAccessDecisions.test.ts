import {
  AuthorizeResult,
  type PermissionRuleParams,
  type PolicyDecision,
  type QueryPermissionRequest,
} from '@backstage/plugin-permission-common';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/databases';
import { FRAUD_PATH, FRAUD_REF, fraudScorer } from '../__testUtils__/fixtures';
import { sqliteTestApp } from '../__testUtils__/testApp';

/** The fixture with the ownership relation the catalog would have added. */
const owned = {
  ...fraudScorer,
  relations: [{ type: 'ownedBy', targetRef: 'group:default/team-a' }],
};

function conditional(
  rule: string,
  params: PermissionRuleParams,
): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions: { rule, resourceType: 'catalog-entity', params },
  };
}

/**
 * A policy like the demo's: one decision per permission name, conditional
 * ones in the form the permission backend returns them.
 */
function policy(decisions: Record<string, PolicyDecision>) {
  return async (requests: QueryPermissionRequest[]) =>
    requests.map(
      r => decisions[r.permission.name] ?? { result: AuthorizeResult.ALLOW },
    );
}

describe('permission decisions on entity reads', () => {
  const databases = createTestDatabases();
  const setup = sqliteTestApp(databases);

  it('applies a conditional edit decision to the entity itself, with one call to the permission backend', async () => {
    const cases: Array<[string[], boolean]> = [
      [['group:default/team-a'], true],
      [['group:default/team-b'], false],
    ];
    for (const [claims, canEdit] of cases) {
      const { app, permissions } = await setup({ entities: [owned] });
      (permissions.authorizeConditional as jest.Mock).mockImplementation(
        policy({
          'mlops-maturity.assessment.update': conditional('IS_ENTITY_OWNER', {
            claims,
          }),
        }),
      );
      const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(res.status).toBe(200);
      expect(res.body.canEdit).toBe(canEdit);
      expect(permissions.authorizeConditional).toHaveBeenCalledTimes(1);
      expect(permissions.authorize).not.toHaveBeenCalled();
    }
  });

  it('asks the permission backend about the entity when a condition uses a rule it cannot apply', async () => {
    const { app, permissions } = await setup({ entities: [owned] });
    (permissions.authorizeConditional as jest.Mock).mockImplementation(
      policy({
        'mlops-maturity.assessment.update': conditional('HAS_SPEC', {
          key: 'lifecycle',
          value: 'production',
        }),
      }),
    );
    (permissions.authorize as jest.Mock).mockResolvedValue([
      { result: AuthorizeResult.DENY },
    ]);
    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body.canEdit).toBe(false);
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        expect.objectContaining({
          permission: expect.objectContaining({
            name: 'mlops-maturity.assessment.update',
          }),
          resourceRef: FRAUD_REF,
        }),
      ],
      expect.anything(),
    );
  });

  it('hides the edit controls, and still answers the read, when only the edit decision cannot be made', async () => {
    const { app, permissions } = await setup({ entities: [owned] });
    (permissions.authorizeConditional as jest.Mock).mockImplementation(
      policy({
        'mlops-maturity.assessment.update': conditional('HAS_SPEC', {
          key: 'lifecycle',
        }),
      }),
    );
    (permissions.authorize as jest.Mock).mockRejectedValue(
      new Error('ECONNRESET'),
    );
    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(200);
    expect(res.body.canEdit).toBe(false);
  });

  it('answers 403 when a conditional read decision does not hold for the entity', async () => {
    const { app } = await setup({ entities: [owned] });
    const res = await request(app).get(`/scorecards/${FRAUD_PATH}`);
    expect(res.status).toBe(200);

    const denied = await setup({ entities: [owned] });
    (denied.permissions.authorizeConditional as jest.Mock).mockImplementation(
      policy({
        'mlops-maturity.scorecard.read': conditional('IS_ENTITY_OWNER', {
          claims: ['group:default/team-b'],
        }),
      }),
    );
    const refused = await request(denied.app).get(`/scorecards/${FRAUD_PATH}`);
    expect(refused.status).toBe(403);
    expect(refused.body).not.toHaveProperty('scorecard');
  });

  it('answers 404, as the catalog would, when the catalog read permission hides the entity', async () => {
    const { app, permissions } = await setup({ entities: [owned] });
    (permissions.authorizeConditional as jest.Mock).mockImplementation(
      policy({
        'catalog.entity.read': conditional('IS_ENTITY_KIND', {
          kinds: ['API'],
        }),
      }),
    );
    for (const path of [
      `/scorecards/${FRAUD_PATH}`,
      `/roadmap/${FRAUD_PATH}`,
      `/reports/${FRAUD_PATH}`,
      `/assessments/${FRAUD_PATH}`,
      `/targets/${FRAUD_PATH}`,
    ]) {
      const res = await request(app).get(path);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe(
        `The catalog has no entity ${FRAUD_REF}`,
      );
    }
  });

  it('refuses a write when the catalog read permission hides the entity, and stores nothing', async () => {
    const { app, permissions, store } = await setup({ entities: [owned] });
    (permissions.authorize as jest.Mock).mockImplementation(
      async (requests: QueryPermissionRequest[]) =>
        requests.map(r => ({
          result:
            r.permission.name === 'catalog.entity.read'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })),
    );
    const res = await request(app)
      .put(`/assessments/${FRAUD_PATH}/draft`)
      .send({ revision: 0, answers: {} });
    expect(res.status).toBe(404);
    await expect(store.getDraft(FRAUD_REF)).resolves.toBeUndefined();
  });

  it('answers 503 when the permission backend does not answer in time', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    try {
      const { app, permissions } = await setup({ entities: [owned] });
      (permissions.authorizeConditional as jest.Mock).mockImplementation(
        () => new Promise(() => {}),
      );
      const pending = request(app).get(`/scorecards/${FRAUD_PATH}`);
      const settled = pending.then(res => res);
      // Let the request reach the permission call, then pass the deadline.
      await new Promise(resolve => setImmediate(resolve));
      for (let i = 0; i < 50; i++) {
        jest.advanceTimersByTime(200);
        await new Promise(resolve => setImmediate(resolve));
      }
      const res = await settled;
      expect(res.status).toBe(503);
      expect(res.body.error.message).toMatch(
        /Permissions could not be checked/,
      );
    } finally {
      jest.useRealTimers();
    }
  });
});
