import { mockCredentials } from '@backstage/backend-test-utils';
import { mlopsMaturityAssessmentUpdatePermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  SOME_CRITERION,
  metAnswer,
} from '../../__testUtils__/fixtures';
import {
  createTestApp,
  type TestAppOptions,
} from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const DRAFT = `/assessments/${FRAUD_PATH}/draft`;
const SUBMISSIONS = `/assessments/${FRAUD_PATH}/submissions`;
const answer = { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) };

describe('DELETE /assessments/.../draft', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %s', databaseId => {
    /**
     * An app where the fraud scorer has a submission (revision 1), targets
     * and then a draft (revision 2), so that a test can check that only the
     * draft goes.
     */
    async function setup(options: Omit<TestAppOptions, 'knex'> = {}) {
      const knex = await databases.init(databaseId);
      const editor = await createTestApp({ knex });
      const submitted = await request(editor.app)
        .post(SUBMISSIONS)
        .send({ answers: answer })
        .expect(201);
      await request(editor.app)
        .put(`/targets/${FRAUD_PATH}`)
        .send({ targets: { development: 'advanced' } })
        .expect(200);
      await request(editor.app)
        .put(DRAFT)
        .send({ revision: 1, answers: {} })
        .expect(200);
      const app = await createTestApp({ knex, ...options });
      return { ...app, submissionId: submitted.body.id as string };
    }

    /** What the discard must leave alone. */
    async function others(app: Parameters<typeof request>[0]) {
      const [history, targets] = await Promise.all([
        request(app).get(SUBMISSIONS),
        request(app).get(`/targets/${FRAUD_PATH}`),
      ]);
      return { history: history.body.items, targets: targets.body.targets };
    }

    it('removes the draft only, answers 204, moves the revision on and records an audit event', async () => {
      const { app, auditEvents, submissionId } = await setup();
      const before = await others(app);
      const res = await request(app).delete(`${DRAFT}?revision=2`);
      expect(res.status).toBe(204);
      expect(res.text).toBe('');

      const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
      expect(read.body).toMatchObject({
        draft: null,
        revision: 3,
        latestSubmission: { id: submissionId, answers: answer },
      });
      expect(await others(app)).toEqual(before);
      expect(before.history).toHaveLength(1);
      expect(before.targets).toEqual({ development: 'advanced' });
      expect(auditEvents).toEqual([
        {
          eventId: 'draft-discard',
          meta: { entityRef: FRAUD_REF },
          outcome: {
            status: 'succeeded',
            meta: {
              entityRef: FRAUD_REF,
              draftRevision: 2,
              revision: 3,
              discardedCriteria: [],
            },
          },
        },
      ]);

      // A page still holding the discarded draft cannot save it back.
      const stale = await request(app)
        .put(DRAFT)
        .send({ revision: 2, answers: answer });
      expect(stale.status).toBe(409);
    });

    it('answers 409 for a stale revision and keeps the draft', async () => {
      const { app, store, auditEvents } = await setup();
      const res = await request(app).delete(`${DRAFT}?revision=1`);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toMatch(/revision 2.*revision 1/);
      await expect(store.getDraft(FRAUD_REF)).resolves.toMatchObject({
        revision: 2,
      });
      expect(auditEvents[0]).toMatchObject({
        eventId: 'draft-discard',
        outcome: { status: 'failed' },
      });
    });

    it('lets exactly one of a discard and a save from the same revision through', async () => {
      const { app, store } = await setup();
      const [discard, save] = await Promise.all([
        request(app).delete(`${DRAFT}?revision=2`),
        request(app).put(DRAFT).send({ revision: 2, answers: answer }),
      ]);
      expect([discard.status, save.status].sort()).toEqual(
        discard.status === 204 ? [204, 409] : [200, 409],
      );
      const state = await store.getDraftState(FRAUD_REF);
      expect(state.revision).toBe(3);
      // The draft is what the write that won left: none, or the saved answers.
      expect(state.draft?.answers).toEqual(
        discard.status === 204 ? undefined : answer,
      );
    });

    it('answers 404 when there is no draft at that revision, changing nothing', async () => {
      const { app, store } = await setup();
      await request(app).delete(`${DRAFT}?revision=2`).expect(204);
      const res = await request(app).delete(`${DRAFT}?revision=3`);
      expect(res.status).toBe(404);
      expect(res.body.error.message).toMatch(/no draft to discard/);
      await expect(store.getDraftState(FRAUD_REF)).resolves.toEqual({
        revision: 3,
      });
    });

    it('answers 401 without credentials and 403 for a service, keeping the draft', async () => {
      const { app, store } = await setup();
      const anonymous = await request(app)
        .delete(`${DRAFT}?revision=2`)
        .set('Authorization', mockCredentials.none.header());
      expect(anonymous.status).toBe(401);
      const service = await request(app)
        .delete(`${DRAFT}?revision=2`)
        .set('Authorization', mockCredentials.service.header());
      expect(service.status).toBe(403);
      await expect(store.getDraft(FRAUD_REF)).resolves.toBeDefined();
    });

    it('answers 403 when updating is denied, keeping the draft', async () => {
      const { app, store, auditEvents } = await setup({
        denied: [mlopsMaturityAssessmentUpdatePermission.name],
      });
      const res = await request(app).delete(`${DRAFT}?revision=2`);
      expect(res.status).toBe(403);
      await expect(store.getDraft(FRAUD_REF)).resolves.toBeDefined();
      expect(auditEvents[0]).toMatchObject({
        eventId: 'draft-discard',
        outcome: { status: 'failed' },
      });
    });

    it('answers 404 for an entity that is not an ML service', async () => {
      const { app } = await setup();
      const res = await request(app).delete(
        '/assessments/component/default/website/draft?revision=0',
      );
      expect(res.status).toBe(404);
    });

    it.each([
      ['no revision', ''],
      ['a revision that is not a number', '?revision=two'],
      ['a negative revision', '?revision=-1'],
      ['a revision past 2^53 - 1', '?revision=9007199254740993'],
      ['an unknown parameter', '?revision=2&force=true'],
    ])('rejects %s with 400, keeping the draft', async (_, query) => {
      const { app, store } = await setup();
      const res = await request(app).delete(`${DRAFT}${query}`);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/query/);
      await expect(store.getDraft(FRAUD_REF)).resolves.toBeDefined();
    });
  });
});
