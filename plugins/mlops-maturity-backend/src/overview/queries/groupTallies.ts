import type { Knex } from 'knex';
import { num } from './distributions';
import { applyFilters, type OverviewFilters } from './filters';

/** What a set of services is grouped by; `all` puts every service in one group. */
export type GroupKey = 'owner' | 'system' | 'domain' | 'all';

/** The key of the single group of `all`. */
export const ALL = '*';

/** Counts of one group, straight from the aggregate queries. */
export interface GroupTally {
  services: number;
  assessed: number;
  stale: number;
  /** Services per overall level id (null: no overall level). */
  overall: Map<string | null, number>;
  /** Per area id: services per level id, and the sum and count of scores. */
  areas: Map<
    string,
    { levels: Map<string | null, number>; scoreSum: number; scored: number }
  >;
}

const KEY_COLUMNS: Record<Exclude<GroupKey, 'all'>, string> = {
  owner: 'e.owner_ref',
  system: 'e.system_ref',
  domain: 'e.domain_ref',
};

/** One aggregate query's rows: a group key, a level and summable counts. */
interface CountRow {
  group_ref: string | null;
  [column: string]: unknown;
}

/**
 * Runs an aggregate over the filtered services grouped by `key` (and the
 * extra columns). Owners are rolled up the Group hierarchy: the counts per
 * direct owner are summed into every ancestor through `group_closure`, so a
 * department counts its teams' services. An owner that is not a known Group
 * (a User) keeps its own counts.
 */
async function aggregate(
  db: Knex,
  options: {
    key: GroupKey;
    filters: OverviewFilters;
    staleBefore: Date;
    join?: (q: Knex.QueryBuilder) => void;
    /** Extra grouping columns by alias, such as `{ level_id: 'e.overall_level' }`. */
    groupBy: Record<string, string>;
    /** Aliases of the summable counts that `addCounts` selects. */
    countAliases: string[];
    addCounts: (q: Knex.QueryBuilder) => void;
  },
): Promise<CountRow[]> {
  const { key, groupBy } = options;
  const inner = db('entity_index as e');
  options.join?.(inner);
  applyFilters(inner, options.filters, options.staleBefore);
  const keyColumn = key === 'all' ? null : KEY_COLUMNS[key];
  const groupColumns = Object.values(groupBy);
  inner.select(
    keyColumn ? { group_ref: keyColumn } : db.raw(`'${ALL}' as group_ref`),
    groupBy,
  );
  options.addCounts(inner);
  inner.groupBy(keyColumn ? [keyColumn, ...groupColumns] : groupColumns);
  if (key !== 'owner') return inner;

  const rolledKey = db.raw('coalesce(c.ancestor_ref, x.group_ref)');
  const outer = db
    .from(inner.as('x'))
    .leftJoin('group_closure as c', 'c.descendant_ref', 'x.group_ref')
    .select({ group_ref: rolledKey })
    .groupBy(rolledKey);
  for (const alias of Object.keys(groupBy)) {
    outer.select(`x.${alias}`).groupBy(`x.${alias}`);
  }
  for (const alias of options.countAliases) {
    outer.sum({ [alias]: `x.${alias}` });
  }
  return outer;
}

/**
 * Counts per group: services, assessed, stale and overall levels from
 * `entity_index`, and per area the levels and scores from
 * `entity_area_index`; two aggregate queries in all.
 */
export async function groupTallies(
  db: Knex,
  options: { key: GroupKey; filters: OverviewFilters; staleBefore: Date },
): Promise<Map<string | null, GroupTally>> {
  const { staleBefore } = options;
  const [overallRows, areaRows] = await Promise.all([
    aggregate(db, {
      ...options,
      groupBy: { level_id: 'e.overall_level' },
      countAliases: ['n', 'assessed', 'stale'],
      addCounts: q =>
        q
          .count({ n: '*' })
          .count({ assessed: 'e.assessed_at' })
          .select(
            db.raw(
              'sum(case when e.assessed_at < ? then 1 else 0 end) as stale',
              [staleBefore],
            ),
          ),
    }),
    aggregate(db, {
      ...options,
      join: q =>
        q.join('entity_area_index as a', 'a.entity_ref', 'e.entity_ref'),
      groupBy: { area_id: 'a.area_id', level_id: 'a.level_id' },
      countAliases: ['n', 'score_sum', 'scored'],
      addCounts: q =>
        q
          .count({ n: '*' })
          .sum({ score_sum: 'a.score' })
          .count({ scored: 'a.score' }),
    }),
  ]);

  const tallies = new Map<string | null, GroupTally>();
  const tallyOf = (ref: string | null) => {
    let tally = tallies.get(ref);
    if (!tally) {
      tally = {
        services: 0,
        assessed: 0,
        stale: 0,
        overall: new Map(),
        areas: new Map(),
      };
      tallies.set(ref, tally);
    }
    return tally;
  };
  for (const row of overallRows) {
    const tally = tallyOf(row.group_ref);
    const n = num(row.n);
    tally.services += n;
    tally.assessed += num(row.assessed);
    tally.stale += num(row.stale);
    const level = row.level_id as string | null;
    tally.overall.set(level, (tally.overall.get(level) ?? 0) + n);
  }
  for (const row of areaRows) {
    const tally = tallyOf(row.group_ref);
    const areaId = row.area_id as string;
    let area = tally.areas.get(areaId);
    if (!area) {
      area = { levels: new Map(), scoreSum: 0, scored: 0 };
      tally.areas.set(areaId, area);
    }
    const level = row.level_id as string | null;
    area.levels.set(level, (area.levels.get(level) ?? 0) + num(row.n));
    area.scoreSum += num(row.score_sum);
    area.scored += num(row.scored);
  }
  return tallies;
}
