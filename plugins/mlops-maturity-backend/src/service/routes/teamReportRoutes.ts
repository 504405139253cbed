import { NotFoundError } from '@backstage/errors';
import {
  buildTeamReport,
  renderTeamReportMarkdown,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Router } from 'express';
import { entityRefFromPath } from '../entityRef';
import { authorizeOverviewRead, clock } from '../overviewAccess';
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
    const report = buildTeamReport(options.model, input, {
      lang: query.lang,
      generatedAt: now,
      limit: query.limit,
    });
    if (query.format === 'markdown') {
      res
        .type('text/markdown; charset=utf-8')
        .send(renderTeamReportMarkdown(report));
    } else {
      res.json(report);
    }
  });
}
