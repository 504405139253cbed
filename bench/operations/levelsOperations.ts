/**
 * The catalog labels module's load: every ML service's status and overall
 * level from `GET /overview/levels`, page after page, with a service token,
 * as the module does on each refresh interval.
 */
import { probeEndpoint, type SingleOperation } from './benchOperation';

const API = '/api/mlops-maturity';

/** Services per page: the module's default (`mlopsMaturity.catalogLabels.pageSize`). */
const LEVELS_PAGE_SIZE = 1000;

/** Every page of `GET /overview/levels`, timed as one load. */
export const levelsLoad: SingleOperation = {
  kind: 'single',
  id: 'levels',
  label: 'Catalog labels load (all levels, pages of 1,000)',
  async prepare(ctx) {
    const first = `${API}/overview/levels?limit=${LEVELS_PAGE_SIZE}`;
    const missing = await probeEndpoint(ctx.service, 'GET', first);
    if (missing) return missing;
    return async () => {
      let after: string | null = null;
      let pages = 0;
      let services = 0;
      let ms = 0;
      do {
        const path: string =
          after === null
            ? first
            : `${first}&after=${encodeURIComponent(after)}`;
        const response = await ctx.service.expect('GET', path, [200]);
        const body = JSON.parse(response.body) as {
          items: unknown[];
          nextAfter: string | null;
        };
        ms += response.ms;
        pages += 1;
        services += body.items.length;
        after = body.nextAfter;
      } while (after !== null);
      return { ms, details: { pages, services } };
    };
  },
};
