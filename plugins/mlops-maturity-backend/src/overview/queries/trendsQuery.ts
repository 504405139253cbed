import type {
  MaturityModel,
  OverviewTrendsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { distributionOf, medianLevelOf, num } from './distributions';
import { isPostgres } from './dialect';
import { countEntities } from './entitiesQuery';
import { applyFilters, type OverviewFilters } from './filters';
import { STATUS_SQL } from './groupTallies';

/** The exclusive ends of the last `count` calendar months (UTC), oldest first; the last month is the current one. */
export function monthEnds(now: Date, count: number): Date[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from(
    { length: count },
    (_, i) => new Date(Date.UTC(year, month - (count - 1 - i) + 1, 1)),
  );
}

/**
 * The months table and each filtered service's submissions with the time of
 * its next one: a submission stands for every month end from its own time
 * until the next submission, so joining it with the months gives each
 * service's latest submission at each month's end, in one pass.
 */
function historyByMonth(
  db: Knex,
  ends: Date[],
  filters: OverviewFilters,
  staleBefore: Date,
): Knex.QueryBuilder {
  const filtered = db('entity_index as e').select('e.entity_ref');
  applyFilters(filtered, filters, staleBefore);
  const history = db('submissions as s')
    .whereIn('s.entity_ref', filtered)
    .select(
      's.entity_ref',
      's.overall_level',
      's.area_levels',
      's.submitted_at',
      db.raw(
        'lead(s.submitted_at) over (partition by s.entity_ref order by s.submitted_at, s.id) as next_at',
      ),
    );
  const time = isPostgres(db) ? 'cast(? as timestamptz)' : '?';
  const months = db.raw(
    ends
      .map((_, i) => `select ${i} as m, ${time} as month_end`)
      .join(' union all '),
    ends,
  );
  return db
    .with('h', history)
    .with('months', months)
    .from('months as m')
    .join('h', join =>
      join
        .on('h.submitted_at', '<', 'm.month_end')
        .andOn(next =>
          next.onNull('h.next_at').orOn('h.next_at', '>=', 'm.month_end'),
        ),
    );
}

/**
 * `GET /overview/trends`: per month, the overall and per-area levels of each
 * filtered service's latest submission before the month's end (levels as
 * computed when it was submitted); with `includeProvisional`, the current
 * month also counts the provisional services at their index levels. Four
 * aggregate queries.
 */
export async function queryTrends(
  db: Knex,
  model: MaturityModel,
  options: {
    filters: OverviewFilters;
    staleBefore: Date;
    months: number;
    now: Date;
  },
): Promise<OverviewTrendsResponse> {
  const { filters, staleBefore } = options;
  const ends = monthEnds(options.now, options.months);
  const areaJson = isPostgres(db)
    ? 'cross join lateral json_each_text(h.area_levels::json) as a'
    : 'cross join json_each(h.area_levels) as a';
  const provisionalOnly = (q: Knex.QueryBuilder) => {
    applyFilters(q, filters, staleBefore);
    return q.whereRaw(`${STATUS_SQL} = 'provisional'`);
  };
  const [services, overallRows, areaRows, provisionalRows, provisionalAreas] =
    await Promise.all([
      countEntities(db, filters, staleBefore),
      historyByMonth(db, ends, filters, staleBefore)
        .select('m.m', 'h.overall_level as level_id')
        .count({ n: '*' })
        .groupBy('m.m', 'h.overall_level'),
      historyByMonth(db, ends, filters, staleBefore)
        .joinRaw(areaJson)
        .select('m.m', 'a.key as area_id', 'a.value as level_id')
        .count({ n: '*' })
        .groupBy('m.m', 'a.key', 'a.value'),
      provisionalOnly(db('entity_index as e'))
        .select('e.overall_level as level_id')
        .count({ n: '*' })
        .groupBy('e.overall_level'),
      provisionalOnly(
        db('entity_index as e').join(
          'entity_area_index as a',
          'a.entity_ref',
          'e.entity_ref',
        ),
      )
        .select('a.area_id', 'a.level_id')
        .count({ n: '*' })
        .groupBy('a.area_id', 'a.level_id'),
    ]);
  const provisional = (provisionalRows as Array<{ n: unknown }>).reduce(
    (sum: number, r) => sum + num(r.n),
    0,
  );

  const levelIds = model.levels.map(l => l.id);
  const overallIds = model.overallLevels.map(l => l.id);
  const overall = ends.map(() => new Map<string | null, number>());
  const assessed = ends.map(() => 0);
  for (const row of overallRows) {
    const m = num(row.m);
    overall[m].set(row.level_id, num(row.n));
    assessed[m] += num(row.n);
  }
  const areas = ends.map(() => new Map<string, Map<string | null, number>>());
  for (const row of areaRows) {
    const byLevel = areas[num(row.m)].get(row.area_id) ?? new Map();
    byLevel.set(row.level_id, num(row.n));
    areas[num(row.m)].set(row.area_id, byLevel);
  }
  // The provisional services have no history: with includeProvisional they
  // count in the current month, at their catalog-only levels, as in
  // `GET /overview`.
  const current = ends.length - 1;
  const counted = ends.map(() => 0);
  if (filters.includeProvisional) {
    counted[current] = provisional;
    for (const row of provisionalRows) {
      const level = row.level_id as string;
      overall[current].set(
        level,
        (overall[current].get(level) ?? 0) + num(row.n),
      );
    }
    for (const row of provisionalAreas) {
      const byLevel = areas[current].get(row.area_id) ?? new Map();
      const level = row.level_id as string | null;
      byLevel.set(level, (byLevel.get(level) ?? 0) + num(row.n));
      areas[current].set(row.area_id, byLevel);
    }
  }
  const withLevel = (ids: string[], counts: Map<string | null, number>) =>
    ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);

  return {
    services,
    covers: filters.includeProvisional ? 'assessed+provisional' : 'assessed',
    provisional,
    months: ends.map((end, m) => {
      const start = new Date(
        Date.UTC(end.getUTCFullYear(), end.getUTCMonth() - 1, 1),
      );
      const overallDistribution = distributionOf(
        overallIds,
        overall[m],
        services - withLevel(overallIds, overall[m]),
      );
      return {
        month: start.toISOString().slice(0, 7),
        end: end.toISOString(),
        assessed: assessed[m],
        provisional: counted[m],
        overall: overallDistribution,
        medianOverallLevelId: medianLevelOf(overallDistribution),
        areas: model.areas.map(area => {
          const counts = areas[m].get(area.id) ?? new Map();
          const distribution = distributionOf(
            levelIds,
            counts,
            services - withLevel(levelIds, counts),
          );
          return {
            areaId: area.id,
            distribution,
            medianLevelId: medianLevelOf(distribution),
          };
        }),
      };
    }),
  };
}
