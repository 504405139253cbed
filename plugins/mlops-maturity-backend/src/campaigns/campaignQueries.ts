/*
 * Campaign progress over the organisation index: the scope is the
 * organisation filters (applyFilters, with the caller's visibility), and
 * whether a service meets the goal is one SQL expression over its indexed
 * levels, so the progress of ten thousand services is one aggregate query
 * and the catalog is never called.
 */
import {
  campaignShortfall,
  CAMPAIGN_MISSING_LIMIT,
  type AssessmentStatus,
  type Campaign,
  type CampaignCountRow,
  type CampaignMissingService,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { chunks } from '../database/chunks';
import { applyFilters, applyRequestFilters } from '../overview/queries/filters';
import { STATUS_SQL } from '../overview/queries/groupTallies';
import type { EntityVisibility } from '../overview/queries/visibility';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The SQL (over `entity_index` aliased `e`) that is true when a service
 * meets the goal: each named area at least at its level, the overall level
 * at least the goal's (the index holds the overall level the model's rules
 * give, the same the common `campaignShortfall` checks area by area), and
 * the latest submission recent enough. The same test as
 * `campaignShortfall(...).meets` on the indexed levels.
 */
export function meetsGoalSql(
  model: MaturityModel,
  campaign: Pick<Campaign, 'goal'>,
  now: Date,
): [string, Knex.RawBinding[]] {
  const levelRank = new Map(model.levels.map((l, i) => [l.id, i]));
  const overallRank = new Map(model.overallLevels.map((l, i) => [l.id, i]));
  const parts: string[] = [];
  const bindings: Knex.RawBinding[] = [];
  for (const [areaId, levelId] of Object.entries(campaign.goal.areas ?? {})) {
    parts.push(
      'exists (select 1 from entity_area_index a where a.entity_ref = e.entity_ref and a.area_id = ? and a.level_rank >= ?)',
    );
    // A level the model no longer has cannot be met.
    bindings.push(areaId, levelRank.get(levelId) ?? Number.MAX_SAFE_INTEGER);
  }
  if (campaign.goal.overall !== undefined) {
    parts.push('e.overall_rank >= ?');
    bindings.push(
      overallRank.get(campaign.goal.overall) ?? Number.MAX_SAFE_INTEGER,
    );
  }
  if (campaign.goal.assessedWithinDays !== undefined) {
    parts.push('e.assessed_at >= ?');
    bindings.push(
      new Date(now.getTime() - campaign.goal.assessedWithinDays * DAY_MS),
    );
  }
  // coalesce: a NULL level or date is "does not meet", never unknown.
  return [
    parts.length ? `coalesce((${parts.join(' and ')}), false)` : '1 = 1',
    bindings,
  ];
}

/** The common part of the campaign queries: its scope, for one caller. */
export interface CampaignQuery {
  model: MaturityModel;
  campaign: Campaign;
  visibleTo: EntityVisibility;
  staleBefore: Date;
  now: Date;
}

function scoped(db: Knex, q: CampaignQuery): Knex.QueryBuilder {
  return applyFilters(
    db('entity_index as e'),
    { ...q.campaign.scope, visibleTo: q.visibleTo },
    q.staleBefore,
  );
}

/** Services of the scope per owner, status and whether they meet the goal. */
export async function campaignCounts(
  db: Knex,
  q: CampaignQuery,
): Promise<CampaignCountRow[]> {
  const [meetsSql, bindings] = meetsGoalSql(q.model, q.campaign, q.now);
  const meetsExpr = `case when ${meetsSql} then 1 else 0 end`;
  // Grouped outside: PostgreSQL does not see a select expression and a group
  // expression with their own bound parameters as the same expression.
  const perService = scoped(db, q).select(
    { owner_ref: 'e.owner_ref' },
    db.raw(`${STATUS_SQL} as status`),
    db.raw(`${meetsExpr} as meets`, bindings),
  );
  const rows: Array<{
    owner_ref: string | null;
    status: AssessmentStatus;
    meets: number | string | boolean;
    n: number | string;
  }> = await db
    .from(perService.as('s'))
    .select('s.owner_ref', 's.status', 's.meets')
    .count({ n: '*' })
    .groupBy('s.owner_ref', 's.status', 's.meets');
  return rows.map(r => ({
    ownerRef: r.owner_ref,
    status: r.status,
    meets: Number(r.meets) === 1,
    count: Number(r.n),
  }));
}

