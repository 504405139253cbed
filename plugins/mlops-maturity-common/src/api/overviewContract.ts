/**
 * The query contract of the organisation endpoints (`GET /overview`,
 * `/overview/entities`, `/overview/export`, `/overview/trends` and
 * `/team-reports/...`): which filters and sort keys exist, the page and
 * period limits, the parsers the backend validates a query with and the
 * writer the frontend builds one with. Both sides import this module, so a
 * filter, a sort key or a limit cannot exist on one side only.
 */
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import { MODEL_LANGUAGES } from '../model/types';

/**
 * Filters that take a list (repeated parameters or comma-separated values);
 * a service matches when it matches any value.
 * @public
 */
export const OVERVIEW_LIST_FILTERS = [
  'domain',
  'system',
  'owner',
  'lifecycle',
  'type',
  'tag',
] as const;

/** Filters that are `true` or `false`. @public */
export const OVERVIEW_FLAG_FILTERS = ['assessed', 'stale', 'reviewed'] as const;

/** Every filter key, in the order queries are written. @public */
export const OVERVIEW_FILTER_KEYS = [
  ...OVERVIEW_LIST_FILTERS,
  ...OVERVIEW_FLAG_FILTERS,
] as const;

/**
 * Filters on a service's level, each value `<areaId>:<levelId>` (an area of
 * the model and one of its levels) or `overall:<levelId>` (an overall
 * level): `levelBelow` keeps the services whose level there ranks lower,
 * `levelAtLeast` those at that level or higher. A service without a level
 * there (not assessed) matches neither. The levels are those the index
 * holds: a provisional service's are from the catalog only (add
 * `assessed=true` for assessed levels only). Several values match any of
 * them; the two filters, like all others, must both hold.
 * @public
 */
export const OVERVIEW_LEVEL_FILTERS = ['levelBelow', 'levelAtLeast'] as const;

/** One of {@link OVERVIEW_LEVEL_FILTERS}. @public */
export type OverviewLevelFilterKey = (typeof OVERVIEW_LEVEL_FILTERS)[number];

/** The scope of a level filter value that means the overall level. @public */
export const OVERVIEW_OVERALL_SCOPE = 'overall';

/** A parsed level filter value: an area id, or `overall`, and a level id. @public */
export interface OverviewLevelCondition {
  scope: string;
  levelId: string;
}

/** Reads a level filter value (`monitoring:intermediate`); undefined when malformed. @public */
export function parseOverviewLevelCondition(
  value: string,
): OverviewLevelCondition | undefined {
  const match = /^([^:\s]+):([^:\s]+)$/.exec(value.trim());
  return match ? { scope: match[1], levelId: match[2] } : undefined;
}

/** One of {@link OVERVIEW_LIST_FILTERS}. @public */
export type OverviewListFilterKey = (typeof OVERVIEW_LIST_FILTERS)[number];

/** One of {@link OVERVIEW_FLAG_FILTERS}. @public */
export type OverviewFlagFilterKey = (typeof OVERVIEW_FLAG_FILTERS)[number];

/**
 * Which services an organisation view covers. Lists match any of their
 * values; owners include their sub-groups' services. Refs may omit the kind
 * (`team-a` is `group:default/team-a` for `owner`, see
 * {@link OVERVIEW_REF_FILTER_KINDS}).
 * @public
 */
export type OverviewFilters = {
  [K in OverviewListFilterKey]?: string[];
} & {
  /** `<areaId>:<levelId>` or `overall:<levelId>`; see {@link OVERVIEW_LEVEL_FILTERS}. */
  [K in OverviewLevelFilterKey]?: string[];
} & {
  /** Only services with (true) or without (false) a submitted assessment. */
  assessed?: boolean;
  /** Only services whose latest submission is (true) or is not (false) older than `staleAfterDays`. */
  stale?: boolean;
  /**
   * Only assessed services whose latest submission has (true) or has not
   * (false) been reviewed; false also keeps the services never assessed.
   */
  reviewed?: boolean;
  /**
   * Not a filter: which services the figures count. Every service matching
   * the filters stays in scope; by default (false) medians, means and level
   * distributions count the assessed services only, with true the
   * provisional ones too (see {@link OVERVIEW_INCLUDE_PROVISIONAL}).
   */
  includeProvisional?: boolean;
};

/**
 * The query parameter that makes the organisation's figures count the
 * provisional (catalog-only) services besides the assessed ones; `true` or
 * `false`, false by default.
 * @public
 */
