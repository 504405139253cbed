/**
 * Organisation operations: the overview grouped by owner, one page of the
 * entity list, the CSV export of every row and the catalog refresh that
 * rebuilds the index (a service-only call, made with the bench's token).
 * An endpoint that answers 404 is reported as missing, not measured.
 */
import { pick, randomInt } from '../random';
import {
  probeEndpoint,
  type LoadOperation,
  type SingleOperation,
} from './benchOperation';

const API = '/api/mlops-maturity';

/**
 * Sort orders tried for the entity list (query fragments); those the backend
 * accepts are used in turn: by name, by owner, by level, by date and by an
 * area's score.
 */
export const ENTITY_SORT_CANDIDATES = [
  'sort=name',
  'sort=owner',
  'sort=overall&order=desc',
  'sort=assessedAt&order=desc',
  'sort=area:monitoring:score&order=desc',
  'sort=area:development:level',
];

/** Rows per page of the entity list. */
export const PAGE_SIZE = 50;

/** `GET /overview?groupBy=owner`. */
export const overviewByOwner: LoadOperation = {
  kind: 'load',
  id: 'overview',
  label: 'Overview by owner',
  async prepare(ctx) {
    const path = `${API}/overview?groupBy=owner`;
    const missing = await probeEndpoint(ctx.guest, 'GET', path);
    if (missing) return missing;
    return async () => (await ctx.guest.expect('GET', path, [200])).ms;
  },
};

/** `GET /overview/entities?pageSize=50&page=<random>&sort=...` on random pages. */
export const entitiesPage: LoadOperation = {
  kind: 'load',
  id: 'entities',
  label: 'Entities page (50 rows)',
  async prepare(ctx) {
    const base = `${API}/overview/entities?pageSize=${PAGE_SIZE}`;
    const missing = await probeEndpoint(ctx.guest, 'GET', `${base}&page=1`);
    if (missing) return missing;
    const sorts: string[] = [];
    for (const sort of ENTITY_SORT_CANDIDATES) {
      const response = await ctx.guest.send('GET', `${base}&page=1&${sort}`);
      if (response.status === 200) sorts.push(sort);
    }
    // Without an accepted sort, pages come in the backend's default order.
    if (!sorts.length) sorts.push('');
    const pages = Math.max(1, Math.ceil(ctx.serviceRefs.length / PAGE_SIZE));
    return async () => {
      const sort = pick(ctx.random, sorts);
      const page = randomInt(ctx.random, 1, pages);
      const path = `${base}&page=${page}${sort ? `&${sort}` : ''}`;
      return (await ctx.guest.expect('GET', path, [200])).ms;
    };
  },
};

/** `GET /overview/export?format=csv`: every row in one response. */
export const csvExport: SingleOperation = {
  kind: 'single',
  id: 'export',
  label: 'CSV export (all rows)',
  async prepare(ctx) {
    const path = `${API}/overview/export?format=csv`;
    const missing = await probeEndpoint(ctx.guest, 'GET', path);
    if (missing) return missing;
    return async () => {
      const response = await ctx.guest.expect('GET', path, [200]);
      const lines = response.body
        .split('\n')
        .filter(line => line.trim()).length;
      return {
        ms: response.ms,
        details: {
          rows: Math.max(0, lines - 1),
          bytes: response.bytes,
          contentType: response.contentType,
        },
      };
    };
  },
};

/** `POST /overview/refresh`: re-reads the catalog and rebuilds the index. */
export const catalogRefresh: SingleOperation = {
  kind: 'single',
  id: 'refresh',
  label: 'Catalog refresh (index rebuild)',
  async prepare(ctx) {
    const path = `${API}/overview/refresh`;
    return async () => {
      const response = await ctx.service.send('POST', path);
      if (response.status === 404)
        throw new MissingEndpointError(`POST ${path} answered 404`);
      if (response.status !== 200) {
        throw new Error(
          `POST ${path} answered ${response.status}: ${response.body.slice(
            0,
            300,
          )}`,
        );
      }
      const body = JSON.parse(response.body) as {
        entities?: number;
        durationMs?: number;
      };
      return {
        ms: response.ms,
        details: {
          entities: body.entities ?? 'n/a',
          serverMs: body.durationMs ?? 'n/a',
        },
      };
    };
  },
};

/** The refresh is a POST that does work, so it is not probed: its first 404 marks it missing. */
export class MissingEndpointError extends Error {}
