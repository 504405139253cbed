import {
  defaultModel,
  mlopsMaturityAssessmentUpdatePermission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  SOME_CRITERION,
  answersAtLevel,
  fraudScorer,
  metAnswer,
  unmetAnswer,
} from '../../__testUtils__/fixtures';
import { sqliteTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const SUBMISSIONS = `/assessments/${FRAUD_PATH}/submissions`;
const answer = { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) };

describe('POST /assessments/.../submissions', () => {
  const databases = createTestDatabases();

  const setup = sqliteTestApp(databases);

  it('submits answers from the body and records the computed levels', async () => {
    const { app, auditEvents } = await setup();
    const answers = {
      ...answersAtLevel('development', 'advanced'),
      ...answersAtLevel('deployment', 'intermediate'),
      ...answersAtLevel('governance', 'intermediate'),
    };
    const res = await request(app).post(SUBMISSIONS).send({ answers });
    expect(res.status).toBe(201);
    expect(res.body.overallLevel).toBe('defined');
    expect(res.body.areaLevels).toMatchObject({
      development: 'advanced',
      deployment: 'intermediate',
      governance: 'intermediate',
    });
    expect(res.body.areaScores.development).toBe(100);

    const one = await request(app).get(`${SUBMISSIONS}/${res.body.id}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(res.body);
    expect(auditEvents[0]).toMatchObject({
      eventId: 'submit',
      outcome: {
        status: 'succeeded',
        meta: { submissionId: res.body.id, overallLevel: 'defined' },
      },
    });
  });

  it('answers 400 when there is neither a draft nor answers', async () => {
    const { app } = await setup();
    const res = await request(app).post(SUBMISSIONS).send({});
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/no draft to submit/);
  });

  it('rejects invalid answers naming the criterion', async () => {
    const { app } = await setup();
    const res = await request(app)
      .post(SUBMISSIONS)
      .send({ answers: { [SOME_CRITERION.id]: { value: 42 } } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(SOME_CRITERION.id);
  });

  it('answers 403 when updating is denied', async () => {
    const { app } = await setup({
      denied: [mlopsMaturityAssessmentUpdatePermission.name],
    });
    const res = await request(app).post(SUBMISSIONS).send({ answers: answer });
    expect(res.status).toBe(403);
    const history = await request(app).get(SUBMISSIONS);
    expect(history.body.items).toEqual([]);
  });

  it('keeps submissions immutable: a later one adds to the history', async () => {
    const { app } = await setup();
    const first = await request(app)
      .post(SUBMISSIONS)
      .send({ answers: answer });
    const second = await request(app)
      .post(SUBMISSIONS)
      .send({ answers: answersAtLevel('development', 'intermediate') });
    const history = await request(app).get(SUBMISSIONS);
    expect(history.body.items.map((s: { id: string }) => s.id).sort()).toEqual(
      [first.body.id, second.body.id].sort(),
    );
    expect(history.body.items[0]).not.toHaveProperty('answers');
    const again = await request(app).get(`${SUBMISSIONS}/${first.body.id}`);
    expect(again.body.answers).toEqual(answer);
  });

  it('answers 400 for a malformed submission id and 404 for an unknown one', async () => {
    const { app } = await setup();
    expect((await request(app).get(`${SUBMISSIONS}/not-a-uuid`)).status).toBe(
      400,
    );
    const res = await request(app).get(
      `${SUBMISSIONS}/00000000-0000-4000-8000-000000000000`,
    );
    expect(res.status).toBe(404);
  });

  it('answers 503 when the catalog is down, writing nothing', async () => {
    const { app, evidence, store } = await setup();
    (evidence.load as jest.Mock).mockResolvedValueOnce({
      entity: null,
      evidence: {},
      status: 'unavailable',
    });
    const res = await request(app).post(SUBMISSIONS).send({ answers: answer });
    expect(res.status).toBe(503);
    await expect(store.getLatestSubmission(FRAUD_REF)).resolves.toBeUndefined();
  });
});

describe('POST /assessments/.../submissions: completeness', () => {
  const databases = createTestDatabases();
  const setup = sqliteTestApp(databases);

  /** Every criterion of the default model answered: development Advanced, the rest at the floor. */
  const everyAnswer = Object.fromEntries(
    defaultModel.areas.flatMap(area =>
      area.criteria.map(c => [
        c.id,
        area.id === 'development' ? metAnswer(c) : unmetAnswer(c),
      ]),
    ),
  );
  const criteria = defaultModel.areas.flatMap(a => a.criteria);
  const [first, second] = criteria;
  const withoutFirstTwo = Object.fromEntries(
    Object.entries(everyAnswer).filter(
      ([id]) => id !== first.id && id !== second.id,
    ),
  );

  it('refuses by default a submission that leaves criteria out, naming them by id and question, writing nothing', async () => {
    const { app, store, auditEvents } = await setup({ minimumCompleteness: 1 });
    const res = await request(app)
      .post(SUBMISSIONS)
      .send({ answers: withoutFirstTwo });
    expect(res.status).toBe(400);
    const message: string = res.body.error.message;
    expect(message).toContain(
      `covers ${criteria.length - 2} of ${criteria.length} applicable criteria`,
    );
    expect(message).toContain(`${first.id} (${first.question.en})`);
    expect(message).toContain(`${second.id} (${second.question.en})`);
    expect(message.indexOf(first.id)).toBeLessThan(message.indexOf(second.id));
    await expect(store.getLatestSubmission(FRAUD_REF)).resolves.toBeUndefined();
    expect(auditEvents[0]).toMatchObject({
      eventId: 'submit',
      outcome: { status: 'failed' },
    });
  });

  it('accepts every criterion answered, or marked not applicable with a reason', async () => {
    const { app } = await setup({ minimumCompleteness: 1 });
    const answers = {
      ...withoutFirstTwo,
      [first.id]: metAnswer(first),
      [second.id]: { notApplicable: { reason: 'We train no models' } },
    };
    const res = await request(app).post(SUBMISSIONS).send({ answers });
    expect(res.status).toBe(201);
    expect(res.body.areaLevels.development).toBe('advanced');
  });

  it('refuses a draft that leaves criteria out, keeping the draft', async () => {
    const { app } = await setup({ minimumCompleteness: 1 });
    await request(app)
      .put(`/assessments/${FRAUD_PATH}/draft`)
      .send({ revision: 0, answers: answer })
      .expect(200);
    const res = await request(app).post(SUBMISSIONS).send({ revision: 1 });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/Missing: /);
    const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(read.body).toMatchObject({
      revision: 1,
      draft: { answers: answer },
      minimumCompleteness: 1,
    });
  });

  it('counts a criterion detected from sufficient catalog evidence as covered', async () => {
    const detectedCriterion = criteria.find(c =>
      c.evidence?.rules.some(r => r.sufficient),
    )!;
    const { app, evidence } = await setup({ minimumCompleteness: 1 });
    (evidence.load as jest.Mock).mockResolvedValue({
      entity: fraudScorer,
      evidence: {
        [detectedCriterion.id]: {
          status: 'found',
          sufficient: true,
          items: [{ source: 'field', label: 'spec.owner: team-a' }],
        },
      },
      status: 'available',
    });
    const answers = { ...everyAnswer };
    delete answers[detectedCriterion.id];
    const res = await request(app).post(SUBMISSIONS).send({ answers });
    expect(res.status).toBe(201);
  });

  it('accepts a partial submission at a lowered share and scores what is left out as not met', async () => {
    const { app } = await setup({ minimumCompleteness: 0.5 });
    const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(read.body.minimumCompleteness).toBe(0.5);
    // Development left unanswered but for one criterion: the other areas
    // make up more than half of the model.
    const answers = Object.fromEntries(
      Object.entries(everyAnswer).filter(
        ([id]) =>
          id === first.id ||
          !defaultModel.areas[0].criteria.some(c => c.id === id),
      ),
    );
    const res = await request(app).post(SUBMISSIONS).send({ answers });
    expect(res.status).toBe(201);
    expect(res.body.areaLevels.development).toBe('basic');
    expect(res.body.areaScores.development).toBeLessThan(100);

    const tooFew = await request(app)
      .post(SUBMISSIONS)
      .send({ answers: answer });
    expect(tooFew.status).toBe(400);
    expect(tooFew.body.error.message).toMatch(
      /at least 50% of the applicable criteria/,
    );
  });
});
