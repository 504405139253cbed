import type { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  OVERVIEW_DEFAULT_PAGE_SIZE,
  OVERVIEW_DEFAULT_SORT,
  OVERVIEW_MAX_PAGE_SIZE,
  OVERVIEW_SORT_COLUMNS,
  OVERVIEW_SORT_ORDERS,
  type OverviewEntitiesResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { authorizeOverviewReadOf } from '../service/overviewAccess';
import { entitiesQuerySchema } from '../service/overviewQueries';
import { readEntitiesPage } from '../service/overviewReads';
import { parseInput } from '../service/validation';
import {
  readerCredentials,
  type ActionZod,
  type MaturityActionsContext,
} from './actionContext';
import {
  filterInputShape,
  filtersOfInput,
  routeQueryOf,
} from './organisationInput';

/** One service as `list-services` answers it. */
export interface ServiceListItem {
  entityRef: string;
  title: string;
  ownerRef: string | null;
  systemRef: string | null;
  domainRef: string | null;
  lifecycle: string | null;
  status: 'assessed' | 'provisional' | 'not-assessed';
  stale: boolean;
  /** Whether the latest submission has an assessor's review. */
  reviewed: boolean;
  overallLevelId: string | null;
  /** Level per area id; null where the area is not assessed. */
  areaLevels: Record<string, string | null>;
  assessedAt: string | null;
}

/** One page of `GET /overview/entities` in the words of the action. */
export function serviceListPage(page: OverviewEntitiesResponse): {
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  order: 'asc' | 'desc';
  items: ServiceListItem[];
} {
  return {
    total: page.total,
    page: Math.floor(page.offset / page.limit) + 1,
    pageSize: page.limit,
    sort: page.sort,
    order: page.order,
    items: page.items.map(row => ({
      entityRef: row.entityRef,
      title: row.title ?? row.name,
      ownerRef: row.ownerRef,
      systemRef: row.systemRef,
      domainRef: row.domainRef,
      lifecycle: row.lifecycle,
      status: row.status,
      stale: row.stale,
      reviewed: row.reviewed,
      overallLevelId: row.overallLevelId,
      areaLevels: Object.fromEntries(
        Object.entries(row.areas).map(([id, area]) => [id, area.levelId]),
      ),
      assessedAt: row.assessedAt,
    })),
  };
}

function inputSchema(z: ActionZod) {
  return z.object({
    ...filterInputShape(z),
    sort: z
      .string()
      .optional()
      .describe(
        `Sort key: ${OVERVIEW_SORT_COLUMNS.join(
          ', ',
        )}, or area:<areaId>:level / area:<areaId>:score (default ${OVERVIEW_DEFAULT_SORT}). Services without a value come last.`,
      ),
    order: z
      .enum(OVERVIEW_SORT_ORDERS)
      .optional()
      .describe('asc (default) or desc.'),
    page: z.number().int().min(1).optional().describe('Page number, from 1.'),
    pageSize: z
      .number()
      .int()
      .min(1)
      .max(OVERVIEW_MAX_PAGE_SIZE)
      .optional()
      .describe(
        `Services per page, at most ${OVERVIEW_MAX_PAGE_SIZE} (default ${OVERVIEW_DEFAULT_PAGE_SIZE}).`,
      ),
  });
}

function outputSchema(z: ActionZod) {
  const ref = z.string().nullable();
  return z.object({
    total: z.number().int().describe('Services matching, over all pages.'),
    page: z.number().int(),
    pageSize: z.number().int(),
    sort: z.string(),
    order: z.enum(OVERVIEW_SORT_ORDERS),
    items: z.array(
      z.object({
        entityRef: z.string(),
        title: z.string(),
        ownerRef: ref,
        systemRef: ref,
        domainRef: ref,
        lifecycle: ref,
        status: z
          .enum(['assessed', 'provisional', 'not-assessed'])
          .describe(
            'provisional: levels from catalog evidence only, never an assessed level.',
          ),
        stale: z.boolean(),
        reviewed: z
          .boolean()
          .describe("Whether the latest submission has an assessor's review."),
        overallLevelId: ref,
        areaLevels: z
          .record(z.string().nullable())
          .describe('Level id per area id; null where not assessed.'),
        assessedAt: ref,
      }),
    ),
  });
}

/**
 * `list-services`: the services list of the organisation view, one page,
 * with the caller's checks and catalog-read filtering of
 * `GET /overview/entities` (its query parser and its query).
 */
export function registerListServicesAction(
  registry: ActionsRegistryService,
  { options }: MaturityActionsContext,
) {
  const entitiesQuery = entitiesQuerySchema(options.model);
  registry.register({
    name: 'list-services',
    title: 'List ML services with their MLOps maturity',
    description: `The ML services of the organisation view that the caller may see in the catalog, one page at a time, filtered by owner (sub-groups included), system, domain, lifecycle, type, tag, assessed, stale and level (below, or at least, a level in an area or overall), and sorted by a column or an area's level or score. Each service comes with its status (assessed, provisional, not assessed), whether it is stale and reviewed, its overall level and its level per area.
Use it for "which of team-a's services are below Intermediate in Monitoring?" ({"owner": ["team-a"], "levelBelow": ["monitoring:intermediate"]}), "which of team-a's services are stale?", "list the services of the recs system, weakest in Monitoring first" ({"system": ["recs"], "sort": "area:monitoring:level"}).
Example: {"owner": ["team-a"], "assessed": true, "pageSize": 20}.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: { input: inputSchema, output: outputSchema },
    examples: [
      {
        title: "team-a's assessed services, weakest in Monitoring first",
        input: {
          owner: ['team-a'],
          assessed: true,
          sort: 'area:monitoring:level',
        },
      },
      {
        title: "team-a's services below Intermediate in Monitoring",
        input: { owner: ['team-a'], levelBelow: ['monitoring:intermediate'] },
      },
      {
        title: 'The stale assessments, second page of 20',
        input: { stale: true, page: 2, pageSize: 20 },
      },
    ],
    action: async ({ input, credentials }) => {
      const reader = await authorizeOverviewReadOf(
        options,
        readerCredentials(credentials),
      );
      const query = parseInput(
        entitiesQuery,
        routeQueryOf(filtersOfInput(input), {
          sort: input.sort,
          order: input.order,
          page: input.page,
          pageSize: input.pageSize,
        }),
        'input',
      );
      const page = await readEntitiesPage(
        options,
        reader,
        query,
        input.sort ?? OVERVIEW_DEFAULT_SORT,
      );
      return { output: serviceListPage(page) };
    },
  });
}
