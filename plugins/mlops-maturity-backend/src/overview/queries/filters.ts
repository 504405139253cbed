import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { z } from 'zod';

/** The filters every organisation view accepts; lists match any of their values. */
export interface OverviewFilters {
  domain?: string[];
  system?: string[];
  /** Owners; a Group includes the services of its sub-groups. */
  owner?: string[];
  lifecycle?: string[];
  type?: string[];
  tag?: string[];
  /** Whether the service has a submission. */
  assessed?: boolean;
  /** Whether the latest submission is older than `staleAfterDays`. */
  stale?: boolean;
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

const lowerList = list.transform(values =>
  values.map(v => v.toLocaleLowerCase('en-US')),
);

const flag = z
  .enum(['true', 'false'], {
    errorMap: () => ({ message: "must be 'true' or 'false'" }),
  })
  .transform(value => value === 'true');

/** The zod shape of the filter parameters, to extend with each route's own. */
export const filterParams = {
  domain: refList('Domain').optional(),
  system: refList('System').optional(),
  owner: refList('Group').optional(),
  lifecycle: lowerList.optional(),
  type: lowerList.optional(),
  tag: lowerList.optional(),
  assessed: flag.optional(),
  stale: flag.optional(),
};

/** The filters out of a parsed query. */
export function filtersOf(query: OverviewFilters): OverviewFilters {
  const { domain, system, owner, lifecycle, type, tag, assessed, stale } =
    query;
  return { domain, system, owner, lifecycle, type, tag, assessed, stale };
}

/**
 * Restricts a query over `entity_index` (aliased `e`) to the services in the
 * catalog that match the filters. `staleBefore` is now minus
 * `staleAfterDays`: a submission before it is stale.
 */
export function applyFilters(
  query: Knex.QueryBuilder,
  filters: OverviewFilters,
  staleBefore: Date,
): Knex.QueryBuilder {
  query.where('e.in_catalog', true);
  const inList = (column: string, values?: string[]) => {
    if (values?.length) query.whereIn(column, values);
  };
  inList('e.domain_ref', filters.domain);
  inList('e.system_ref', filters.system);
  inList('e.lifecycle', filters.lifecycle);
  inList('e.type', filters.type);
  if (filters.owner?.length) {
    const owners = filters.owner;
    query.where(inner =>
      inner
        .whereIn('e.owner_ref', owners)
        .orWhereIn('e.owner_ref', sub =>
          sub
            .select('descendant_ref')
            .from('group_closure')
            .whereIn('ancestor_ref', owners),
        ),
    );
  }
  if (filters.tag?.length) {
    const tags = filters.tag;
    query.whereIn('e.entity_ref', sub =>
      sub.select('entity_ref').from('entity_tags').whereIn('tag', tags),
    );
  }
  if (filters.assessed !== undefined) {
    if (filters.assessed) query.whereNotNull('e.assessed_at');
    else query.whereNull('e.assessed_at');
  }
  if (filters.stale !== undefined) {
    if (filters.stale) query.where('e.assessed_at', '<', staleBefore);
    else {
      query.where(inner =>
        inner
          .whereNull('e.assessed_at')
          .orWhere('e.assessed_at', '>=', staleBefore),
      );
    }
  }
  return query;
}
