import {
  mlopsMaturityOverviewRefreshPermission,
  type OverviewResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { filtersOf } from '../../overview/queries/filters';
import { auditedWrite } from '../audit';
import {
  authorizeOverviewRead,
  clock,
  requireOverviewPermission,
} from '../overviewAccess';
import { overviewQuerySchema, trendsQuerySchema } from '../overviewQueries';
import type { RouterOptions } from '../RouterOptions';
import { parseInput } from '../validation';
import { readOverview } from '../overviewReads';

/**
 * `GET /overview`, `GET /overview/trends` and `POST /overview/refresh`. The
 * reads aggregate the index in the database and never call the catalog;
 * they count only the services the caller may read in the catalog.
 */
export function registerOverviewRoutes(router: Router, options: RouterOptions) {
  const { overview } = options;
  const groupsQuery = overviewQuerySchema(options.model);
  const trendsQuery = trendsQuerySchema(options.model);

  router.get('/overview', async (req, res) => {
    const reader = await authorizeOverviewRead(options, req);
    const query = parseInput(groupsQuery, req.query, 'query');
    const body: OverviewResponse = await readOverview(options, reader, query);
    res.json(body);
  });

  router.get('/overview/trends', async (req, res) => {
    const reader = await authorizeOverviewRead(options, req);
    const query = parseInput(trendsQuery, req.query, 'query');
    const { now, staleBefore } = clock(options);
    const visibleTo = await reader.visibleTo({ filters: query, staleBefore });
    res.json(
      await overview.trends({
        filters: filtersOf(query, visibleTo),
        staleBefore,
        months: query.months,
        now,
      }),
    );
  });

  router.post('/overview/refresh', async (req, res) => {
    const result = await auditedWrite(
      {
        auditor: options.auditor,
        request: req,
        eventId: 'overview-refresh',
        meta: {},
      },
      async () => {
        await requireOverviewPermission(
          options,
          req,
          mlopsMaturityOverviewRefreshPermission,
        );
        const refreshed = await options.refresher.refresh();
        return { result: refreshed, changes: { ...refreshed } };
      },
    );
    res.json(result);
  });
}
