import { NotFoundError } from '@backstage/errors';
import {
  DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN,
  buildTeamReport,
  type OverviewEntitiesResponse,
  type OverviewResponse,
  type TeamReport,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { z } from 'zod';
import { filtersOf } from '../overview/queries/filters';
import { clock, type OverviewReader } from './overviewAccess';
import type {
  entitiesQuerySchema,
  overviewQuerySchema,
  teamReportQuerySchema,
} from './overviewQueries';
import type { RouterOptions } from './RouterOptions';

/** A parsed query of `GET /overview/entities`. */
export type EntitiesQuery = z.infer<ReturnType<typeof entitiesQuerySchema>>;

/** A parsed query of `GET /overview`. */
export type GroupsQuery = z.infer<ReturnType<typeof overviewQuerySchema>>;

/** A parsed query of `GET /team-reports/...`. */
export type TeamReportQuery = z.infer<typeof teamReportQuerySchema>;

/*
 * The organisation reads behind the HTTP routes and the actions of the
 * actions registry: both authorise the caller (`authorizeOverviewRead` /
 * `authorizeOverviewReadOf`), parse the question with the shared contract's
 * schemas and call these, so a question has one answer whichever way it is
 * asked.
 */

/**
 * One page of services matching the query that the reader may see
 * (`GET /overview/entities`); `sortKey` is the sort as the caller wrote it.
 */
export async function readEntitiesPage(
  options: RouterOptions,
  reader: OverviewReader,
  query: EntitiesQuery,
  sortKey: string,
): Promise<OverviewEntitiesResponse> {
  const { staleBefore } = clock(options);
  const visibleTo = await reader.visibleTo({ filters: query, staleBefore });
  const { items, total } = await options.overview.entities({
    filters: filtersOf(query, visibleTo),
    staleBefore,
    sort: query.sort,
    order: query.order,
    offset: query.offset,
    limit: query.limit,
  });
  return {
    items,
    total,
    offset: query.offset,
    limit: query.limit,
    sort: sortKey,
    order: query.order,
  };
}

/** The organisation and its groups over the services the reader may see (`GET /overview`). */
export async function readOverview(
  options: RouterOptions,
  reader: OverviewReader,
  query: GroupsQuery,
): Promise<OverviewResponse> {
  const { staleBefore } = clock(options);
  const visibleTo = await reader.visibleTo({ filters: query, staleBefore });
  const [result, refreshedAt] = await Promise.all([
    options.overview.overview({
      groupBy: query.groupBy,
      groupType: query.groupType,
      filters: filtersOf(query, visibleTo),
      staleBefore,
    }),
    options.overview.refreshedAt(),
  ]);
  return {
    groupBy: query.groupBy,
    ...result,
    staleAfterDays: options.staleAfterDays,
    refreshedAt,
    minimumAssessedForMedian:
      options.minimumAssessedForMedian ?? DEFAULT_MINIMUM_ASSESSED_FOR_MEDIAN,
  };
}

/**
 * The report of a Group over the services the reader may see, its
 * sub-groups' included (`GET /team-reports/...`); 404 when the index has no
 * such Group.
 */
export async function readTeamReport(
  options: RouterOptions,
  reader: OverviewReader,
  groupRef: string,
  query: TeamReportQuery,
): Promise<TeamReport> {
  const { now, staleBefore } = clock(options);
  const visibleTo = await reader.visibleTo({
    filters: { owner: [groupRef] },
    staleBefore,
  });
  const input = await options.overview.teamReportInput({
    groupRef,
    staleBefore,
    visibleTo,
    includeProvisional: query.includeProvisional,
  });
  if (!input) {
    throw new NotFoundError(
      `The organisation index has no group ${groupRef}; groups are read from the catalog by the index refresh`,
    );
  }
  return buildTeamReport(options.model, input, {
    lang: query.lang,
    generatedAt: now,
    limit: query.limit,
  });
}
