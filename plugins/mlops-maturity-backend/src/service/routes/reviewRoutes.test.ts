import { mockCredentials } from '@backstage/backend-test-utils';
import { mlopsMaturityReviewPermission } from '@mlops-maturity/plugin-mlops-maturity-common';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import {
  FRAUD_PATH,
  FRAUD_REF,
  answersAtLevel,
  criteriaOf,
} from '../../__testUtils__/fixtures';
import { createTestApp } from '../../__testUtils__/testApp';

jest.setTimeout(60_000);

const SUBMISSIONS = `/assessments/${FRAUD_PATH}/submissions`;
const REVIEWS = `/reviews/${FRAUD_PATH}`;
const LEAD = 'user:default/platform-lead';
/** The author of submissions in these tests (the mock's default user). */
const AUTHOR = 'user:default/mock';
const asLead = mockCredentials.user.header(LEAD);
const [FIRST_INTERMEDIATE, SECOND_INTERMEDIATE] = criteriaOf(
  'development',
  'intermediate',
);

describe('reviews', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    async function setup(options: { denied?: string[] } = {}) {
      const knex = await databases.init(databaseId);
      const app = await createTestApp({ knex, ...options });
      const submitted = await request(app.app)
        .post(SUBMISSIONS)
        .send({ answers: answersAtLevel('development', 'intermediate') });
      expect(submitted.status).toBe(201);
      return { knex, ...app, submissionId: submitted.body.id as string };
    }

    const disputeOne = (submissionId: string) => ({
      submissionId,
      note: 'Interview with the team on 2 December',
      criteria: {
        [FIRST_INTERMEDIATE.id]: {
          verdict: 'dispute',
          method: 'interview',
          note: 'Only one notebook is in the repository',
        },
        [SECOND_INTERMEDIATE.id]: {
          verdict: 'confirm',
          method: 'documentation-review',
          evidenceLinks: ['https://docs.example/runbook'],
        },
      },
    });

    it('records a review: the disputed criterion is not met and first on the roadmap, the confirmed one reviewed, the index flagged', async () => {
      const { app, knex, submissionId, auditEvents } = await setup();
      const before = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(before.body.scorecard.areas[0].levelId).toBe('intermediate');

      const res = await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send(disputeOne(submissionId));
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({
        entityRef: FRAUD_REF,
        submissionId,
        reviewedBy: LEAD,
        note: 'Interview with the team on 2 December',
      });

      const after = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      const development = after.body.scorecard.areas[0];
      expect(development.levelId).toBe('basic');
      const byId = (id: string) =>
        development.criteria.find(
          (c: { criterionId: string }) => c.criterionId === id,
        );
      expect(byId(FIRST_INTERMEDIATE.id)).toMatchObject({
        provenance: 'disputed',
        met: false,
        review: { verdict: 'dispute', method: 'interview' },
      });
      expect(byId(SECOND_INTERMEDIATE.id).provenance).toBe('reviewed');
      expect(after.body.scorecard.review).toMatchObject({
        id: res.body.id,
        reviewedBy: LEAD,
        methods: ['interview', 'documentation-review'],
        disputed: [FIRST_INTERMEDIATE.id],
      });

      const roadmap = await request(app).get(`/roadmap/${FRAUD_PATH}`);
      expect(roadmap.body.items[0]).toMatchObject({
        criterionId: FIRST_INTERMEDIATE.id,
        provenance: 'disputed',
        reviewNote: 'Only one notebook is in the repository',
      });

      const [row] = await knex('entity_index').where({ entity_ref: FRAUD_REF });
      expect(row.review_id).toBe(res.body.id);
      const [area] = await knex('entity_area_index').where({
        entity_ref: FRAUD_REF,
        area_id: 'development',
      });
      expect(area.level_id).toBe('basic');

      // The organisation counts the service as reviewed, filters and exports it so.
      const overview = await request(app).get('/overview?groupBy=owner');
      expect(overview.body.organisation.coverage).toMatchObject({
        assessed: 1,
        reviewed: 1,
      });
      expect(overview.body.groups[0].coverage.reviewed).toBe(1);
      const reviewed = await request(app).get(
        '/overview/entities?reviewed=true',
      );
      expect(
        reviewed.body.items.map((i: any) => [i.entityRef, i.reviewed]),
      ).toEqual([[FRAUD_REF, true]]);
      const unreviewed = await request(app).get(
        '/overview/entities?reviewed=false',
      );
      expect(unreviewed.body.items.map((i: any) => i.entityRef)).not.toContain(
        FRAUD_REF,
      );
      const csv = await request(app).get('/overview/export');
      const [header, line] = csv.text.split('\r\n');
      const column = header.split(',').indexOf('reviewed');
      expect(column).toBeGreaterThan(0);
      expect(line.split(',')[column]).toBe('true');

      const list = await request(app).get(REVIEWS).set('Authorization', asLead);
      expect(list.body).toMatchObject({
        entityRef: FRAUD_REF,
        items: [res.body],
        canReview: true,
      });
      expect(auditEvents.at(-1)).toMatchObject({
        eventId: 'review',
        outcome: {
          status: 'succeeded',
          meta: {
            reviewId: res.body.id,
            disputed: [FIRST_INTERMEDIATE.id],
            confirmed: [SECOND_INTERMEDIATE.id],
          },
        },
      });
    });

    it('stops applying the review once a later submission answers again, and refuses a review of the older one with 409', async () => {
      const { app, submissionId } = await setup();
      await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send(disputeOne(submissionId));
      const later = await request(app)
        .post(SUBMISSIONS)
        .send({ answers: answersAtLevel('development', 'intermediate') });
      expect(later.status).toBe(201);

      const scorecard = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(scorecard.body.scorecard.areas[0].levelId).toBe('intermediate');
      expect(scorecard.body.scorecard.review).toBeUndefined();

      const stale = await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send(disputeOne(submissionId));
      expect(stale.status).toBe(409);
      expect(stale.body.error.message).toContain('no longer the latest');
    });

    it('answers 401 without credentials, 403 for a service and without the review permission', async () => {
      const { app, submissionId, store } = await setup({
        denied: [mlopsMaturityReviewPermission.name],
      });
      const body = disputeOne(submissionId);
      const anonymous = await request(app)
        .post(REVIEWS)
        .set('Authorization', mockCredentials.none.header())
        .send(body);
      expect(anonymous.status).toBe(401);
      const service = await request(app)
        .post(REVIEWS)
        .set('Authorization', mockCredentials.service.header())
        .send(body);
      expect(service.status).toBe(403);
      const denied = await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send(body);
      expect(denied.status).toBe(403);
      expect(denied.body.error.message).toContain('mlops-maturity.review');
      await expect(store.listReviews(FRAUD_REF)).resolves.toEqual([]);
      const list = await request(app).get(REVIEWS).set('Authorization', asLead);
      expect(list.body.canReview).toBe(false);
    });

    it("refuses with 403 a review by the submission's author", async () => {
      const { app, submissionId } = await setup();
      const res = await request(app)
        .post(REVIEWS)
        .set('Authorization', mockCredentials.user.header(AUTHOR))
        .send(disputeOne(submissionId));
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/yourself/);
      const list = await request(app).get(REVIEWS);
      expect(list.body.canReview).toBe(false);
    });

    it.each([
      [{ submissionId: undefined, criteria: {} }, 'submissionId'],
      [{ submissionId: 'x', criteria: {} }, 'criteria'],
      [
        {
          criteria: {
            [FIRST_INTERMEDIATE.id]: {
              verdict: 'dispute',
              method: 'interview',
            },
          },
        },
        `criteria.${FIRST_INTERMEDIATE.id}.note`,
      ],
      [
        {
          criteria: {
            [FIRST_INTERMEDIATE.id]: { verdict: 'confirm', method: 'phone' },
          },
        },
        `criteria.${FIRST_INTERMEDIATE.id}.method`,
      ],
      [
        {
          criteria: {
            'no-such-criterion': { verdict: 'confirm', method: 'interview' },
          },
        },
        'criteria.no-such-criterion',
      ],
    ])('answers 400 naming the field (%#)', async (body, field) => {
      const { app, submissionId } = await setup();
      const res = await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send({ submissionId, ...body });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(`${field}:`);
    });

    it('answers 400 for a submission the entity does not have, and keeps reviews immutable (a second review is a new record)', async () => {
      const { app, submissionId } = await setup();
      const unknown = await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send(disputeOne('00000000-0000-4000-8000-000000000000'));
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.message).toContain('submissionId:');

      const first = await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send(disputeOne(submissionId));
      const second = await request(app)
        .post(REVIEWS)
        .set('Authorization', asLead)
        .send({
          submissionId,
          criteria: {
            [FIRST_INTERMEDIATE.id]: {
              verdict: 'confirm',
              method: 'tool-audit',
            },
          },
        });
      expect(second.status).toBe(201);
      const list = await request(app).get(REVIEWS);
      expect(list.body.items).toEqual([second.body, first.body]);
      // The latest review of the latest submission applies.
      const scorecard = await request(app).get(`/scorecards/${FRAUD_PATH}`);
      expect(scorecard.body.scorecard.areas[0].levelId).toBe('intermediate');
      expect(scorecard.body.scorecard.review.id).toBe(second.body.id);
    });
  });
});