export const OVERVIEW_INCLUDE_PROVISIONAL = 'includeProvisional';

/**
 * The kind a bare name in a ref filter stands for. Refs are normalised so
 * that `team-a`, `Group:team-a` and `group:default/team-a` select the same
 * services.
 * @public
 */
export const OVERVIEW_REF_FILTER_KINDS = {
  domain: 'Domain',
  system: 'System',
  owner: 'Group',
} as const satisfies Partial<Record<OverviewListFilterKey, string>>;

/** How `GET /overview` may group services. @public */
export const OVERVIEW_GROUP_BYS = ['owner', 'system', 'domain'] as const;

/**
 * The column sort keys of the services list. An area of the model sorts with
 * `area:<areaId>:level` or `area:<areaId>:score`.
 * @public
 */
export const OVERVIEW_SORT_COLUMNS = [
  'name',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'type',
  'overall',
  'assessedAt',
] as const;

/** One of {@link OVERVIEW_SORT_COLUMNS}. @public */
export type OverviewSortColumn = (typeof OVERVIEW_SORT_COLUMNS)[number];

/**
 * A sort key of the services list, as written in a query: a column, or
 * `area:<areaId>:level` / `area:<areaId>:score` for an area of the model.
 * @public
 */
export type OverviewSortKey =
  | OverviewSortColumn
  | `area:${string}:level`
  | `area:${string}:score`;

/** A parsed {@link OverviewSortKey}. @public */
export type OverviewSort =
  | { by: OverviewSortColumn }
  | { by: 'area'; areaId: string; what: 'level' | 'score' };

/** The sort key when a request names none. @public */
export const OVERVIEW_DEFAULT_SORT: OverviewSortKey = 'name';

/** Sort directions. @public */
export const OVERVIEW_SORT_ORDERS = ['asc', 'desc'] as const;

/**
 * Rows per page of `GET /overview/entities` when the request names no size:
 * a screenful that still answers fast at ten thousand services.
 * @public
 */
export const OVERVIEW_DEFAULT_PAGE_SIZE = 50;

/**
 * The most rows one page of `GET /overview/entities` returns; larger reads
 * use the CSV export, which streams.
 * @public
 */
export const OVERVIEW_MAX_PAGE_SIZE = 200;

/**
 * The furthest row a page may start at. Far beyond any catalog's ML services
 * (the benchmark uses ten thousand), it keeps `offset`, and `page` times
 * `pageSize`, exact integers the database accepts, so a huge number is a 400
 * naming the field rather than a database error or a wrong page.
 * @public
 */
export const OVERVIEW_MAX_OFFSET = 1_000_000;

/**
 * The highest `page` number: the page of one row that starts at
 * {@link OVERVIEW_MAX_OFFSET}. With a bigger `pageSize` the bound is lower
 * ({@link overviewMaxPage}).
 * @public
 */
export const OVERVIEW_MAX_PAGE = OVERVIEW_MAX_OFFSET + 1;

/** Months `GET /overview/trends` covers when the request names none. @public */
export const OVERVIEW_DEFAULT_TREND_MONTHS = 12;

/**
 * The longest history `GET /overview/trends` goes back, in months: five
 * years, each month being one more aggregate over the submissions.
 * @public
 */
export const OVERVIEW_MAX_TREND_MONTHS = 60;

/** Gaps a team report ranks when the request names no limit. @public */
export const TEAM_REPORT_DEFAULT_LIMIT = 10;

/** The most gaps a team report ranks; more would no longer be a priority list. @public */
export const TEAM_REPORT_MAX_LIMIT = 50;

/** The highest `page` for a page size, so that the page starts at most at {@link OVERVIEW_MAX_OFFSET}. @public */
export function overviewMaxPage(pageSize: number): number {
  return Math.floor(OVERVIEW_MAX_OFFSET / pageSize) + 1;
}

/**
 * Reads a sort key: the column or area it sorts by, or undefined when it is
 * not a sort key. With `areaIds`, only areas of that model are accepted.
 * @public
 */
export function parseOverviewSortKey(
  value: string,
  areaIds?: readonly string[],
): OverviewSort | undefined {
  if ((OVERVIEW_SORT_COLUMNS as readonly string[]).includes(value)) {
    return { by: value as OverviewSortColumn };
  }
  const area = /^area:([^:]+):(level|score)$/.exec(value);
  if (area && (!areaIds || areaIds.includes(area[1]))) {
    return { by: 'area', areaId: area[1], what: area[2] as 'level' | 'score' };
  }
  return undefined;
}

