/**
 * Bodies of the organisation endpoints (`/overview*`), shared by the backend
 * router and the frontend client. The backend's OpenAPI spec describes the
 * same shapes. The query parameters are in `overviewContract.ts`.
 */
import type { OVERVIEW_GROUP_BYS } from './overviewContract';

/**
 * Where a service stands: `assessed` (it has at least one submission, fresh
 * or stale), `provisional` (no submission, but sufficient catalog evidence
 * gives it levels: catalog-only, never shown as an assessed level) or
 * `not-assessed` (neither).
 * @public
 */
export type AssessmentStatus = 'assessed' | 'provisional' | 'not-assessed';

/** Every {@link AssessmentStatus}, most assessed first. @public */
export const ASSESSMENT_STATUSES: readonly AssessmentStatus[] = [
  'assessed',
  'provisional',
  'not-assessed',
];

/**
 * The status of a service from its latest submission and its current
 * overall level (null when no area has a level).
 * @public
 */
export function assessmentStatusOf(service: {
  submissionId: string | null;
  overallLevelId: string | null;
}): AssessmentStatus {
  if (service.submissionId !== null) return 'assessed';
  return service.overallLevelId !== null ? 'provisional' : 'not-assessed';
}

/**
 * Which services a figure counts: the assessed ones only (the default), or
 * the provisional ones too (`includeProvisional=true`).
 * @public
 */
export type OverviewCovers = 'assessed' | 'assessed+provisional';

/**
 * How many services a set has in each status: the first-class coverage
 * figure of a group and of the organisation.
 * @public
 */
export interface OverviewCoverage {
  /** Services matching the filters. */
  inScope: number;
  /** Services with at least one submission (fresh or stale). */
  assessed: number;
  /** Assessed services whose latest submission is older than `staleAfterDays`. */
  stale: number;
  /** Services without a submission whose catalog evidence gives them levels. */
  provisional: number;
  /** Assessed services whose latest submission has been reviewed (an assessor's review). */
  reviewed: number;
}

/** How `GET /overview` groups services (the contract's `OVERVIEW_GROUP_BYS`). @public */
export type OverviewGroupBy = (typeof OVERVIEW_GROUP_BYS)[number];

/**
 * How many services are at one level. `levelId` null counts the services
 * without a level (not assessed).
 * @public
 */
export interface LevelCount {
  levelId: string | null;
  count: number;
}

/** One area across a set of services. @public */
export interface OverviewAreaSummary {
  areaId: string;
  /** Every level of the model, lowest first, then `null` (not assessed); zero counts included. */
  distribution: LevelCount[];
  /**
   * The median level of the services that have a level in this area (the
   * lower median for an even count, so it is a level some service holds);
   * null when none has one.
   */
  medianLevelId: string | null;
  /** Mean score 0-100 (one decimal) of the services with a score; null when none. */
  meanScore: number | null;
}

/**
 * Figures over a set of services: a group, or the whole (filtered)
 * organisation. Levels, medians and means count the services `covers`
 * names; every other service in scope counts as without a level (`null`).
 * @public
 */
export interface OverviewSummary {
  /** Which services the levels, medians and means count. */
  covers: OverviewCovers;
  /** Services in scope per status. */
  coverage: OverviewCoverage;
  services: number;
  /** Services with at least one submitted assessment. */
  assessed: number;
  /** Assessed services whose latest submission is older than `staleAfterDays`. */
  stale: number;
  /** assessed / services, 0-1 (0 without services). */
  assessedShare: number;
  /** stale / services, 0-1 (0 without services). */
  staleShare: number;
  /** Overall levels of the model, lowest first, then `null` (no overall level). */
  overall: LevelCount[];
  /** The median overall level (lower median) of the services that have one. */
  medianOverallLevelId: string | null;
  /** One entry per area of the model, in model order. */
  areas: OverviewAreaSummary[];
}

