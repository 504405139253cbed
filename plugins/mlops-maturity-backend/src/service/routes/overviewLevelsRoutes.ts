import {
  overviewLevelsQuerySchema,
  type OverviewLevelsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { authorizeOverviewRead, clock } from '../overviewAccess';
import type { RouterOptions } from '../RouterOptions';
import { parseInput } from '../validation';

/**
 * `GET /overview/levels`: every ML service's status and overall level, a
 * page at a time, for the catalog module that writes them as labels (one
 * request per page, never one per entity). A service principal (the
 * catalog) passes the permission check as Backstage's permission service
 * lets services pass; a user needs `mlops-maturity.overview.read` and sees
 * only the services the catalog lets them read.
 */
export function registerOverviewLevelsRoutes(
  router: Router,
  options: RouterOptions,
) {
  router.get('/overview/levels', async (req, res) => {
    const reader = await authorizeOverviewRead(options, req);
    const query = parseInput(overviewLevelsQuerySchema, req.query, 'query');
    const visibleTo = await reader.visibleTo({
      filters: {},
      staleBefore: clock(options).staleBefore,
    });
    const body: OverviewLevelsResponse = await options.overview.levels({
      visibleTo,
      after: query.after,
      limit: query.limit,
    });
    res.json(body);
  });
}
