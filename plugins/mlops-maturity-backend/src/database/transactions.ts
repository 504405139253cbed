import { ConflictError, NotFoundError } from '@backstage/errors';
import type {
  AnswerSet,
  Draft,
  Submission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import type {
  NewSubmission,
  SavedDraft,
  SeedData,
  TargetsUpdate,
} from './AssessmentStore';
import {
  submissionRow,
  toDraft,
  toSubmission,
  type DraftRow,
  type SubmissionRow,
  type TargetRow,
} from './rows';

/** The table of each entity's current assessment revision. */
const REVISIONS = 'assessment_revisions';

/** A row of `assessment_revisions`. */
interface RevisionRow {
  entity_ref: string;
  /** bigint: PostgreSQL returns it as text. */
  revision: number | string;
}

/**
 * The 409 of a write based on a revision that is no longer current. Also
 * used by the assessment service when the draft it was asked to submit is
 * gone.
 */
export function staleRevision(
  entityRef: string,
  expected: number,
  actual: number,
) {
  return new ConflictError(
    `The assessment of ${entityRef} was changed by someone else: it is at revision ${actual}, ` +
      `your changes were based on revision ${expected}. Reload the assessment and try again.`,
  );
}

/**
 * The revision of an entity without a row in `assessment_revisions`: its
 * draft's, or 0. Rows are written by every save and submission and by the
 * migration for the drafts that existed, so this only matters for a draft
 * that reached the table some other way (a direct import); it keeps such a
 * draft from being overwritten by a save that never saw it.
 */
function baseRevisionSql(db: Knex, entityRef: string): Knex.Raw {
  return db.raw(
    'coalesce((select revision from drafts where entity_ref = ?), 0)',
    [entityRef],
  );
}

/** The entity's current revision: 0 when nothing was ever saved or submitted. */
async function currentRevision(
  tx: Knex.Transaction,
  entityRef: string,
): Promise<number> {
  const row = await tx<RevisionRow>(REVISIONS)
    .where({ entity_ref: entityRef })
    .first();
  if (row) return Number(row.revision);
  const [base] = await tx.select(
    baseRevisionSql(tx, entityRef).wrap('(', ') as revision'),
  );
  return Number(base.revision);
}

/**
 * Moves the entity's revision from `expected` to `expected + 1`, or throws
 * `ConflictError`. Every draft save and every submission goes through here
 * (or {@link incrementRevision}) first, so revisions are never reused for an
 * entity, and the guarded update (`WHERE revision = ?`) or insert (primary
 * key) is what makes concurrent writers safe whatever the isolation level:
 * of two writers from one revision only one can match. On PostgreSQL the row
 * stays locked until the transaction ends, so the rest of the write (draft,
 * submission, index entry) runs one entity-writer at a time; SQLite has one
 * writer anyway.
 */
async function advanceRevision(
  tx: Knex.Transaction,
  entityRef: string,
  expected: number,
): Promise<number> {
  const next = expected + 1;
  const updated =
    expected > 0
      ? await tx<RevisionRow>(REVISIONS)
          .where({ entity_ref: entityRef, revision: expected })
          .update({ revision: next })
      : 0;
  if (updated === 1) return next;
  // No row at `expected`: the entity has no row yet (it is at its base
  // revision), or it has moved on. The first writer to insert the row wins;
  // a conflicting insert is ignored rather than raised, since a violation
  // would abort the transaction on PostgreSQL and the revision that won
  // could not be read and named.
  if ((await currentRevision(tx, entityRef)) === expected) {
    const inserted = await tx<RevisionRow>(REVISIONS)
      .insert({ entity_ref: entityRef, revision: next })
      .onConflict('entity_ref')
      .ignore()
      .returning('entity_ref');
    if (inserted.length === 1) return next;
  }
  throw staleRevision(
    entityRef,
    expected,
    await currentRevision(tx, entityRef),
  );
}

/**
 * Moves the entity's revision up by one, whatever it is: for a submission
 * that names no revision and supersedes whatever draft there is. One
 * statement (an upsert), so concurrent writers queue on the row (PostgreSQL)
 * instead of failing, and the row stays locked until the transaction ends,
 * as with {@link advanceRevision}.
 */
async function incrementRevision(
  tx: Knex.Transaction,
  entityRef: string,
): Promise<void> {
  await tx<RevisionRow>(REVISIONS)
    .insert({
      entity_ref: entityRef,
      revision: tx.raw('? + 1', [baseRevisionSql(tx, entityRef)]),
    })
    .onConflict('entity_ref')
    .merge({ revision: tx.raw('?? + 1', [`${REVISIONS}.revision`]) });
}

/** An entity's draft and its current revision, read together. */
export interface DraftState {
  /** The current revision; the draft's own when there is a draft. */
  revision: number;
  draft?: Draft;
}

/**
 * Reads the revision and the draft in one statement, so that they belong
 * together: a page that got them can only save over the draft it was shown.
 */
export async function readDraftState(
  db: Knex,
  entityRef: string,
): Promise<DraftState> {
  const row:
    | {
        counter: number | string | null;
        draft_revision: number | string | null;
        answers: string | null;
        updated_by: string | null;
        updated_at: DraftRow['updated_at'] | null;
      }
    | undefined = await db
    .from(
      db.raw('(select cast(? as varchar(255)) as entity_ref) as k', [
        entityRef,
      ]),
    )
    .leftJoin(`${REVISIONS} as r`, 'r.entity_ref', 'k.entity_ref')
    .leftJoin('drafts as d', 'd.entity_ref', 'k.entity_ref')
    .first(
      'r.revision as counter',
      'd.revision as draft_revision',
      'd.answers',
      'd.updated_by',
      'd.updated_at',
    );
  if (!row) return { revision: 0 };
  // The counter row, or for a draft that came without one, its revision.
  const revision = Number(row.counter ?? row.draft_revision ?? 0);
  if (row.answers === null) return { revision };
  return {
    revision,
    draft: toDraft({
      entity_ref: entityRef,
      revision,
      answers: row.answers,
      updated_by: row.updated_by!,
      updated_at: row.updated_at!,
    }),
  };
}

/**
 * Saves a draft inside a transaction if the entity is still at the expected
 * revision (0: nothing saved or submitted yet); the draft gets the next one.
 */
export async function saveDraftIn(
  tx: Knex.Transaction,
  options: {
    entityRef: string;
    expectedRevision: number;
    answers: AnswerSet;
    updatedBy: string;
    updatedAt: Date;
  },
): Promise<SavedDraft> {
  const { entityRef, expectedRevision } = options;
  const revision = await advanceRevision(tx, entityRef, expectedRevision);
  const values = {
    answers: JSON.stringify(options.answers),
    updated_by: options.updatedBy,
    updated_at: options.updatedAt,
    revision,
  };
  // The revision row is ours until commit, so no other writer is here.
  const current = await tx<DraftRow>('drafts')
    .where({ entity_ref: entityRef })
    .first();
  if (current) {
    await tx<DraftRow>('drafts')
      .where({ entity_ref: entityRef })
      .update(values);
  } else {
    await tx<DraftRow>('drafts').insert({ entity_ref: entityRef, ...values });
  }
  return {
    draft: toDraft({ entity_ref: entityRef, ...values }),
    previousAnswers: current ? JSON.parse(current.answers) : {},
  };
}

/**
 * Removes the draft inside a transaction if the entity is at the expected
 * revision, moving the revision on (409 otherwise). The draft is read after
 * the revision row is ours, so no writer changes it meanwhile; without one
 * the transaction is rolled back with 404, so the revision does not move.
 */
export async function discardDraftIn(
  tx: Knex.Transaction,
  options: { entityRef: string; expectedRevision: number },
): Promise<{ revision: number; answers: AnswerSet }> {
  const { entityRef, expectedRevision } = options;
  const revision = await advanceRevision(tx, entityRef, expectedRevision);
  const current = await tx<DraftRow>('drafts')
    .where({ entity_ref: entityRef })
    .first();
  if (!current) {
    throw new NotFoundError(`${entityRef} has no draft to discard`);
  }
  await tx<DraftRow>('drafts').where({ entity_ref: entityRef }).delete();
  return { revision, answers: JSON.parse(current.answers) };
}

/**
 * Writes a submission and removes the draft inside a transaction, moving the
 * entity's revision on, so that a page still holding the submitted draft's
 * revision can neither save over a newer draft nor submit again. With an
 * expected revision, the entity must be exactly there (409 otherwise);
 * without, the submission supersedes whatever draft there was.
 *
 * `latest` tells whether this is now the entity's latest submission (by
 * `submitted_at`, then id, as reads order them): a submission stamped
 * earlier than one that committed first is history, not the latest.
 */
export async function submitIn(
  tx: Knex.Transaction,
  submission: NewSubmission,
  expectedRevision: number | undefined,
): Promise<{ submission: Submission; latest: boolean }> {
  const { entityRef } = submission;
  if (expectedRevision === undefined) {
    await incrementRevision(tx, entityRef);
  } else {
    await advanceRevision(tx, entityRef, expectedRevision);
  }
  await tx<DraftRow>('drafts').where({ entity_ref: entityRef }).delete();
  const row = submissionRow(submission);
  await tx<SubmissionRow>('submissions').insert(row);
  const newer = await tx<SubmissionRow>('submissions')
    .where({ entity_ref: entityRef })
    .andWhere(q =>
      q
        .where('submitted_at', '>', row.submitted_at as Date)
        .orWhere(q2 =>
          q2
            .where('submitted_at', '=', row.submitted_at as Date)
            .andWhere('id', '>', row.id),
        ),
    )
    .first('id');
  return { submission: toSubmission(row), latest: !newer };
}

/** The rows of one entity's explicit targets. */
export function targetRows(update: TargetsUpdate): TargetRow[] {
  return Object.entries(update.targets).map(([areaId, levelId]) => ({
    entity_ref: update.entityRef,
    area_id: areaId,
    level_id: levelId,
    updated_by: update.updatedBy,
    updated_at: update.updatedAt,
  }));
}

/** Targets keyed by area id. */
export function targetsOf(rows: TargetRow[]): Record<string, string> {
  return Object.fromEntries(rows.map(row => [row.area_id, row.level_id]));
}

/** Inserts demo data; the caller has checked that the tables are empty. */
export async function insertSeedIn(tx: Knex.Transaction, data: SeedData) {
  for (const submission of data.submissions) {
    await tx<SubmissionRow>('submissions').insert(submissionRow(submission));
  }
  for (const draft of data.drafts) {
    await tx<DraftRow>('drafts').insert({
      entity_ref: draft.entityRef,
      revision: 1,
      answers: JSON.stringify(draft.answers),
      updated_by: draft.updatedBy,
      updated_at: draft.updatedAt,
    });
    await tx<RevisionRow>(REVISIONS).insert({
      entity_ref: draft.entityRef,
      revision: 1,
    });
  }
  const targets = data.targets.flatMap(targetRows);
  if (targets.length) await tx<TargetRow>('targets').insert(targets);
}
