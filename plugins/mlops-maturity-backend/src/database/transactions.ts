import { ConflictError } from '@backstage/errors';
import type {
  AnswerSet,
  Submission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import type {
  NewSubmission,
  SavedDraft,
  SeedData,
  TargetsUpdate,
} from './AssessmentStore';
import { isUniqueViolation } from './databaseErrors';
import {
  submissionRow,
  toDraft,
  toSubmission,
  type DraftRow,
  type SubmissionRow,
  type TargetRow,
} from './rows';

function staleRevision(entityRef: string, expected: number, actual: number) {
  return new ConflictError(
    `The draft of ${entityRef} was changed by someone else: it is at revision ${actual}, ` +
      `your changes were based on revision ${expected}. Reload the assessment and try again.`,
  );
}

async function draftRevision(tx: Knex.Transaction, entityRef: string) {
  const row = await tx<DraftRow>('drafts')
    .where({ entity_ref: entityRef })
    .first();
  return row ? Number(row.revision) : 0;
}

/**
 * Saves a draft inside a transaction if it is still at the expected revision.
 * The guarded insert (primary key) and update (`WHERE revision = ?`) are what
 * make concurrent saves safe, whatever the isolation level: of two writers
 * from one revision only one can match.
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
  const values = {
    answers: JSON.stringify(options.answers),
    updated_by: options.updatedBy,
    updated_at: options.updatedAt,
    revision: expectedRevision + 1,
  };
  const current = await tx<DraftRow>('drafts')
    .where({ entity_ref: entityRef })
    .first();
  const currentRevision = current ? Number(current.revision) : 0;
  if (currentRevision !== expectedRevision) {
    throw staleRevision(entityRef, expectedRevision, currentRevision);
  }
  if (!current) {
    try {
      await tx<DraftRow>('drafts').insert({ entity_ref: entityRef, ...values });
    } catch (error) {
      // Another writer created the draft after our read.
      if (isUniqueViolation(error)) {
        throw staleRevision(entityRef, expectedRevision, 1);
      }
      throw error;
    }
  } else {
    const updated = await tx<DraftRow>('drafts')
      .where({ entity_ref: entityRef, revision: expectedRevision })
      .update(values);
    if (updated !== 1) {
      throw staleRevision(entityRef, expectedRevision, expectedRevision + 1);
    }
  }
  return {
    draft: toDraft({ entity_ref: entityRef, ...values }),
    previousAnswers: current ? JSON.parse(current.answers) : {},
  };
}

/**
 * Writes a submission and removes the draft inside a transaction. With an
 * expected revision, the draft must be exactly there (0: no draft at all).
 */
export async function submitIn(
  tx: Knex.Transaction,
  submission: NewSubmission,
  expectedDraftRevision: number | undefined,
): Promise<Submission> {
  const { entityRef } = submission;
  const drafts = () => tx<DraftRow>('drafts').where({ entity_ref: entityRef });
  if (expectedDraftRevision === undefined) {
    // The submission supersedes whatever draft there was.
    await drafts().delete();
  } else if (expectedDraftRevision === 0) {
    const actual = await draftRevision(tx, entityRef);
    if (actual !== 0) throw staleRevision(entityRef, 0, actual);
  } else {
    const deleted = await drafts()
      .where({ revision: expectedDraftRevision })
      .delete();
    if (deleted !== 1) {
      const actual = await draftRevision(tx, entityRef);
      throw staleRevision(entityRef, expectedDraftRevision, actual);
    }
  }
  const row = submissionRow(submission);
  await tx<SubmissionRow>('submissions').insert(row);
  return toSubmission(row);
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
  }
  const targets = data.targets.flatMap(targetRows);
  if (targets.length) await tx<TargetRow>('targets').insert(targets);
}
