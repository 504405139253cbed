import { renderTeamReportMarkdown } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { entityRefFromPath } from '../entityRef';
import { authorizeOverviewRead } from '../overviewAccess';
import { readTeamReport } from '../overviewReads';
import { teamReportQuerySchema } from '../overviewQueries';
import type { RouterOptions } from '../RouterOptions';
import { parseInput } from '../validation';

/**
 * `GET /team-reports/{namespace}/{name}?format=json|markdown&lang=`: the
 * report of a Group over its services, its sub-groups' included; only the
 * services the caller may read in the catalog count.
 */
export function registerTeamReportRoutes(
  router: Router,
  options: RouterOptions,
) {
  router.get('/team-reports/:namespace/:name', async (req, res) => {
    const reader = await authorizeOverviewRead(options, req);
    const groupRef = entityRefFromPath({
      kind: 'group',
      namespace: req.params.namespace,
      name: req.params.name,
    });
    const query = parseInput(teamReportQuerySchema, req.query, 'query');
    const report = await readTeamReport(options, reader, groupRef, query);
    if (query.format === 'markdown') {
      res
        .type('text/markdown; charset=utf-8')
        .send(renderTeamReportMarkdown(report));
    } else {
      res.json(report);
    }
  });
}
