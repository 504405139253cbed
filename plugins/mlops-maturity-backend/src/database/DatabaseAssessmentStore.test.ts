import type { TestDatabaseId } from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import {
  createTestDatabases,
  uniqueViolation,
} from '../__testUtils__/databases';

import {
  STORE_TEST_REF,
  createTestStore,
  newSubmission,
} from '../__testUtils__/storeFixtures';

jest.setTimeout(60_000);

const REF = STORE_TEST_REF;

describe('DatabaseAssessmentStore drafts and submissions', () => {
  const databases = createTestDatabases();

  const createStore = (databaseId: TestDatabaseId) =>
    createTestStore(databases, databaseId);

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    it('saves drafts revision by revision and refuses a stale revision', async () => {
      const { store } = await createStore(databaseId);
      const at = new Date('2026-03-01T09:00:00.000Z');

      const first = await store.saveDraft({
        entityRef: REF,
        expectedRevision: 0,
        answers: { a: { value: 'yes' } },
        updatedBy: 'user:default/ana',
        updatedAt: at,
      });
      expect(first.draft).toEqual({
        revision: 1,
        answers: { a: { value: 'yes' } },
        updatedBy: 'user:default/ana',
        updatedAt: '2026-03-01T09:00:00.000Z',
      });
      expect(first.previousAnswers).toEqual({});

      const second = await store.saveDraft({
        entityRef: REF,
        expectedRevision: 1,
        answers: { a: { value: 'no' } },
        updatedBy: 'user:default/bo',
        updatedAt: at,
      });
      expect(second.draft.revision).toBe(2);
      expect(second.previousAnswers).toEqual({ a: { value: 'yes' } });

      await expect(
        store.saveDraft({
          entityRef: REF,
          expectedRevision: 1,
          answers: { a: { value: 'yes' } },
          updatedBy: 'user:default/cy',
          updatedAt: at,
        }),
      ).rejects.toThrow(ConflictError);
      await expect(store.getDraft(REF)).resolves.toMatchObject({
        revision: 2,
        answers: { a: { value: 'no' } },
        updatedBy: 'user:default/bo',
      });
    });

    it.each([0, 1])(
      'lets exactly one of two concurrent saves from revision %p win',
      async base => {
        const { store } = await createStore(databaseId);
        const at = new Date();
        if (base === 1) {
          await store.saveDraft({
            entityRef: REF,
            expectedRevision: 0,
            answers: {},
            updatedBy: 'user:default/ana',
            updatedAt: at,
          });
        }
        const writers = ['user:default/ana', 'user:default/bo'];
        const results = await Promise.allSettled(
          writers.map(writer =>
            store.saveDraft({
              entityRef: REF,
              expectedRevision: base,
              answers: { a: { value: 'yes', note: writer } },
              updatedBy: writer,
              updatedAt: at,
            }),
          ),
        );

        const won = results.filter(r => r.status === 'fulfilled');
        const lost = results.filter(r => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(
          ConflictError,
        );
        const winner = writers[results.indexOf(won[0])];
        await expect(store.getDraft(REF)).resolves.toMatchObject({
          revision: base + 1,
          updatedBy: winner,
          answers: { a: { value: 'yes', note: winner } },
        });
      },
    );

    it('submits atomically: the draft goes only when the submission is written', async () => {
      const { store } = await createStore(databaseId);
      await store.saveDraft({
        entityRef: REF,
        expectedRevision: 0,
        answers: { a: { value: 'yes' } },
        updatedBy: 'user:default/ana',
        updatedAt: new Date(),
      });

      // A stale revision writes nothing and keeps the draft.
      await expect(
        store.submit(newSubmission(), { expectedDraftRevision: 2 }),
      ).rejects.toThrow(ConflictError);
      await expect(store.listSubmissions(REF)).resolves.toEqual([]);
      await expect(store.getDraft(REF)).resolves.toMatchObject({ revision: 1 });

      const submitted = await store.submit(newSubmission(), {
        expectedDraftRevision: 1,
      });
      expect(submitted).toEqual({
        ...newSubmission(),
        submittedAt: '2026-03-01T10:00:00.000Z',
      });
      await expect(store.getDraft(REF)).resolves.toBeUndefined();
      // The submission moved the revision on: the submitted draft's is stale.
      await expect(store.getDraftState(REF)).resolves.toEqual({ revision: 2 });

      // A failing insert (duplicate id) rolls the draft deletion back.
      await store.saveDraft({
        entityRef: REF,
        expectedRevision: 2,
        answers: { b: { value: 'no' } },
        updatedBy: 'user:default/ana',
        updatedAt: new Date(),
      });
      await expect(
        store.submit(newSubmission(), { expectedDraftRevision: 3 }),
      ).rejects.toMatchObject(uniqueViolation);
      await expect(store.getDraftState(REF)).resolves.toMatchObject({
        revision: 3,
        draft: { revision: 3, answers: { b: { value: 'no' } } },
      });
      await expect(store.listSubmissions(REF)).resolves.toHaveLength(1);
    });

    it('keeps a draft that reached the table without a revision row at its own revision', async () => {
      const { store, knex } = await createStore(databaseId);
      // As a direct import would write it: no row in assessment_revisions.
      await knex('drafts').insert({
        entity_ref: REF,
        revision: 4,
        answers: JSON.stringify({ a: { value: 'imported' } }),
        updated_by: 'user:default/ana',
        updated_at: new Date('2026-03-01T09:00:00.000Z'),
      });
      await expect(store.getDraftState(REF)).resolves.toMatchObject({
        revision: 4,
        draft: { revision: 4, answers: { a: { value: 'imported' } } },
      });
      const save = (expectedRevision: number) =>
        store.saveDraft({
          entityRef: REF,
          expectedRevision,
          answers: { a: { value: 'mine' } },
          updatedBy: 'user:default/bo',
          updatedAt: new Date(),
        });
      // A page that never saw the draft cannot overwrite it.
      await expect(save(0)).rejects.toThrow(ConflictError);
      await expect(store.getDraft(REF)).resolves.toMatchObject({
        answers: { a: { value: 'imported' } },
      });
      await expect(save(4)).resolves.toMatchObject({ draft: { revision: 5 } });

      // A submission without a revision starts from the draft's, too.
      await knex('assessment_revisions').delete();
      await knex('drafts').update({ revision: 7 });
      await store.submit(newSubmission());
      await expect(store.getDraftState(REF)).resolves.toEqual({ revision: 8 });
    });

    it('refuses a submission that expects no draft while one exists', async () => {
      const { store } = await createStore(databaseId);
      await store.saveDraft({
        entityRef: REF,
        expectedRevision: 0,
        answers: {},
        updatedBy: 'user:default/ana',
        updatedAt: new Date(),
      });
      await expect(
        store.submit(newSubmission(), { expectedDraftRevision: 0 }),
      ).rejects.toThrow(ConflictError);
      await expect(store.getLatestSubmission(REF)).resolves.toBeUndefined();
    });

    it('lists submissions newest first and reads one by id', async () => {
      const { store } = await createStore(databaseId);
      const older = newSubmission({
        id: '00000000-0000-4000-8000-00000000000a',
        submittedAt: new Date('2025-06-01T00:00:00.000Z'),
        overallLevel: null,
      });
      const newer = newSubmission({
        id: '00000000-0000-4000-8000-00000000000b',
        submittedAt: new Date('2026-01-15T12:30:00.000Z'),
      });
      await store.submit(newer);
      await store.submit(older);

      const history = await store.listSubmissions(REF);
      expect(history.map(s => s.id)).toEqual([newer.id, older.id]);
      expect(history[0]).not.toHaveProperty('answers');
      expect(history[1]).toMatchObject({
        submittedAt: '2025-06-01T00:00:00.000Z',
        overallLevel: null,
        areaLevels: { development: 'basic', deployment: null },
      });
      await expect(store.getLatestSubmission(REF)).resolves.toMatchObject({
        id: newer.id,
        answers: newer.answers,
      });
      await expect(store.getSubmission(REF, older.id)).resolves.toMatchObject({
        id: older.id,
      });
      await expect(
        store.getSubmission('component:default/other', older.id),
      ).resolves.toBeUndefined();
    });
  });
});
