import { mockCredentials } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  SOME_CRITERION,
  answersAtLevel,
  fraudScorer,
  metAnswer,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(120_000);

const SUBMISSIONS = `/assessments/${FRAUD_PATH}/submissions`;

/** ML services besides fraud-scorer, each with its own owner. */
const services: Entity[] = [0, 1, 2].map(i => ({
  ...fraudScorer,
  metadata: { name: `model-${i}`, namespace: 'default', title: `Model ${i}` },
  spec: { ...fraudScorer.spec, owner: `group:default/team-${i}` },
}));

const user = (i: number) =>
  mockCredentials.user.header(`user:default/user-${i}`);

/**
 * Every entity with submissions: the submission its index entry names, and
 * its latest submission as reads order them (submitted_at, then id).
 */
async function indexedAndLatest(knex: Knex) {
  const submitted: Array<{ entity_ref: string }> = await knex('submissions')
    .distinct('entity_ref')
    .orderBy('entity_ref');
  return Promise.all(
    submitted.map(async ({ entity_ref }) => {
      const latest = await knex('submissions')
        .where({ entity_ref })
        .orderBy([
          { column: 'submitted_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .first('id');
      const indexed = await knex('entity_index')
        .where({ entity_ref })
        .first('submission_id');
      return {
        entityRef: entity_ref,
        indexed: indexed?.submission_id,
        latest: latest.id,
      };
    }),
  );
}

describe('reliability: concurrent submissions', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it.each([
      ['the draft, revision implied', {}],
      ['the draft at its revision', { revision: 1 }],
    ])(
      'two simultaneous submits of %s: one 201, one 409, one submission',
      async (_what, body) => {
        const knex = await databases.init(databaseId);
        const { app } = await createTestApp({ knex });
        await request(app)
          .put(`/assessments/${FRAUD_PATH}/draft`)
          .send({
            revision: 0,
            answers: { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) },
          })
          .expect(200);

        const responses = await Promise.all(
          [1, 2].map(i =>
            request(app)
              .post(SUBMISSIONS)
              .set('Authorization', user(i))
              .send(body),
          ),
        );
        expect(responses.map(r => r.status).sort()).toEqual([201, 409]);
        const winner = responses.find(r => r.status === 201)!;

        const history = await request(app).get(SUBMISSIONS);
        expect(history.body.items.map((s: { id: string }) => s.id)).toEqual([
          winner.body.id,
        ]);
        expect(await indexedAndLatest(knex)).toEqual([
          expect.objectContaining({ indexed: winner.body.id }),
        ]);
      },
    );

    it('after parallel submissions by many users to several entities, the index names each entity latest submission', async () => {
      const knex = await databases.init(databaseId);
      const { app } = await createTestApp({
        knex,
        entities: [fraudScorer, ...services],
      });
      const paths = [
        FRAUD_PATH,
        ...services.map(s => `component/default/${s.metadata.name}`),
      ];
      const levels = ['basic', 'intermediate', 'advanced'];
      // Four submissions per entity, answers in the body (no revision), all at once.
      const responses = await Promise.all(
        paths.flatMap((path, p) =>
          [0, 1, 2, 3].map(i =>
            request(app)
              .post(`/assessments/${path}/submissions`)
              .set('Authorization', user(p * 10 + i))
              .send({
                answers: answersAtLevel('development', levels[(p + i) % 3]),
              }),
          ),
        ),
      );
      expect(responses.map(r => r.status)).toEqual(
        new Array(paths.length * 4).fill(201),
      );
      const [{ n }] = await knex('submissions').count({ n: '*' });
      expect(Number(n)).toBe(paths.length * 4);
      const rows = await indexedAndLatest(knex);
      expect(rows).toHaveLength(paths.length);
      for (const row of rows) expect(row.indexed).toBe(row.latest);
    });

    it('a catalog refresh running while submissions commit leaves each entry naming the latest submission', async () => {
      const knex = await databases.init(databaseId);
      const entities = [fraudScorer, ...services];
      const { app } = await createTestApp({ knex, entities });
      const paths = entities.map(e => `component/default/${e.metadata.name}`);
      const submit = (path: string, i: number) =>
        request(app)
          .post(`/assessments/${path}/submissions`)
          .set('Authorization', user(i))
          .send({ answers: answersAtLevel('development', 'intermediate') });
      // A first round, so that the refresh has entries to compare with.
      await Promise.all(paths.map((path, i) => submit(path, i)));
      const responses = await Promise.all([
        request(app).post('/overview/refresh'),
        ...paths.flatMap((path, p) =>
          [0, 1, 2].map(i => submit(path, 10 * p + i)),
        ),
        request(app).post('/overview/refresh'),
      ]);
      expect(responses.map(r => r.status).sort()).toEqual([
        200,
        200,
        ...new Array(paths.length * 3).fill(201),
      ]);
      const rows = await indexedAndLatest(knex);
      expect(rows).toHaveLength(paths.length);
      for (const row of rows) expect(row.indexed).toBe(row.latest);
    });

    it('a submission stamped earlier than one that committed first does not replace its index entry', async () => {
      const knex = await databases.init(databaseId);
      // Each call of the clock is a minute earlier than the one before: a
      // submission that starts later is stamped earlier, like a request
      // that was slow to reach its transaction.
      let minutes = 0;
      const now = () =>
        new Date(Date.UTC(2026, 5, 1, 12, 0) - 60_000 * minutes++);
      const { app } = await createTestApp({ knex, now });
      const responses = await Promise.all(
        [0, 1, 2, 3, 4].map(i =>
          request(app)
            .post(SUBMISSIONS)
            .set('Authorization', user(i))
            .send({ answers: answersAtLevel('development', 'basic') }),
        ),
      );
      expect(responses.map(r => r.status)).toEqual([201, 201, 201, 201, 201]);
      const [row] = await indexedAndLatest(knex);
      expect(row.indexed).toBe(row.latest);
      const latest = await request(app).get(`/assessments/${FRAUD_PATH}`);
      expect(latest.body.latestSubmission.id).toBe(row.indexed);
    });
  });
});
