import type { Knex } from 'knex';
import { num } from './distributions';
import { applyFilters, type OverviewFilters } from './filters';

/** What a set of services is grouped by; `all` puts every service in one group. */
export type GroupKey = 'owner' | 'system' | 'domain' | 'all';

/** The key of the single group of `all`. */
export const ALL = '*';

/**
 * The assessment status of a service of `entity_index` (aliased `e`), in
 * SQL: assessed with a submission, provisional without one but with levels
 * (an overall level exists when any area has one), otherwise not assessed.
 * The common `assessmentStatusOf` says the same of a row.
 */
export const STATUS_SQL =
  "case when e.submission_id is not null then 'assessed' when e.overall_level is not null then 'provisional' else 'not-assessed' end";

/** The levels and scores of the services of one status in a group. */
export interface LevelFigures {
  /** Services per overall level id (null: no overall level). */
  overall: Map<string | null, number>;
  /** Per area id: services per level id, and the sum and count of scores. */
  areas: Map<
    string,
    { levels: Map<string | null, number>; scoreSum: number; scored: number }
  >;
}

/** Counts of one group, straight from the aggregate queries. */
export interface GroupTally {
  services: number;
  assessed: number;
  stale: number;
  provisional: number;
  /** Assessed services whose latest submission is reviewed. */
  reviewed: number;
  /** Levels of the assessed services and, apart, of the provisional ones. */
  figures: { assessed: LevelFigures; provisional: LevelFigures };
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
 * Runs an aggregate over the filtered services grouped by the direct value
 * of `key` (the service's own owner, system or domain) and the extra
 * columns. Roll-ups (a department counts its teams' services) and the
 * organisation's total are summed in {@link talliesByGroup} from these few
 * rows, so the services are read once per request, not once per roll-up.
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
    db.raw(`${STATUS_SQL} as status`),
  );
  options.addCounts(inner);
  inner.groupBy(keyColumn ? [keyColumn, ...groupColumns] : groupColumns);
  inner.groupByRaw(STATUS_SQL);
  return inner;
}

/** No levels yet. */
export function emptyFigures(): LevelFigures {
  return { overall: new Map(), areas: new Map() };
}

function emptyTally(): GroupTally {
  return {
    services: 0,
    assessed: 0,
    stale: 0,
    provisional: 0,
    reviewed: 0,
    figures: { assessed: emptyFigures(), provisional: emptyFigures() },
  };
}

/** Adds the counts of `from` to `into`. */
function addTally(into: GroupTally, from: GroupTally): void {
  into.services += from.services;
  into.assessed += from.assessed;
  into.stale += from.stale;
  into.provisional += from.provisional;
  into.reviewed += from.reviewed;
  addFigures(into.figures.assessed, from.figures.assessed);
  addFigures(into.figures.provisional, from.figures.provisional);
}

/** Adds the levels and scores of `from` to `into`. */
export function addFigures(into: LevelFigures, from: LevelFigures): void {
  for (const [level, n] of from.overall) {
    into.overall.set(level, (into.overall.get(level) ?? 0) + n);
  }
  for (const [areaId, area] of from.areas) {
    let target = into.areas.get(areaId);
    if (!target) {
      target = { levels: new Map(), scoreSum: 0, scored: 0 };
      into.areas.set(areaId, target);
    }
    for (const [level, n] of area.levels) {
      target.levels.set(level, (target.levels.get(level) ?? 0) + n);
    }
    target.scoreSum += area.scoreSum;
    target.scored += area.scored;
  }
}

/**
 * The ancestors of each given owner in the Group hierarchy (each Group being
 * its own ancestor), from `group_closure`. An owner that is not a known
 * Group (a User) has none here and keeps its own counts.
 */
async function ancestorsOf(
  db: Knex,
  owners: string[],
): Promise<Map<string, string[]>> {
  const ancestors = new Map<string, string[]>();
  // A few hundred refs per statement, within every database's limit of bound values.
  for (let at = 0; at < owners.length; at += 500) {
    const part = owners.slice(at, at + 500);
    const rows: Array<{ ancestor_ref: string; descendant_ref: string }> =
      await db('group_closure')
        .whereIn('descendant_ref', part)
        .select('ancestor_ref', 'descendant_ref');
    for (const row of rows) {
      const list = ancestors.get(row.descendant_ref) ?? [];
      list.push(row.ancestor_ref);
      ancestors.set(row.descendant_ref, list);
    }
  }
  return ancestors;
}

/**
 * Counts per direct group value: services, assessed, stale, provisional and
 * overall levels from `entity_index`, and per area the levels and scores
 * from `entity_area_index`, the levels kept apart per assessment status;
 * two aggregate queries in all.
 */
async function directTallies(
  db: Knex,
  options: { key: GroupKey; filters: OverviewFilters; staleBefore: Date },
): Promise<Map<string | null, GroupTally>> {
  const { staleBefore } = options;
  const [overallRows, areaRows] = await Promise.all([
    aggregate(db, {
      ...options,
      groupBy: { level_id: 'e.overall_level' },
      addCounts: q =>
        q
          .count({ n: '*' })
          .count({ assessed: 'e.assessed_at' })
          .select(
            db.raw(
              'sum(case when e.assessed_at < ? then 1 else 0 end) as stale',
              [staleBefore],
            ),
            db.raw(
              'sum(case when e.submission_id is not null and e.review_id is not null then 1 else 0 end) as reviewed',
            ),
          ),
    }),
    aggregate(db, {
      ...options,
      join: q =>
        q.join('entity_area_index as a', 'a.entity_ref', 'e.entity_ref'),
      groupBy: { area_id: 'a.area_id', level_id: 'a.level_id' },
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
      tally = emptyTally();
      tallies.set(ref, tally);
    }
    return tally;
  };
  // Not-assessed services have no level and no score: they count as
  // services in scope only.
  const figuresOf = (tally: GroupTally, status: unknown) =>
    status === 'assessed' || status === 'provisional'
      ? tally.figures[status]
      : undefined;
  for (const row of overallRows) {
    const tally = tallyOf(row.group_ref);
    const n = num(row.n);
    tally.services += n;
    tally.assessed += num(row.assessed);
    tally.stale += num(row.stale);
    tally.reviewed += num(row.reviewed);
    if (row.status === 'provisional') tally.provisional += n;
    const figures = figuresOf(tally, row.status);
    if (!figures) continue;
    const level = row.level_id as string | null;
    figures.overall.set(level, (figures.overall.get(level) ?? 0) + n);
  }
  for (const row of areaRows) {
    const figures = figuresOf(tallyOf(row.group_ref), row.status);
    if (!figures) continue;
    const areaId = row.area_id as string;
    let area = figures.areas.get(areaId);
    if (!area) {
      area = { levels: new Map(), scoreSum: 0, scored: 0 };
      figures.areas.set(areaId, area);
    }
    const level = row.level_id as string | null;
    area.levels.set(level, (area.levels.get(level) ?? 0) + num(row.n));
    area.scoreSum += num(row.score_sum);
    area.scored += num(row.scored);
  }
  return tallies;
}

/**
 * The organisation's counts (every filtered service) and the counts per
 * owner, system or domain, from one pair of aggregate queries. Owners are
 * rolled up the Group hierarchy: a Group counts the services of its
 * sub-groups too.
 */
export async function talliesByGroup(
  db: Knex,
  options: {
    key: Exclude<GroupKey, 'all'>;
    filters: OverviewFilters;
    staleBefore: Date;
  },
): Promise<{ all: GroupTally; groups: Map<string | null, GroupTally> }> {
  const direct = await directTallies(db, options);
  const all = emptyTally();
  for (const tally of direct.values()) addTally(all, tally);
  if (options.key !== 'owner') return { all, groups: direct };

  const ancestors = await ancestorsOf(
    db,
    [...direct.keys()].filter((ref): ref is string => ref !== null),
  );
  const groups = new Map<string | null, GroupTally>();
  for (const [ref, tally] of direct) {
    for (const target of (ref !== null && ancestors.get(ref)) || [ref]) {
      let rolled = groups.get(target);
      if (!rolled) {
        rolled = emptyTally();
        groups.set(target, rolled);
      }
      addTally(rolled, tally);
    }
  }
  return { all, groups };
}