/**
 * The query parameters of an organisation request: the route's own
 * parameters (undefined ones left out), then one repeated parameter per
 * filter value and the flags as `true`/`false`. What the backend's parsers
 * read back as the same filters.
 * @public
 */
export function overviewQueryParams(
  filters: OverviewFilters = {},
  extra: Record<string, string | number | undefined> = {},
): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(extra)) {
    if (value !== undefined) params.set(key, String(value));
  }
  for (const key of OVERVIEW_LIST_FILTERS) {
    for (const value of filters[key] ?? []) params.append(key, value);
  }
  for (const key of OVERVIEW_FLAG_FILTERS) {
    const value = filters[key];
    if (value !== undefined) params.set(key, String(value));
  }
  for (const key of OVERVIEW_LEVEL_FILTERS) {
    for (const value of filters[key] ?? []) params.append(key, value);
  }
  if (filters.includeProvisional) {
    params.set(OVERVIEW_INCLUDE_PROVISIONAL, 'true');
  }
  return params;
}

// ---------------------------------------------------------------------------
// Parsers: zod schemas of the raw query (`req.query` of Express: strings and
// arrays of strings). Unknown parameters are errors, so a misspelt filter is
// reported instead of silently widening the result.

/** A whole number from a query string, within bounds (digits only: no `1e20`, no `-1`). */
function wholeNumber(min: number, max: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `must be at least ${min}`)
        .max(max, `must be at most ${max}`),
    );
}

/** One or more values: repeated parameters or a comma-separated list. */
const list = z.union([z.string(), z.array(z.string())]).transform(value =>
  (Array.isArray(value) ? value : [value])
    .flatMap(v => v.split(','))
    .map(v => v.trim())
    .filter(Boolean),
);

/** Entity refs with a default kind; a bare name means `<kind>:default/<name>`. */
function refList(defaultKind: string) {
  return list.transform((values, ctx) =>
    values.map(value => {
      try {
        return stringifyEntityRef(parseEntityRef(value, { defaultKind }));
      } catch {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          message: `'${value}' is not an entity reference`,
        });
        return z.NEVER;
      }
    }),
  );
}

/** Values compared without regard to case, as the index stores them. */
const lowerList = list.transform(values =>
  values.map(v => v.toLocaleLowerCase('en-US')),
);

/** Level conditions: `<areaId>:<levelId>` or `overall:<levelId>`, ids as the model writes them. */
const levelConditionList = list.transform((values, ctx) =>
  values.map(value => {
    if (parseOverviewLevelCondition(value)) return value;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `'${value}' is not a level condition; use <area>:<level> or ${OVERVIEW_OVERALL_SCOPE}:<level>`,
    });
    return z.NEVER;
  }),
);

const flag = z
  .enum(['true', 'false'], {
    errorMap: () => ({ message: "must be 'true' or 'false'" }),
  })
  .transform(value => value === 'true');

/**
 * The zod shape of the filter parameters, to extend with each route's own.
 * @public
 */
export const overviewFilterParams = {
  domain: refList(OVERVIEW_REF_FILTER_KINDS.domain).optional(),
  system: refList(OVERVIEW_REF_FILTER_KINDS.system).optional(),
  owner: refList(OVERVIEW_REF_FILTER_KINDS.owner).optional(),
  lifecycle: lowerList.optional(),
  type: lowerList.optional(),
  tag: lowerList.optional(),
  assessed: flag.optional(),
  stale: flag.optional(),
  reviewed: flag.optional(),
  levelBelow: levelConditionList.optional(),
  levelAtLeast: levelConditionList.optional(),
  [OVERVIEW_INCLUDE_PROVISIONAL]: flag.optional(),
} satisfies Record<
  | (typeof OVERVIEW_FILTER_KEYS)[number]
  | OverviewLevelFilterKey
  | typeof OVERVIEW_INCLUDE_PROVISIONAL,
  z.ZodTypeAny
>;

/**
 * The filters out of a parsed query, without the route's other parameters.
 * @public
 */
export function overviewFiltersOf(query: OverviewFilters): OverviewFilters {
  const filters: OverviewFilters = {};
  for (const key of OVERVIEW_LIST_FILTERS) filters[key] = query[key];
  for (const key of OVERVIEW_FLAG_FILTERS) filters[key] = query[key];
  for (const key of OVERVIEW_LEVEL_FILTERS) filters[key] = query[key];
  filters.includeProvisional = query.includeProvisional;
  return filters;
}

