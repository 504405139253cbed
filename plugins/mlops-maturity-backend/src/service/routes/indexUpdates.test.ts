import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  answersAtLevel,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const SUBMISSIONS = `/assessments/${FRAUD_PATH}/submissions`;

describe('index updates on writes', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function setup() {
      const knex = await databases.init(databaseId);
      return { knex, ...(await createTestApp({ knex })) };
    }

    it('indexes a submission at once, without a catalog refresh', async () => {
      const { app, knex } = await setup();
      const answers = answersAtLevel('development', 'intermediate');
      const submitted = await request(app).post(SUBMISSIONS).send({ answers });
      expect(submitted.status).toBe(201);

      const res = await request(app).get('/overview/entities');
      expect(res.body.items).toEqual([
        expect.objectContaining({
          entityRef: FRAUD_REF,
          title: 'Fraud Scorer',
          ownerRef: 'group:default/team-a',
          lifecycle: 'production',
          overallLevelId: 'reproducible',
          submissionId: submitted.body.id,
          assessedAt: submitted.body.submittedAt,
          assessedBy: 'user:default/mock',
          areas: expect.objectContaining({
            // 7 of the 11 criteria met.
            development: { levelId: 'intermediate', score: 63.6 },
          }),
        }),
      ]);
      const gaps = await knex('entity_gaps').where('area_id', 'development');
      expect(gaps.map(g => g.level_id)).toEqual(
        expect.arrayContaining(['advanced']),
      );
      const overview = await request(app).get('/overview?groupBy=owner');
      expect(overview.body.groups).toEqual([
        expect.objectContaining({
          ref: 'group:default/team-a',
          services: 1,
          assessed: 1,
        }),
      ]);
    });

    it('writes nothing when the index entry cannot be written', async () => {
      const { app, knex } = await setup();
      await knex.schema.dropTable('entity_gaps');
      const res = await request(app)
        .post(SUBMISSIONS)
        .send({ answers: answersAtLevel('development', 'intermediate') });
      expect(res.status).toBe(500);
      const history = await request(app).get(SUBMISSIONS);
      expect(history.body.items).toEqual([]);
    });

    it('updates the gaps when the targets change', async () => {
      const { app, knex } = await setup();
      await request(app)
        .post(SUBMISSIONS)
        .send({ answers: answersAtLevel('development', 'intermediate') });
      const developmentGaps = async () =>
        (await knex('entity_gaps').where('area_id', 'development')).length;
      expect(await developmentGaps()).toBeGreaterThan(0);

      const res = await request(app)
        .put(`/targets/${FRAUD_PATH}`)
        .send({ targets: { development: 'intermediate' } });
      expect(res.status).toBe(200);
      expect(await developmentGaps()).toBe(0);
    });
  });
});