/** One group of `GET /overview`. @public */
export interface OverviewGroup extends OverviewSummary {
  /**
   * The owner, system or domain entity ref; null for the services that have
   * none (only for system and domain grouping).
   */
  ref: string | null;
  /** The entity's title, or its name when it has no title; empty for `ref` null. */
  title: string;
  /** For owners: the Group's `spec.type` (team, department...); null otherwise. */
  type: string | null;
  /** For owners: the parent Group; for systems: the domain; null otherwise. */
  parentRef: string | null;
}

/** `GET /overview?groupBy=owner|system|domain`. @public */
export interface OverviewResponse {
  groupBy: OverviewGroupBy;
  /** Every service that matches the filters, for comparison with the groups. */
  organisation: OverviewSummary;
  /** Groups with at least one matching service, ordered by title. */
  groups: OverviewGroup[];
  staleAfterDays: number;
  /** When the last catalog refresh of the index finished; null before the first. */
  refreshedAt: string | null;
  /**
   * `mlopsMaturity.overview.minimumAssessedForMedian`: how many services of
   * a group must have a level in an area before the group's median level
   * there is shown; fewer, and the views say so instead of a level. Absent
   * from backends older than the setting: read it as
   * {@link DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN}.
   */
  minimumAssessedForMedian?: number;
}

/** The default of {@link OverviewResponse.minimumAssessedForMedian}. @public */
export const DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN = 1;

/** One row of `GET /overview/entities`. @public */
export interface OverviewEntityRow {
  entityRef: string;
  kind: string;
  namespace: string;
  name: string;
  title: string | null;
  ownerRef: string | null;
  systemRef: string | null;
  domainRef: string | null;
  lifecycle: string | null;
  type: string | null;
  tags: string[];
  /** Assessed, provisional (levels from the catalog only) or not assessed. */
  status: AssessmentStatus;
  /** The overall level; for a provisional service, from the catalog only. */
  overallLevelId: string | null;
  /** Level and score per area id; for a provisional service, from the catalog only. */
  areas: Record<string, { levelId: string | null; score: number | null }>;
  /** Time of the latest submission; null when never assessed. */
  assessedAt: string | null;
  assessedBy: string | null;
  submissionId: string | null;
  stale: boolean;
  /** Whether the latest submission has an assessor's review. */
  reviewed: boolean;
  /** Version of the model the levels were computed with. */
  modelVersion: string | null;
}

/** `GET /overview/entities`. @public */
export interface OverviewEntitiesResponse {
  items: OverviewEntityRow[];
  /** Rows matching the filters, over all pages. */
  total: number;
  offset: number;
  limit: number;
  /** The sort key that was applied, for example `name` or `area:monitoring:level`. */
  sort: string;
  order: 'asc' | 'desc';
}

/** One month of `GET /overview/trends`. @public */
export interface TrendMonth {
  /** `YYYY-MM` (UTC). */
  month: string;
  /** The end of the month (exclusive), ISO 8601; submissions before it count. */
  end: string;
  /** Services with a submission before `end`. */
  assessed: number;
  /** Provisional services the month counts (only the current month, with `includeProvisional=true`). */
  provisional: number;
  /** Overall levels of each service's latest submission before `end`; `null` counts services without one. */
  overall: LevelCount[];
  medianOverallLevelId: string | null;
  /** Per area, in model order: the levels of those same submissions. */
  areas: Array<{
    areaId: string;
    distribution: LevelCount[];
    medianLevelId: string | null;
  }>;
}

/** `GET /overview/trends`. @public */
export interface OverviewTrendsResponse {
  /** Services matching the filters today; every month counts these. */
  services: number;
  /**
   * Which services the months count: submissions only, or (with
   * `includeProvisional=true`) also the provisional services at their
   * catalog-only levels in the current month, as `GET /overview` does.
   */
  covers: OverviewCovers;
  /** Services matching the filters today without a submission whose catalog evidence gives them levels. */
  provisional: number;
  /** Oldest month first; the last is the current month. */
  months: TrendMonth[];
}

/** `POST /overview/refresh`. @public */
export interface OverviewRefreshResponse {
  /** ML services read from the catalog and written to the index. */
  entities: number;
  /** Services that were in the index but are no longer in the catalog. */
  leftCatalog: number;
  durationMs: number;
}
