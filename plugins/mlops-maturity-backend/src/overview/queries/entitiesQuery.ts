import {
  assessmentStatusOf,
  type OverviewEntityRow,
  type OverviewSort,
  type OverviewSortColumn,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { toIsoTimestamp } from '../../database/rows';
import type { EntityIndexRow } from '../indexEntry';
import { num } from './distributions';
import { applyFilters, type OverviewFilters } from './filters';

/** A parsed sort key of `GET /overview/entities` (the shared contract's). */
export type EntitySort = OverviewSort;

/** The column of each sort key; typed by the contract so no key lacks one. */
const SORT_COLUMNS: Record<OverviewSortColumn, string> = {
  name: 'e.sort_name',
  owner: 'e.owner_ref',
  system: 'e.system_ref',
  domain: 'e.domain_ref',
  lifecycle: 'e.lifecycle',
  type: 'e.type',
  overall: 'e.overall_rank',
  assessedAt: 'e.assessed_at',
};

/** Which rows, in which order. */
export interface EntityListOptions {
  filters: OverviewFilters;
  staleBefore: Date;
  sort: EntitySort;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
}

/** The filtered services, sorted; services without a value sort last either way. */
function sortedRefs(db: Knex, options: EntityListOptions): Knex.QueryBuilder {
  // Only the refs are sorted: sorting whole rows makes the database spill
  // to disk at ten thousand services; the page's rows are read afterwards.
  const query = db('entity_index as e').select('e.entity_ref');
  applyFilters(query, options.filters, options.staleBefore);
  const { sort, order } = options;
  let column: string;
  if (sort.by === 'area') {
    query.leftJoin('entity_area_index as s', join =>
      join
        .on('s.entity_ref', 'e.entity_ref')
        .andOn('s.area_id', db.raw('?', [sort.areaId])),
    );
    column = sort.what === 'level' ? 's.level_rank' : 's.score';
  } else {
    column = SORT_COLUMNS[sort.by];
  }
  const direction = order === 'desc' ? 'desc' : 'asc';
  return query.orderByRaw(
    `(?? is null), ?? ${direction}, e.sort_name asc, e.entity_ref asc`,
    [column, column],
  );
}

/** Number of filtered services. */
export async function countEntities(
  db: Knex,
  filters: OverviewFilters,
  staleBefore: Date,
): Promise<number> {
  const query = db('entity_index as e').count({ n: '*' });
  applyFilters(query, filters, staleBefore);
  const [row] = await query;
  return num(row.n);
}

/** One page of rows with their areas and tags (four queries). */
export async function listEntities(
  db: Knex,
  options: EntityListOptions,
): Promise<OverviewEntityRow[]> {
  const sorted: Array<{ entity_ref: string }> = await sortedRefs(db, options)
    .offset(options.offset)
    .limit(options.limit);
  return rowsOf(
    db,
    sorted.map(r => r.entity_ref),
    options.staleBefore,
  );
}

/**
 * Every filtered service in order, `batchSize` rows at a time, for the
 * export: the sorted refs are read once (one query, a few megabytes at
 * 100,000 services), then each batch's rows by ref. Paging with an offset
 * instead would sort or walk the services again for every batch, which
 * grows with the square of their number.
 */
export async function* exportEntities(
  db: Knex,
  options: Omit<EntityListOptions, 'offset' | 'limit'>,
  batchSize: number,
): AsyncGenerator<OverviewEntityRow[]> {
  const sorted: Array<{ entity_ref: string }> = await sortedRefs(db, {
    ...options,
    offset: 0,
    limit: 0,
  });
  const refs = sorted.map(r => r.entity_ref);
  for (let at = 0; at < refs.length; at += batchSize) {
    yield await rowsOf(db, refs.slice(at, at + batchSize), options.staleBefore);
  }
}

/** The rows of the given services, in the given order, with their areas and tags. */
async function rowsOf(
  db: Knex,
  refs: string[],
  staleBefore: Date,
): Promise<OverviewEntityRow[]> {
  if (!refs.length) return [];
  const [unordered, areas, tags] = await Promise.all([
    db('entity_index').whereIn('entity_ref', refs).select() as Promise<
      EntityIndexRow[]
    >,
    db('entity_area_index')
      .whereIn('entity_ref', refs)
      .select('entity_ref', 'area_id', 'level_id', 'score'),
    db('entity_tags').whereIn('entity_ref', refs).orderBy('tag').select(),
  ]);
  const areasOf = new Map<string, OverviewEntityRow['areas']>();
  for (const a of areas) {
    const entry = areasOf.get(a.entity_ref) ?? {};
    entry[a.area_id] = {
      levelId: a.level_id,
      score: a.score === null ? null : Number(a.score),
    };
    areasOf.set(a.entity_ref, entry);
  }
  const tagsOf = new Map<string, string[]>();
  for (const t of tags) {
    tagsOf.set(t.entity_ref, [...(tagsOf.get(t.entity_ref) ?? []), t.tag]);
  }
  const byRef = new Map(unordered.map(row => [row.entity_ref, row]));
  const rows = refs.flatMap(ref => byRef.get(ref) ?? []);
  return rows.map(row =>
    toEntityRow(row, staleBefore, {
      areas: areasOf.get(row.entity_ref) ?? {},
      tags: tagsOf.get(row.entity_ref) ?? [],
    }),
  );
}

function toEntityRow(
  row: EntityIndexRow,
  staleBefore: Date,
  extra: Pick<OverviewEntityRow, 'areas' | 'tags'>,
): OverviewEntityRow {
  const assessedAt =
    row.assessed_at === null ? null : toIsoTimestamp(row.assessed_at);
  return {
    entityRef: row.entity_ref,
    kind: row.kind,
    namespace: row.namespace,
    name: row.name,
    title: row.title,
    ownerRef: row.owner_ref,
    systemRef: row.system_ref,
    domainRef: row.domain_ref,
    lifecycle: row.lifecycle,
    type: row.type,
    tags: extra.tags,
    status: assessmentStatusOf({
      submissionId: row.submission_id,
      overallLevelId: row.overall_level,
    }),
    overallLevelId: row.overall_level,
    areas: extra.areas,
    assessedAt,
    assessedBy: row.assessed_by,
    submissionId: row.submission_id,
    stale:
      assessedAt !== null && Date.parse(assessedAt) < staleBefore.getTime(),
    reviewed: row.submission_id !== null && row.review_id !== null,
    modelVersion: row.model_version,
  };
}
