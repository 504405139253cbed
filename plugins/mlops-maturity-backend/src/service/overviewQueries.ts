import {
  MODEL_LANGUAGES,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { z } from 'zod';
import type { EntitySort } from '../overview/queries/entitiesQuery';
import { filterParams } from '../overview/queries/filters';

/** The most rows one page of `GET /overview/entities` returns. */
export const MAX_PAGE_SIZE = 200;
/** Rows per page when the request names no size. */
export const DEFAULT_PAGE_SIZE = 50;

/** A whole number from a query string, within bounds. */
function whole(min: number, max?: number) {
  return z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(
      max === undefined ? z.number().min(min) : z.number().min(min).max(max),
    );
}

const SIMPLE_SORTS = [
  'name',
  'owner',
  'system',
  'domain',
  'lifecycle',
  'type',
  'overall',
  'assessedAt',
] as const;

/** `sort`: a column, or `area:<areaId>:level|score` for an area of the model. */
function sortParam(model: MaturityModel) {
  const areaIds = model.areas.map(a => a.id);
  return z
    .string()
    .default('name')
    .transform((value, ctx): EntitySort => {
      if ((SIMPLE_SORTS as readonly string[]).includes(value)) {
        return { by: value as (typeof SIMPLE_SORTS)[number] };
      }
      const area = /^area:([^:]+):(level|score)$/.exec(value);
      if (area && areaIds.includes(area[1])) {
        return {
          by: 'area',
          areaId: area[1],
          what: area[2] as 'level' | 'score',
        };
      }
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `'${value}' is not a sort key; use ${SIMPLE_SORTS.join(
          ', ',
        )}, or area:<area>:level or area:<area>:score with an area of the model (${areaIds.join(
          ', ',
        )})`,
      });
      return z.NEVER;
    });
}

const order = z.enum(['asc', 'desc']).default('asc');

/** `GET /overview`. */
export const overviewQuerySchema = z
  .object({
    groupBy: z.enum(['owner', 'system', 'domain']).default('owner'),
    groupType: z.string().min(1).optional(),
    ...filterParams,
  })
  .strict()
  .refine(q => q.groupType === undefined || q.groupBy === 'owner', {
    path: ['groupType'],
    message: 'only applies with groupBy=owner',
  });

/** `GET /overview/entities`: page/pageSize or offset/limit, not both. */
export function entitiesQuerySchema(model: MaturityModel) {
  return z
    .object({
      sort: sortParam(model),
      order,
      page: whole(1).optional(),
      pageSize: whole(1, MAX_PAGE_SIZE).optional(),
      offset: whole(0).optional(),
      limit: whole(1, MAX_PAGE_SIZE).optional(),
      ...filterParams,
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
    .transform(({ page, pageSize, offset, limit, ...rest }) => {
      const size = limit ?? pageSize ?? DEFAULT_PAGE_SIZE;
      return {
        ...rest,
        limit: size,
        offset: offset ?? ((page ?? 1) - 1) * size,
      };
    });
}

/** `GET /overview/export`. */
export function exportQuerySchema(model: MaturityModel) {
  return z
    .object({
      format: z.enum(['csv']).default('csv'),
      sort: sortParam(model),
      order,
      ...filterParams,
    })
    .strict();
}

/** Longest history `GET /overview/trends` goes back, in months. */
export const MAX_TREND_MONTHS = 60;

/** `GET /overview/trends`. */
export const trendsQuerySchema = z
  .object({
    months: whole(1, MAX_TREND_MONTHS).default('12'),
    ...filterParams,
  })
  .strict();

/** `GET /team-reports/{namespace}/{name}`. */
export const teamReportQuerySchema = z
  .object({
    format: z.enum(['json', 'markdown']).default('json'),
    lang: z.enum(MODEL_LANGUAGES).default('en'),
    limit: whole(1, 50).default('10'),
  })
  .strict();
