import type {
  OverviewEntitiesResponse,
  OverviewLevelsResponse,
  OverviewEntityRow,
  OverviewGroup,
  OverviewGroupBy,
  OverviewRefreshResponse,
  OverviewSummary,
  OverviewTrendsResponse,
  TeamReportInput,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import type { IndexEntry } from './indexEntry';
import type { EntityListOptions } from './queries/entitiesQuery';
import type { LevelsPageOptions } from './queries/levelsQuery';
import type { OverviewFilters, RequestFilters } from './queries/filters';
import type {
  EntityVisibility,
  IndexPredicate,
  VisibilityCandidate,
} from './queries/visibility';

/**
 * Reads of the organisation index, aggregated in the database. Every read
 * sees only services in the catalog that match the filters and that the
 * caller may see (`filters.visibleTo`, required); `staleBefore` is now minus
 * `staleAfterDays`.
 */
export interface OverviewStore {
  overview(options: {
    groupBy: OverviewGroupBy;
    groupType?: string;
    filters: OverviewFilters;
    staleBefore: Date;
  }): Promise<{ organisation: OverviewSummary; groups: OverviewGroup[] }>;

  entities(
    options: EntityListOptions,
  ): Promise<Pick<OverviewEntitiesResponse, 'items' | 'total'>>;

  /** Every matching service in order, a batch at a time. */
  exportRows(
    options: Omit<EntityListOptions, 'offset' | 'limit'>,
  ): AsyncGenerator<OverviewEntityRow[]>;

  trends(options: {
    filters: OverviewFilters;
    staleBefore: Date;
    months: number;
    now: Date;
  }): Promise<OverviewTrendsResponse>;

  /** Undefined when the index has no such Group. Counts only the services in `visibleTo`. */
  teamReportInput(options: {
    groupRef: string;
    staleBefore: Date;
    visibleTo: EntityVisibility;
    /** Whether the figures count the provisional services too. */
    includeProvisional?: boolean;
  }): Promise<TeamReportInput | undefined>;

  /**
   * The services matching the request's filters and `where`, with what a
   * permission condition is decided on (kind, owner, the snapshot's
   * entity), a batch at a time; for conditions the database cannot apply.
   */
  visibilityCandidates(options: {
    filters: RequestFilters;
    staleBefore: Date;
    where: IndexPredicate;
  }): AsyncGenerator<VisibilityCandidate[]>;

  /**
   * One page of every service in the catalog with its status and overall
   * level, in entity ref order (for the catalog labels module).
   */
  levels(options: LevelsPageOptions): Promise<OverviewLevelsResponse>;

  /** When the last catalog refresh finished; null before the first. */
  refreshedAt(): Promise<string | null>;

  /**
   * Writes one service's entry (after a submission or a change of its
   * targets); inside `tx` when given, so it commits with the change itself.
   */
  writeEntry(entry: IndexEntry, tx?: Knex.Transaction): Promise<void>;
}

/** Rebuilds the index from the catalog on demand. */
export interface IndexRefresher {
  refresh(): Promise<OverviewRefreshResponse>;
}
