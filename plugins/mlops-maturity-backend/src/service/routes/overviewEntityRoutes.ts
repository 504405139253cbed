import { once } from 'node:events';
import { OVERVIEW_DEFAULT_SORT } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Response, Router } from 'express';
import { csvHeader, csvRow } from '../../overview/csv';
import { filtersOf } from '../../overview/queries/filters';
import { authorizeOverviewRead, clock } from '../overviewAccess';
import { entitiesQuerySchema, exportQuerySchema } from '../overviewQueries';
import type { RouterOptions } from '../RouterOptions';
import { parseInput } from '../validation';
import { readEntitiesPage } from '../overviewReads';

/** Writes a chunk, waiting when the client reads slower than the export produces. */
async function write(res: Response, chunk: string) {
  if (!res.write(chunk)) await once(res, 'drain');
}

/**
 * `GET /overview/entities` (one page) and `GET /overview/export` (every row,
 * as CSV): only the services the caller may read in the catalog.
 */
export function registerOverviewEntityRoutes(
  router: Router,
  options: RouterOptions,
) {
  const { overview, model } = options;
  const entitiesQuery = entitiesQuerySchema(model);
  const exportQuery = exportQuerySchema(model);

  router.get('/overview/entities', async (req, res) => {
    const reader = await authorizeOverviewRead(options, req);
    const query = parseInput(entitiesQuery, req.query, 'query');
    const sortKey = String(req.query.sort ?? OVERVIEW_DEFAULT_SORT);
    res.json(await readEntitiesPage(options, reader, query, sortKey));
  });

  router.get('/overview/export', async (req, res) => {
    const reader = await authorizeOverviewRead(options, req);
    const query = parseInput(exportQuery, req.query, 'query');
    const { staleBefore } = clock(options);
    // Decided once for the whole export: every batch applies the same view.
    const visibleTo = await reader.visibleTo({ filters: query, staleBefore });
    const rows = overview.exportRows({
      filters: filtersOf(query, visibleTo),
      staleBefore,
      sort: query.sort,
      order: query.order,
    });
    // The first batch is read before the headers go out, so that a failing
    // database still gets a proper error response.
    const first = await rows.next();
    res
      .status(200)
      .type('text/csv; charset=utf-8')
      .attachment('mlops-maturity-services.csv');
    try {
      await write(res, csvHeader(model));
      if (!first.done) {
        await write(res, first.value.map(row => csvRow(model, row)).join(''));
        for await (const batch of rows) {
          await write(res, batch.map(row => csvRow(model, row)).join(''));
        }
      }
      res.end();
    } catch (error) {
      // Past the headers an error status cannot be sent: cut the download
      // short, so the client sees a failed transfer rather than a short file.
      options.logger.warn(`The CSV export failed: ${error}`);
      res.destroy(error as Error);
    }
  });
}
