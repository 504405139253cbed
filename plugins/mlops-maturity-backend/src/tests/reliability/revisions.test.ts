import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  SOME_CRITERION,
  metAnswer,
  unmetAnswer,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const ASSESSMENT = `/assessments/${FRAUD_PATH}`;
const DRAFT = `${ASSESSMENT}/draft`;
const SUBMISSIONS = `${ASSESSMENT}/submissions`;

const ANA = mockCredentials.user.header('user:default/ana');
const BO = mockCredentials.user.header('user:default/bo');

/** Answers told apart by the note, so a test sees whose answers were kept. */
const answersOf = (who: string) => ({
  [SOME_CRITERION.id]: { ...metAnswer(SOME_CRITERION), note: who },
});

describe('reliability: revisions are never reused', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const setup = async () =>
      createTestApp({ knex: await databases.init(databaseId) });

    it('a page holding a submitted draft revision can neither save over nor submit the next draft', async () => {
      const { app } = await setup();
      // Ana's page: a draft at revision 1, which Bo then submits.
      const saved = await request(app)
        .put(DRAFT)
        .set('Authorization', ANA)
        .send({ revision: 0, answers: answersOf('ana') });
      expect(saved.body.revision).toBe(1);
      const submitted = await request(app)
        .post(SUBMISSIONS)
        .set('Authorization', BO)
        .send({ revision: 1 });
      expect(submitted.status).toBe(201);

      // Bo starts the next draft from what the API now says.
      const read = await request(app).get(ASSESSMENT);
      expect(read.body).toMatchObject({ revision: 2, draft: null });
      const next = await request(app)
        .put(DRAFT)
        .set('Authorization', BO)
        .send({ revision: read.body.revision, answers: answersOf('bo') });
      expect(next.status).toBe(200);
      expect(next.body.revision).toBe(3);

      // Ana's page still holds revision 1: before, drafts restarted at 1 and
      // this save (200) or submit (201) replaced Bo's new draft.
      const staleSave = await request(app)
        .put(DRAFT)
        .set('Authorization', ANA)
        .send({ revision: 1, answers: answersOf('ana, late') });
      expect(staleSave.status).toBe(409);
      expect(staleSave.body.error.name).toBe('ConflictError');
      const staleSubmit = await request(app)
        .post(SUBMISSIONS)
        .set('Authorization', ANA)
        .send({ revision: 1, answers: answersOf('ana, late') });
      expect(staleSubmit.status).toBe(409);

      // Nothing was lost: Bo's draft and the one submission are intact.
      const after = await request(app).get(ASSESSMENT);
      expect(after.body).toMatchObject({
        revision: 3,
        draft: { revision: 3, answers: answersOf('bo') },
        latestSubmission: { id: submitted.body.id, answers: answersOf('ana') },
      });
      const history = await request(app).get(SUBMISSIONS);
      expect(history.body.items.map((s: { id: string }) => s.id)).toEqual([
        submitted.body.id,
      ]);
    });

    it('a page that loaded before a submission cannot start a draft from older answers', async () => {
      const { app } = await setup();
      const before = await request(app).get(ASSESSMENT);
      expect(before.body.revision).toBe(0);
      const submitted = await request(app)
        .post(SUBMISSIONS)
        .set('Authorization', BO)
        .send({ answers: answersOf('bo') });
      expect(submitted.status).toBe(201);

      const stale = await request(app)
        .put(DRAFT)
        .set('Authorization', ANA)
        .send({ revision: 0, answers: answersOf('ana') });
      expect(stale.status).toBe(409);
      expect((await request(app).get(ASSESSMENT)).body).toMatchObject({
        revision: 1,
        draft: null,
        latestSubmission: { id: submitted.body.id },
      });
    });

    it('the conflict path of the questionnaire recovers: reload, then save on the revision read', async () => {
      const { app } = await setup();
      await request(app)
        .put(DRAFT)
        .send({ revision: 0, answers: answersOf('ana') });
      await request(app).post(SUBMISSIONS).send({ revision: 1 });
      expect(
        (
          await request(app)
            .put(DRAFT)
            .send({ revision: 1, answers: answersOf('ana') })
        ).status,
      ).toBe(409);
      // What useAssessmentDraft does on "Reload their version".
      const reloaded = await request(app).get(ASSESSMENT);
      const res = await request(app)
        .put(DRAFT)
        .send({
          revision: reloaded.body.revision,
          answers: answersOf('again'),
        });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({
        revision: reloaded.body.revision + 1,
        answers: answersOf('again'),
      });
    });
  });
});

describe('reliability: numeric bounds', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    const OUT_OF_RANGE: Array<[string, string]> = [
      ['1e308', '1e308'],
      ['2^53', String(2 ** 53)],
      ['a huge literal', '1e400'],
      ['a negative number', '-1'],
      ['a fraction', '1.5'],
      ['a string', '"1"'],
    ];

    it.each(OUT_OF_RANGE)(
      'answers 400 naming revision for %s, and stores nothing',
      async (_what, literal) => {
        const { app } = await createTestApp({
          knex: await databases.init(databaseId),
        });
        await request(app)
          .put(DRAFT)
          .send({ revision: 0, answers: answersOf('kept') })
          .expect(200);

        const answers = JSON.stringify({
          [SOME_CRITERION.id]: unmetAnswer(SOME_CRITERION),
        });
        for (const [method, path] of [
          ['put', DRAFT],
          ['post', SUBMISSIONS],
        ] as const) {
          const res = await request(app)
            [method](path)
            .set('Content-Type', 'application/json')
            .send(`{"revision": ${literal}, "answers": ${answers}}`);
          expect(res.status).toBe(400);
          expect(res.body.error.name).toBe('InputError');
          expect(res.body.error.message).toMatch(/revision/);
        }

        const after = await request(app).get(ASSESSMENT);
        expect(after.body).toMatchObject({
          revision: 1,
          draft: { answers: answersOf('kept') },
          latestSubmission: null,
        });
      },
    );
  });
});
