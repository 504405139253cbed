import type { AnswerSet } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { toIsoTimestamp, type SubmissionRow } from '../database/rows';
import { chunks } from '../database/chunks';

/** The latest submission of an entity, without its answers. */
export interface LatestSubmission {
  id: string;
  submittedBy: string;
  submittedAt: Date;
}

/**
 * The latest submission of every entity, in one query: a window over all
 * submissions picks each entity's newest (ties broken by id, like the
 * store). Answers are read later, page by page, for the services indexed.
 */
export async function loadLatestSubmissions(
  db: Knex,
): Promise<Map<string, LatestSubmission>> {
  const rows: Array<
    Pick<SubmissionRow, 'id' | 'entity_ref' | 'submitted_by' | 'submitted_at'>
  > = await db
    .select('id', 'entity_ref', 'submitted_by', 'submitted_at')
    .from(
      db('submissions')
        .select(
          'id',
          'entity_ref',
          'submitted_by',
          'submitted_at',
          db.raw(
            'row_number() over (partition by entity_ref order by submitted_at desc, id desc) as rn',
          ),
        )
        .as('ranked'),
    )
    .where('rn', 1);
  return new Map(
    rows.map(row => [
      row.entity_ref,
      {
        id: row.id,
        submittedBy: row.submitted_by,
        submittedAt: new Date(toIsoTimestamp(row.submitted_at)),
      },
    ]),
  );
}

/** The answers of the given submissions, by submission id. */
export async function loadAnswers(
  db: Knex,
  submissionIds: string[],
): Promise<Map<string, AnswerSet>> {
  const answers = new Map<string, AnswerSet>();
  for (const part of chunks(submissionIds, 1000)) {
    const rows: Array<Pick<SubmissionRow, 'id' | 'answers'>> = await db(
      'submissions',
    )
      .whereIn('id', part)
      .select('id', 'answers');
    for (const row of rows) answers.set(row.id, JSON.parse(row.answers));
  }
  return answers;
}

/** Explicit targets of every entity that has any, in one query. */
export async function loadTargets(
  db: Knex,
): Promise<Map<string, Record<string, string>>> {
  const targets = new Map<string, Record<string, string>>();
  const rows: Array<{ entity_ref: string; area_id: string; level_id: string }> =
    await db('targets').select('entity_ref', 'area_id', 'level_id');
  for (const row of rows) {
    const entity = targets.get(row.entity_ref) ?? {};
    entity[row.area_id] = row.level_id;
    targets.set(row.entity_ref, entity);
  }
  return targets;
}

/** What the index holds today: each entry's fingerprint and whether it is shown. */
export async function loadIndexedEntries(
  db: Knex,
): Promise<Map<string, { fingerprint: string; inCatalog: boolean }>> {
  const rows: Array<{
    entity_ref: string;
    fingerprint: string;
    in_catalog: boolean | number;
  }> = await db('entity_index').select(
    'entity_ref',
    'fingerprint',
    'in_catalog',
  );
  return new Map(
    rows.map(r => [
      r.entity_ref,
      { fingerprint: r.fingerprint, inCatalog: Boolean(r.in_catalog) },
    ]),
  );
}
