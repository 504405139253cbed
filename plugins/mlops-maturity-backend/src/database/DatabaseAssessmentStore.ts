import {
  resolvePackagePath,
  type DatabaseService,
} from '@backstage/backend-plugin-api';
import type {
  AnswerSet,
  Review,
  Draft,
  Submission,
  SubmissionSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import type {
  AssessmentStore,
  NewSubmission,
  SavedDraft,
  SeedData,
  SubmitOptions,
  TargetsUpdate,
} from './AssessmentStore';
import { isUniqueViolation, withDatabaseErrors } from './databaseErrors';
import { lockEntitiesIn } from './entityLocks';
import { latestReview, listReviews, recordReviewIn } from './reviewQueries';
import {
  SUMMARY_COLUMNS,
  toDraft,
  toSubmission,
  toSubmissionSummary,
  type DraftRow,
  type SubmissionRow,
  type TargetRow,
} from './rows';
import {
  discardDraftIn,
  insertSeedIn,
  readDraftState,
  type DraftState,
  saveDraftIn,
  submitIn,
  targetRows,
  targetsOf,
} from './transactions';

const migrationsDir = resolvePackagePath(
  '@mlops-maturity/plugin-mlops-maturity-backend',
  'migrations',
);

/** {@link AssessmentStore} on the plugin's knex database (SQLite or PostgreSQL). */
export class DatabaseAssessmentStore implements AssessmentStore {
  /** Connects and brings the schema up to date, unless migrations are skipped. */
  static async create(options: {
    database: DatabaseService;
  }): Promise<DatabaseAssessmentStore> {
    const { database } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseAssessmentStore(client);
  }

  private constructor(private readonly db: Knex) {}

  async getDraft(entityRef: string): Promise<Draft | undefined> {
    return withDatabaseErrors('draft read', async () => {
      const row = await this.db<DraftRow>('drafts')
        .where({ entity_ref: entityRef })
        .first();
      return row ? toDraft(row) : undefined;
    });
  }

  async getDraftState(entityRef: string): Promise<DraftState> {
    return withDatabaseErrors('draft read', () =>
      readDraftState(this.db, entityRef),
    );
  }

  async saveDraft(options: {
    entityRef: string;
    expectedRevision: number;
    answers: AnswerSet;
    updatedBy: string;
    updatedAt: Date;
  }): Promise<SavedDraft> {
    return withDatabaseErrors('draft save', () =>
      this.db.transaction(tx => saveDraftIn(tx, options)),
    );
  }

  async discardDraft(options: {
    entityRef: string;
    expectedRevision: number;
  }): Promise<{ revision: number; answers: AnswerSet }> {
    return withDatabaseErrors('draft discard', () =>
      this.db.transaction(tx => discardDraftIn(tx, options)),
    );
  }

  async submit(
    submission: NewSubmission,
    options?: SubmitOptions,
  ): Promise<Submission> {
    return withDatabaseErrors('submission', () =>
      this.db.transaction(async tx => {
        const written = await submitIn(
          tx,
          submission,
          options?.expectedDraftRevision,
        );
        if (written.latest && options?.inTransaction) {
          await lockEntitiesIn(tx, [submission.entityRef]);
          await options.inTransaction(tx);
        }
        return written.submission;
      }),
    );
  }

  async getLatestSubmission(
    entityRef: string,
  ): Promise<Submission | undefined> {
    return withDatabaseErrors('submission read', async () => {
      const row = await this.db<SubmissionRow>('submissions')
        .where({ entity_ref: entityRef })
        .orderBy([
          { column: 'submitted_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])
        .first();
      return row ? toSubmission(row) : undefined;
    });
  }

  async listSubmissions(entityRef: string): Promise<SubmissionSummary[]> {
    return withDatabaseErrors('submission history read', async () => {
      const rows: Omit<SubmissionRow, 'answers'>[] =
        await this.db<SubmissionRow>('submissions')
          .where({ entity_ref: entityRef })
          .orderBy([
            { column: 'submitted_at', order: 'desc' },
            { column: 'id', order: 'desc' },
          ])
          .select([...SUMMARY_COLUMNS]);
      return rows.map(toSubmissionSummary);
    });
  }

  async getSubmission(
    entityRef: string,
    id: string,
  ): Promise<Submission | undefined> {
    return withDatabaseErrors('submission read', async () => {
      const row = await this.db<SubmissionRow>('submissions')
        .where({ entity_ref: entityRef, id })
        .first();
      return row ? toSubmission(row) : undefined;
    });
  }

  async recordReview(
    review: Review,
    options?: { inTransaction?: (tx: Knex.Transaction) => Promise<void> },
  ): Promise<Review> {
    return withDatabaseErrors('review', () =>
      this.db.transaction(tx =>
        recordReviewIn(tx, review, options?.inTransaction),
      ),
    );
  }

  async getLatestReview(entityRef: string): Promise<Review | undefined> {
    return withDatabaseErrors('review read', () =>
      latestReview(this.db, entityRef),
    );
  }

  async listReviews(entityRef: string): Promise<Review[]> {
    return withDatabaseErrors('review history read', () =>
      listReviews(this.db, entityRef),
    );
  }

  async getTargets(entityRef: string): Promise<Record<string, string>> {
    return withDatabaseErrors('targets read', async () =>
      targetsOf(
        await this.db<TargetRow>('targets').where({ entity_ref: entityRef }),
      ),
    );
  }

  async replaceTargets(update: TargetsUpdate): Promise<Record<string, string>> {
    return withDatabaseErrors('targets update', () =>
      this.db.transaction(async tx => {
        const previous = targetsOf(
          await tx<TargetRow>('targets').where({
            entity_ref: update.entityRef,
          }),
        );
        await tx<TargetRow>('targets')
          .where({ entity_ref: update.entityRef })
          .delete();
        const rows = targetRows(update);
        if (rows.length) await tx<TargetRow>('targets').insert(rows);
        return previous;
      }),
    );
  }

  async importSeed(data: SeedData): Promise<boolean> {
    return withDatabaseErrors('demo data import', async () => {
      try {
        return await this.db.transaction(async tx => {
          for (const table of ['drafts', 'submissions', 'targets']) {
            if (await tx(table).first()) return false;
          }
          await insertSeedIn(tx, data);
          return true;
        });
      } catch (error) {
        // Seed ids are deterministic: a replica that imported at the same
        // moment makes ours collide, and its import is the one that counts.
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    });
  }
}
