import {
  assessmentStatusOf,
  type OverviewLevelsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { applyVisibility, type EntityVisibility } from './visibility';

/** Which page of `GET /overview/levels`, for whom. */
export interface LevelsPageOptions {
  /** The services the caller may see in the catalog. */
  visibleTo: EntityVisibility;
  /** The last entity ref of the previous page; absent for the first page. */
  after?: string;
  limit: number;
}

/**
 * One page of every ML service in the catalog with its status and overall
 * level, in entity ref order. Keyed by ref (`entity_ref > after`) on the
 * table's primary key, so each page is a range scan and reading all pages
 * costs about one pass over the index, unlike offsets.
 */
export async function listLevels(
  db: Knex,
  options: LevelsPageOptions,
): Promise<OverviewLevelsResponse> {
  const query = db('entity_index as e')
    .select('e.entity_ref', 'e.submission_id', 'e.overall_level')
    .where('e.in_catalog', true);
  if (options.after !== undefined)
    query.where('e.entity_ref', '>', options.after);
  applyVisibility(query, options.visibleTo);
  // One more than the page tells whether another page follows.
  const rows: Array<{
    entity_ref: string;
    submission_id: string | null;
    overall_level: string | null;
  }> = await query.orderBy('e.entity_ref', 'asc').limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  return {
    items: page.map(row => ({
      entityRef: row.entity_ref,
      status: assessmentStatusOf({
        submissionId: row.submission_id,
        overallLevelId: row.overall_level,
      }),
      overallLevelId: row.overall_level,
    })),
    nextAfter:
      rows.length > options.limit ? page[page.length - 1].entity_ref : null,
  };
}
