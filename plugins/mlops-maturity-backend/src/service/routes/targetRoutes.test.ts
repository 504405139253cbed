import { mlopsMaturityTargetUpdatePermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  answersAtLevel,
} from '../../__testUtils__/fixtures';
import { sqliteTestApp } from '../../__testUtils__/testApp';

const TARGETS = `/targets/${FRAUD_PATH}`;

describe('targets', () => {
  const databases = createTestDatabases();

  const setup = sqliteTestApp(databases);

  it('defaults every area to the next level', async () => {
    const { app } = await setup();
    await request(app)
      .post(`/assessments/${FRAUD_PATH}/submissions`)
      .send({ answers: answersAtLevel('development', 'intermediate') })
      .expect(201);
    const res = await request(app).get(TARGETS);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: FRAUD_REF,
      targets: {},
      canEdit: true,
    });
    expect(res.body.effective).toMatchObject({
      development: 'advanced',
      deployment: 'intermediate',
    });
  });

  it('saves explicit targets, audits the change and returns them in force', async () => {
    const { app, auditEvents } = await setup();
    const res = await request(app)
      .put(TARGETS)
      .send({ targets: { monitoring: 'advanced' } });
    expect(res.status).toBe(200);
    expect(res.body.targets).toEqual({ monitoring: 'advanced' });
    expect(res.body.effective.monitoring).toBe('advanced');

    await request(app)
      .put(TARGETS)
      .send({ targets: { governance: 'advanced' } })
      .expect(200);
    const read = await request(app).get(TARGETS);
    expect(read.body.targets).toEqual({ governance: 'advanced' });
    expect(auditEvents[1]).toMatchObject({
      eventId: 'targets-update',
      outcome: {
        status: 'succeeded',
        meta: {
          entityRef: FRAUD_REF,
          previous: { monitoring: 'advanced' },
          targets: { governance: 'advanced' },
        },
      },
    });
  });

  it.each([
    [{ targets: { nowhere: 'advanced' } }, /nowhere/],
    [{ targets: { monitoring: 'expert' } }, /expert/],
    [{ targets: {}, note: 'x' }, /note/],
    [{}, /targets/],
  ])('rejects %j with 400 naming the problem', async (body, message) => {
    const { app, store } = await setup();
    const res = await request(app).put(TARGETS).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    await expect(store.getTargets(FRAUD_REF)).resolves.toEqual({});
  });

  it('answers 403 and reports canEdit false when target updates are denied', async () => {
    const { app, auditEvents } = await setup({
      denied: [mlopsMaturityTargetUpdatePermission.name],
    });
    const put = await request(app)
      .put(TARGETS)
      .send({ targets: { monitoring: 'advanced' } });
    expect(put.status).toBe(403);
    expect(auditEvents[0].outcome).toMatchObject({ status: 'failed' });
    const read = await request(app).get(TARGETS);
    expect(read.body.canEdit).toBe(false);
  });
});
