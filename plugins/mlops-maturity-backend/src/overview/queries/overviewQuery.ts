import type {
  MaturityModel,
  OverviewGroup,
  OverviewGroupBy,
  OverviewSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { chunks } from '../../database/chunks';
import {
  distributionOf,
  meanOf,
  medianLevelOf,
  shareOf,
} from './distributions';
import type { OverviewFilters } from './filters';
import {
  addFigures,
  emptyFigures,
  talliesByGroup,
  type GroupTally,
} from './groupTallies';

/**
 * The figures of a tally: coverage, shares, distributions in model order,
 * medians and means. Levels count the assessed services, and the
 * provisional ones with `includeProvisional`; every other service in scope
 * counts as without a level.
 */
export function summaryOf(
  model: MaturityModel,
  tally: GroupTally | undefined,
  includeProvisional = false,
): OverviewSummary {
  const services = tally?.services ?? 0;
  const figures = emptyFigures();
  if (tally) {
    addFigures(figures, tally.figures.assessed);
    if (includeProvisional) addFigures(figures, tally.figures.provisional);
  }
  const levelIds = model.levels.map(l => l.id);
  const overallIds = model.overallLevels.map(l => l.id);
  const known = (ids: string[], counts: Map<string | null, number>) =>
    ids.reduce((sum, id) => sum + (counts.get(id) ?? 0), 0);
  const overallCounts = figures.overall;
  const overall = distributionOf(
    overallIds,
    overallCounts,
    services - known(overallIds, overallCounts),
  );
  return {
    covers: includeProvisional ? 'assessed+provisional' : 'assessed',
    coverage: {
      inScope: services,
      assessed: tally?.assessed ?? 0,
      stale: tally?.stale ?? 0,
      provisional: tally?.provisional ?? 0,
      reviewed: tally?.reviewed ?? 0,
    },
    services,
    assessed: tally?.assessed ?? 0,
    stale: tally?.stale ?? 0,
    assessedShare: shareOf(tally?.assessed ?? 0, services),
    staleShare: shareOf(tally?.stale ?? 0, services),
    overall,
    medianOverallLevelId: medianLevelOf(overall),
    areas: model.areas.map(area => {
      const areaTally = figures.areas.get(area.id);
      const levels = areaTally?.levels ?? new Map();
      // Services indexed before the model had this area have no row: not assessed.
      const distribution = distributionOf(
        levelIds,
        levels,
        services - known(levelIds, levels),
      );
      return {
        areaId: area.id,
        distribution,
        medianLevelId: medianLevelOf(distribution),
        meanScore: meanOf(areaTally?.scoreSum ?? 0, areaTally?.scored ?? 0),
      };
    }),
  };
}

interface GroupInfo {
  title: string;
  type: string | null;
  parentRef: string | null;
}

const INFO_QUERIES: Record<
  OverviewGroupBy,
  { table: string; key: string; type?: string; parent?: string }
> = {
  owner: {
    table: 'group_index',
    key: 'group_ref',
    type: 'type',
    parent: 'parent_ref',
  },
  system: { table: 'system_index', key: 'system_ref', parent: 'domain_ref' },
  domain: { table: 'domain_index', key: 'domain_ref' },
};

/** Titles, types and parents of the groups, from the organisation tables. */
async function groupInfo(
  db: Knex,
  groupBy: OverviewGroupBy,
  refs: string[],
): Promise<Map<string, GroupInfo>> {
  const { table, key, type, parent } = INFO_QUERIES[groupBy];
  const info = new Map<string, GroupInfo>();
  for (const part of chunks(refs)) {
    const rows: Array<Record<string, string | null>> = await db(table)
      .whereIn(key, part)
      .select(
        key,
        'title',
        ...(type ? [type] : []),
        ...(parent ? [parent] : []),
      );
    for (const row of rows) {
      info.set(row[key]!, {
        title: row.title ?? row[key]!,
        type: type ? row[type] : null,
        parentRef: parent ? row[parent] : null,
      });
    }
  }
  return info;
}

/** The name part of a ref, as a title for an entity the index has no row for. */
function nameOf(ref: string): string {
  return ref.slice(ref.indexOf('/') + 1);
}

/**
 * `GET /overview`: the organisation (every filtered service) and one entry
 * per owner, system or domain with at least one filtered service, ordered by
 * title; services without a system or domain form a group with ref null.
 * With `groupType`, owners are limited to Groups of that `spec.type`.
 */
export async function queryOverview(
  db: Knex,
  model: MaturityModel,
  options: {
    groupBy: OverviewGroupBy;
    groupType?: string;
    filters: OverviewFilters;
    staleBefore: Date;
  },
): Promise<{ organisation: OverviewSummary; groups: OverviewGroup[] }> {
  const { groupBy, filters, staleBefore } = options;
  const { all, groups: tallies } = await talliesByGroup(db, {
    key: groupBy,
    filters,
    staleBefore,
  });
  const refs = [...tallies.keys()].filter((r): r is string => r !== null);
  const info = await groupInfo(db, groupBy, refs);
  const wantedType = options.groupType?.toLocaleLowerCase('en-US');
  const groups: OverviewGroup[] = [];
  for (const [ref, tally] of tallies) {
    const known = ref === null ? undefined : info.get(ref);
    const type = known?.type ?? null;
    if (wantedType && type?.toLocaleLowerCase('en-US') !== wantedType) continue;
    groups.push({
      ref,
      title: ref === null ? '' : known?.title ?? nameOf(ref),
      type,
      parentRef: known?.parentRef ?? null,
      ...summaryOf(model, tally, filters.includeProvisional),
    });
  }
  groups.sort((a, b) => {
    if (a.ref === null || b.ref === null) return a.ref === null ? 1 : -1;
    return (
      a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }) ||
      a.ref.localeCompare(b.ref)
    );
  });
  return {
    organisation: summaryOf(model, all, filters.includeProvisional),
    groups,
  };
}