/** `sort`: a column, or `area:<areaId>:level|score` for an area of the model. */
function sortParam(areaIds: readonly string[]) {
  return z
    .string()
    .default(OVERVIEW_DEFAULT_SORT)
    .transform((value, ctx): OverviewSort => {
      const sort = parseOverviewSortKey(value, areaIds);
      if (sort) return sort;
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `'${value}' is not a sort key; use ${OVERVIEW_SORT_COLUMNS.join(
          ', ',
        )}, or area:<area>:level or area:<area>:score with an area of the model (${areaIds.join(
          ', ',
        )})`,
      });
      return z.NEVER;
    });
}

const order = z.enum(OVERVIEW_SORT_ORDERS).default('asc');

/**
 * `GET /overview`: grouping and filters.
 * @public
 */
export const overviewGroupsQuerySchema = z
  .object({
    groupBy: z.enum(OVERVIEW_GROUP_BYS).default('owner'),
    groupType: z.string().min(1).optional(),
    ...overviewFilterParams,
  })
  .strict()
  .refine(q => q.groupType === undefined || q.groupBy === 'owner', {
    path: ['groupType'],
    message: 'only applies with groupBy=owner',
  });

/**
 * `GET /overview/entities`: page with `page`/`pageSize` or `offset`/`limit`
 * (not both), sort and filters. Parses to `offset` and `limit`; a page that
 * would start past {@link OVERVIEW_MAX_OFFSET} is an issue on `page`.
 * @public
 */
export function overviewEntitiesQuerySchema(areaIds: readonly string[]) {
  return z
    .object({
      sort: sortParam(areaIds),
      order,
      page: wholeNumber(1, OVERVIEW_MAX_PAGE).optional(),
      pageSize: wholeNumber(1, OVERVIEW_MAX_PAGE_SIZE).optional(),
      offset: wholeNumber(0, OVERVIEW_MAX_OFFSET).optional(),
      limit: wholeNumber(1, OVERVIEW_MAX_PAGE_SIZE).optional(),
      ...overviewFilterParams,
    })
    .strict()
    .refine(
      q =>
        (q.page === undefined && q.pageSize === undefined) ||
        (q.offset === undefined && q.limit === undefined),
      {
        path: ['offset'],
        message: 'use either page and pageSize or offset and limit',
      },
    )
    .superRefine((q, ctx) => {
      const size = q.pageSize ?? OVERVIEW_DEFAULT_PAGE_SIZE;
      // Pages past OVERVIEW_MAX_PAGE already have their issue from the field.
      if (
        q.page !== undefined &&
        q.page <= OVERVIEW_MAX_PAGE &&
        q.page > overviewMaxPage(size)
      ) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['page'],
          message: `must be at most ${overviewMaxPage(
            size,
          )} with pageSize ${size} (a page starts at row ${OVERVIEW_MAX_OFFSET} at the latest)`,
        });
      }
    })
    .transform(({ page, pageSize, offset, limit, ...rest }) => {
      const size = limit ?? pageSize ?? OVERVIEW_DEFAULT_PAGE_SIZE;
      return {
        ...rest,
        limit: size,
        offset: offset ?? ((page ?? 1) - 1) * size,
      };
    });
}

/**
 * `GET /overview/export`: sort and filters of the CSV export.
 * @public
 */
export function overviewExportQuerySchema(areaIds: readonly string[]) {
  return z
    .object({
      format: z.enum(['csv']).default('csv'),
      sort: sortParam(areaIds),
      order,
      ...overviewFilterParams,
    })
    .strict();
}

/**
 * `GET /overview/trends`: the period and filters.
 * @public
 */
export const overviewTrendsQuerySchema = z
  .object({
    months: wholeNumber(1, OVERVIEW_MAX_TREND_MONTHS).default(
      String(OVERVIEW_DEFAULT_TREND_MONTHS),
    ),
    ...overviewFilterParams,
  })
  .strict();

/**
 * `GET /team-reports/{namespace}/{name}`: format, language and how many gaps.
 * @public
 */
export const teamReportQuerySchema = z
  .object({
    format: z.enum(['json', 'markdown']).default('json'),
    lang: z.enum(MODEL_LANGUAGES).default('en'),
    limit: wholeNumber(1, TEAM_REPORT_MAX_LIMIT).default(
      String(TEAM_REPORT_DEFAULT_LIMIT),
    ),
    [OVERVIEW_INCLUDE_PROVISIONAL]: flag.optional(),
  })
  .strict();
