import { mockCredentials } from '@backstage/backend-test-utils';
import {
  ANSWER_NOTE_MAX_LENGTH,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  SOME_CRITERION,
  metAnswer,
} from '../../__testUtils__/fixtures';
import { sqliteTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const DRAFT = `/assessments/${FRAUD_PATH}/draft`;
const answer = { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) };

describe('PUT /assessments/.../draft', () => {
  const databases = createTestDatabases();

  const setup = sqliteTestApp(databases);

  it('saves a draft and returns it with the next revision', async () => {
    const { app, auditEvents } = await setup();
    const res = await request(app)
      .put(DRAFT)
      .send({ revision: 0, answers: answer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      revision: 1,
      answers: answer,
      updatedBy: 'user:default/mock',
    });

    const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(read.body).toMatchObject({
      entityRef: FRAUD_REF,
      revision: 1,
      draft: { answers: answer },
      latestSubmission: null,
      canEdit: true,
    });
    expect(auditEvents).toEqual([
      {
        eventId: 'draft-save',
        meta: { entityRef: 'component:default/fraud-scorer' },
        outcome: {
          status: 'succeeded',
          meta: {
            entityRef: FRAUD_REF,
            revision: 1,
            changedCriteria: [SOME_CRITERION.id],
          },
        },
      },
    ]);
  });

  it('answers 409 on a stale revision and keeps the stored draft', async () => {
    const { app, auditEvents } = await setup();
    await request(app)
      .put(DRAFT)
      .send({ revision: 0, answers: answer })
      .expect(200);
    const res = await request(app)
      .put(DRAFT)
      .send({ revision: 0, answers: {} });
    expect(res.status).toBe(409);
    expect(res.body.error.name).toBe('ConflictError');
    expect(res.body.error.message).toMatch(/revision 1.*revision 0/);
    const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(read.body.draft.answers).toEqual(answer);
    expect(auditEvents[1].outcome).toMatchObject({ status: 'failed' });
  });

  it('rejects an invalid answer with 400 naming the criterion', async () => {
    const { app, auditEvents } = await setup();
    const res = await request(app)
      .put(DRAFT)
      .send({
        revision: 0,
        answers: { [SOME_CRITERION.id]: { value: 'maybe' } },
      });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(SOME_CRITERION.id);
    expect(auditEvents[0].outcome).toMatchObject({ status: 'failed' });
  });

  it.each([
    [
      'an unknown criterion',
      { 'no-such-criterion': { value: 'yes' } },
      /no-such-criterion/,
    ],
    [
      'not applicable without a reason',
      { [SOME_CRITERION.id]: { notApplicable: { reason: ' ' } } },
      /reason/,
    ],
    [
      'a note over the limit',
      {
        [SOME_CRITERION.id]: { note: 'x'.repeat(ANSWER_NOTE_MAX_LENGTH + 1) },
      },
      /limit/,
    ],
    [
      'a non-http evidence link',
      { [SOME_CRITERION.id]: { evidenceLinks: ['file:///etc/passwd'] } },
      /http/,
    ],
  ])('rejects %s with 400', async (_, answers, message) => {
    const { app } = await setup();
    const res = await request(app).put(DRAFT).send({ revision: 0, answers });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it.each([
    [
      'an unknown body field',
      { revision: 0, answers: {}, extra: true },
      /extra/,
    ],
    ['a missing revision', { answers: {} }, /revision/],
    ['a negative revision', { revision: -1, answers: {} }, /revision/],
    ['answers that are not an object', { revision: 0, answers: [] }, /answers/],
  ])('rejects %s with 400 naming the field', async (_, body, message) => {
    const { app } = await setup();
    const res = await request(app).put(DRAFT).send(body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
  });

  it('rejects malformed JSON with 400', async () => {
    const { app } = await setup();
    const res = await request(app)
      .put(DRAFT)
      .set('Content-Type', 'application/json')
      .send('{"revision": 0,');
    expect(res.status).toBe(400);
  });

  it('rejects a body over 256 kB with 413', async () => {
    const { app } = await setup();
    const res = await request(app)
      .put(DRAFT)
      .send({
        revision: 0,
        answers: { x: { note: 'x'.repeat(300 * 1024) } },
      });
    expect(res.status).toBe(413);
  });

  it('answers 401 without credentials and 403 for a service', async () => {
    const { app, store } = await setup();
    const anonymous = await request(app)
      .put(DRAFT)
      .set('Authorization', mockCredentials.none.header())
      .send({ revision: 0, answers: answer });
    expect(anonymous.status).toBe(401);
    // Drafts record a user as their author; a service cannot be one.
    const service = await request(app)
      .put(DRAFT)
      .set('Authorization', mockCredentials.service.header())
      .send({ revision: 0, answers: answer });
    expect(service.status).toBe(403);
    await expect(store.getDraft(FRAUD_REF)).resolves.toBeUndefined();
  });

  it('answers 403 when updating is denied', async () => {
    const { app, store, auditEvents } = await setup({
      denied: [mlopsMaturityAssessmentUpdatePermission.name],
    });
    const res = await request(app)
      .put(DRAFT)
      .send({ revision: 0, answers: answer });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /mlops-maturity\.assessment\.update/,
    );
    await expect(store.getDraft(FRAUD_REF)).resolves.toBeUndefined();
    expect(auditEvents[0].outcome).toMatchObject({ status: 'failed' });
  });

  it('answers 404 for an entity that is not an ML service', async () => {
    const { app } = await setup();
    const res = await request(app)
      .put('/assessments/component/default/website/draft')
      .send({ revision: 0, answers: answer });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toMatch(/not an ML service/);
  });

  it('answers 503 and saves nothing when the catalog is down', async () => {
    const { app, store, evidence } = await setup();
    // What the evidence service reports when the catalog is down.
    (evidence.load as jest.Mock).mockResolvedValue({
      entity: null,
      evidence: {},
      status: 'unavailable',
    });
    const res = await request(app)
      .put(DRAFT)
      .send({ revision: 0, answers: answer });
    expect(res.status).toBe(503);
    expect(res.body.error.message).toMatch(/catalog could not be read/);
    await expect(store.getDraft(FRAUD_REF)).resolves.toBeUndefined();
  });
});
