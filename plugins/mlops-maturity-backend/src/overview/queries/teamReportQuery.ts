import type {
  MaturityModel,
  TeamReportInput,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { num } from './distributions';
import { applyFilters, type OverviewFilters } from './filters';
import { queryOverview } from './overviewQuery';
import type { EntityVisibility } from './visibility';

/**
 * What a group's team report is built from, or undefined when the index
 * has no such Group: the roll-up over its services and its direct
 * sub-groups (the owner overview filtered to the group), and how many of its
 * assessed services each unmet criterion blocks (one GROUP BY over
 * `entity_gaps`). Only the services in `visibleTo` count, in every figure.
 */
export async function queryTeamReportInput(
  db: Knex,
  model: MaturityModel,
  options: {
    groupRef: string;
    staleBefore: Date;
    visibleTo: EntityVisibility;
    /** Whether the figures count the provisional services too. */
    includeProvisional?: boolean;
  },
): Promise<TeamReportInput | undefined> {
  const { groupRef, staleBefore, visibleTo } = options;
  const group = await db('group_index').where({ group_ref: groupRef }).first();
  if (!group) return undefined;
  const filters: OverviewFilters = {
    owner: [groupRef],
    visibleTo,
    includeProvisional: options.includeProvisional,
  };

  const gapsQuery: Knex.QueryBuilder = db('entity_gaps as g')
    .join('entity_index as e', 'e.entity_ref', 'g.entity_ref')
    .whereNotNull('e.assessed_at')
    .select('g.criterion_id')
    .count({ n: '*' })
    .groupBy('g.criterion_id');
  applyFilters(gapsQuery, filters, staleBefore);

  const [overview, gapRows] = await Promise.all([
    queryOverview(db, model, { groupBy: 'owner', filters, staleBefore }),
    gapsQuery.then(rows => rows as Array<{ criterion_id: string; n: unknown }>),
  ]);
  return {
    group: {
      ref: groupRef,
      title: group.title,
      type: group.type,
      parentRef: group.parent_ref,
    },
    summary: overview.organisation,
    // The owner overview also rolls the group's services up to its ancestors; keep its children.
    subgroups: overview.groups.filter(g => g.parentRef === groupRef),
    gaps: gapRows.map(row => ({
      criterionId: String(row.criterion_id),
      services: num(row.n),
    })),
  };
}