/** Titles of the teams (Groups of the index; other owners keep their ref). */
export async function teamTitles(
  db: Knex,
  refs: string[],
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (const part of chunks(refs)) {
    const rows: Array<{ group_ref: string; title: string }> = await db(
      'group_index',
    )
      .whereIn('group_ref', part)
      .select('group_ref', 'title');
    for (const row of rows) titles.set(row.group_ref, row.title);
  }
  return titles;
}

interface MissingRow {
  entity_ref: string;
  title: string | null;
  name: string;
  owner_ref: string | null;
  status: AssessmentStatus;
  assessed_at: Date | string | null;
  submission_id: string | null;
}

/**
 * The services of the scope that miss the goal, by owner then name, with
 * what each lacks; at most `limit` (default {@link CAMPAIGN_MISSING_LIMIT}).
 */
export async function campaignMissing(
  db: Knex,
  q: CampaignQuery,
  limit: number = CAMPAIGN_MISSING_LIMIT,
  offset = 0,
): Promise<
  Array<
    CampaignMissingService & {
      submissionId: string | null;
      assessedAt: string | null;
    }
  >
> {
  const [meetsSql, bindings] = meetsGoalSql(q.model, q.campaign, q.now);
  const rows: MissingRow[] = await scoped(db, q)
    .whereRaw(`not (${meetsSql})`, bindings)
    .select(
      'e.entity_ref',
      'e.title',
      'e.name',
      'e.owner_ref',
      'e.assessed_at',
      'e.submission_id',
      db.raw(`${STATUS_SQL} as status`),
    )
    .orderByRaw('e.owner_ref is null')
    .orderBy(['e.owner_ref', 'e.sort_name', 'e.entity_ref'])
    .limit(limit)
    .offset(offset);
  const levels = await areaLevelsOf(
    db,
    rows.map(r => r.entity_ref),
  );
  return rows.map(row => ({
    entityRef: row.entity_ref,
    title: row.title ?? row.name,
    ownerRef: row.owner_ref,
    status: row.status,
    submissionId: row.submission_id,
    assessedAt:
      row.assessed_at === null ? null : new Date(row.assessed_at).toISOString(),
    shortfall: campaignShortfall(
      q.model,
      q.campaign.goal,
      {
        areaLevels: levels.get(row.entity_ref) ?? {},
        assessedAt: row.assessed_at,
      },
      q.now,
    ),
  }));
}

async function areaLevelsOf(
  db: Knex,
  refs: string[],
): Promise<Map<string, Record<string, string | null>>> {
  const levels = new Map<string, Record<string, string | null>>();
  for (const part of chunks(refs)) {
    const rows: Array<{
      entity_ref: string;
      area_id: string;
      level_id: string | null;
    }> = await db('entity_area_index')
      .whereIn('entity_ref', part)
      .select('entity_ref', 'area_id', 'level_id');
    for (const row of rows) {
      const entry = levels.get(row.entity_ref) ?? {};
      entry[row.area_id] = row.level_id;
      levels.set(row.entity_ref, entry);
    }
  }
  return levels;
}

/**
 * The campaigns whose scope holds a service, whoever asks (the caller was
 * already allowed to read the service itself). One small query per
 * campaign; campaigns in force are few.
 */
export async function campaignsHolding(
  db: Knex,
  campaigns: Campaign[],
  entityRef: string,
  staleBefore: Date,
): Promise<Campaign[]> {
  const held = await Promise.all(
    campaigns.map(async campaign => {
      const row = await applyRequestFilters(
        db('entity_index as e').where('e.entity_ref', entityRef),
        campaign.scope,
        staleBefore,
      )
        .select('e.entity_ref')
        .first();
      return row ? campaign : undefined;
    }),
  );
  return held.filter((c): c is Campaign => c !== undefined);
}
