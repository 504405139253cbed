import type {
  Draft,
  Submission,
  SubmissionSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { NewSubmission } from './AssessmentStore';

/** Timestamps come back as Date (PostgreSQL), epoch milliseconds or text (SQLite). */
type DbTimestamp = Date | number | string;

/** A row of `drafts`. */
export interface DraftRow {
  entity_ref: string;
  revision: number;
  answers: string;
  updated_by: string;
  updated_at: DbTimestamp;
}

/** A row of `submissions`. */
export interface SubmissionRow {
  id: string;
  entity_ref: string;
  answers: string;
  submitted_by: string;
  submitted_at: DbTimestamp;
  model_id: string;
  model_version: string;
  overall_level: string | null;
  area_levels: string;
  area_scores: string;
}

/** A row of `targets`. */
export interface TargetRow {
  entity_ref: string;
  area_id: string;
  level_id: string;
  updated_by: string;
  updated_at: DbTimestamp;
}

/** Columns of a submission summary: everything but the answers. */
export const SUMMARY_COLUMNS = [
  'id',
  'entity_ref',
  'submitted_by',
  'submitted_at',
  'model_id',
  'model_version',
  'overall_level',
  'area_levels',
  'area_scores',
] as const;

/** ISO 8601 text of a timestamp as the database returned it. */
export function toIsoTimestamp(value: DbTimestamp): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number') return new Date(value).toISOString();
  // SQLite text such as `2026-01-01 10:00:00` is UTC without a zone marker.
  const text = /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  return new Date(text.replace(' ', 'T')).toISOString();
}

/** Maps a draft row to the API shape. */
export function toDraft(row: DraftRow): Draft {
  return {
    revision: Number(row.revision),
    answers: JSON.parse(row.answers),
    updatedBy: row.updated_by,
    updatedAt: toIsoTimestamp(row.updated_at),
  };
}

/** Maps a submission row without answers to the summary shape. */
export function toSubmissionSummary(
  row: Omit<SubmissionRow, 'answers'>,
): SubmissionSummary {
  return {
    id: row.id,
    entityRef: row.entity_ref,
    submittedBy: row.submitted_by,
    submittedAt: toIsoTimestamp(row.submitted_at),
    modelId: row.model_id,
    modelVersion: row.model_version,
    overallLevel: row.overall_level,
    areaLevels: JSON.parse(row.area_levels),
    areaScores: JSON.parse(row.area_scores),
  };
}

/** Maps a full submission row to the API shape. */
export function toSubmission(row: SubmissionRow): Submission {
  return { ...toSubmissionSummary(row), answers: JSON.parse(row.answers) };
}

/** The row written for a new submission. */
export function submissionRow(submission: NewSubmission): SubmissionRow {
  return {
    id: submission.id,
    entity_ref: submission.entityRef,
    answers: JSON.stringify(submission.answers),
    submitted_by: submission.submittedBy,
    submitted_at: submission.submittedAt,
    model_id: submission.modelId,
    model_version: submission.modelVersion,
    overall_level: submission.overallLevel,
    area_levels: JSON.stringify(submission.areaLevels),
    area_scores: JSON.stringify(submission.areaScores),
  };
}
