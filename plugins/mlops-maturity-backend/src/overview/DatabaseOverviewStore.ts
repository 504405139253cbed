import {
  resolvePackagePath,
  type DatabaseService,
} from '@backstage/backend-plugin-api';
import type {
  MaturityModel,
  OverviewEntitiesResponse,
  OverviewEntityRow,
  OverviewGroup,
  OverviewGroupBy,
  OverviewLevelsResponse,
  OverviewSummary,
  OverviewTrendsResponse,
  TeamReportInput,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { withDatabaseErrors } from '../database/databaseErrors';
import type { IndexEntry } from './indexEntry';
import { writeIndexEntriesIn } from './indexWrites';
import { REFRESHED_AT_KEY } from './OverviewRefresher';
import type { OverviewStore } from './OverviewStore';
import {
  countEntities,
  exportEntities,
  listEntities,
  type EntityListOptions,
} from './queries/entitiesQuery';
import type { OverviewFilters, RequestFilters } from './queries/filters';
import { listLevels, type LevelsPageOptions } from './queries/levelsQuery';
import { queryOverview } from './queries/overviewQuery';
import { queryTeamReportInput } from './queries/teamReportQuery';
import { queryTrends } from './queries/trendsQuery';
import type {
  EntityVisibility,
  IndexPredicate,
  VisibilityCandidate,
} from './queries/visibility';
import { visibilityCandidates } from './queries/visibilityCandidates';

const migrationsDir = resolvePackagePath(
  '@mlops-maturity/plugin-mlops-maturity-backend',
  'migrations',
);

/** Rows per query while exporting; the export streams them as they come. */
const EXPORT_BATCH_SIZE = 1000;

/**
 * {@link OverviewStore} on the plugin's database: every view is a few
 * aggregate queries over the index tables. Connection failures become
 * `ServiceUnavailableError` (503).
 */
export class DatabaseOverviewStore implements OverviewStore {
  /** Connects and brings the schema up to date, unless migrations are skipped. */
  static async create(options: {
    database: DatabaseService;
    model: MaturityModel;
  }): Promise<DatabaseOverviewStore> {
    const client = await options.database.getClient();
    if (!options.database.migrations?.skip) {
      await client.migrate.latest({ directory: migrationsDir });
    }
    return new DatabaseOverviewStore(client, options.model);
  }

  private constructor(
    /** The plugin's database, shared with the refresher. */
    readonly db: Knex,
    private readonly model: MaturityModel,
  ) {}

  /** Per group and for the whole organisation; see `queryOverview`. */
  overview(options: {
    groupBy: OverviewGroupBy;
    groupType?: string;
    filters: OverviewFilters;
    staleBefore: Date;
  }): Promise<{ organisation: OverviewSummary; groups: OverviewGroup[] }> {
    return withDatabaseErrors('overview read', () =>
      queryOverview(this.db, this.model, options),
    );
  }

  /** One page of services and the total over all pages. */
  entities(
    options: EntityListOptions,
  ): Promise<Pick<OverviewEntitiesResponse, 'items' | 'total'>> {
    return withDatabaseErrors('service list read', async () => {
      const [items, total] = await Promise.all([
        listEntities(this.db, options),
        countEntities(this.db, options.filters, options.staleBefore),
      ]);
      return { items, total };
    });
  }

  /** Every filtered service in order, a batch at a time, for streaming. */
  async *exportRows(
    options: Omit<EntityListOptions, 'offset' | 'limit'>,
  ): AsyncGenerator<OverviewEntityRow[]> {
    const batches = exportEntities(this.db, options, EXPORT_BATCH_SIZE);
    for (;;) {
      const next = await withDatabaseErrors('export', () => batches.next());
      if (next.done) return;
      if (next.value.length) yield next.value;
    }
  }

  /** Level distributions per month; see `queryTrends`. */
  trends(options: {
    filters: OverviewFilters;
    staleBefore: Date;
    months: number;
    now: Date;
  }): Promise<OverviewTrendsResponse> {
    return withDatabaseErrors('trends read', () =>
      queryTrends(this.db, this.model, options),
    );
  }

  /** The data of a group's report, or undefined for an unknown group. */
  teamReportInput(options: {
    groupRef: string;
    staleBefore: Date;
    visibleTo: EntityVisibility;
    /** Whether the figures count the provisional services too. */
    includeProvisional?: boolean;
  }): Promise<TeamReportInput | undefined> {
    return withDatabaseErrors('team report read', () =>
      queryTeamReportInput(this.db, this.model, options),
    );
  }

  /** Services whose visibility is decided outside the database; see `visibilityCandidates`. */
  async *visibilityCandidates(options: {
    filters: RequestFilters;
    staleBefore: Date;
    where: IndexPredicate;
  }): AsyncGenerator<VisibilityCandidate[]> {
    const batches = visibilityCandidates(this.db, options);
    for (;;) {
      const next = await withDatabaseErrors('permission check', () =>
        batches.next(),
      );
      if (next.done) return;
      yield next.value;
    }
  }

  /** One page of services with their status and overall level; see `listLevels`. */
  levels(options: LevelsPageOptions): Promise<OverviewLevelsResponse> {
    return withDatabaseErrors('levels read', () =>
      listLevels(this.db, options),
    );
  }

  /** When the last catalog refresh finished, or null before the first. */
  refreshedAt(): Promise<string | null> {
    return withDatabaseErrors('overview read', async () => {
      const row = await this.db('index_state')
        .where({ key: REFRESHED_AT_KEY })
        .first();
      return row ? String(row.value) : null;
    });
  }

  /** Writes one service's entry, for changes outside a submission (targets). */
  writeEntry(entry: IndexEntry, tx?: Knex.Transaction): Promise<void> {
    if (tx) return writeIndexEntriesIn(tx, [entry]);
    return withDatabaseErrors('index update', () =>
      this.db.transaction(t => writeIndexEntriesIn(t, [entry])),
    );
  }
}
