import type { Entity } from '@backstage/catalog-model';
import type { EntityFilter } from '@backstage/plugin-catalog-react';
import {
  MATURITY_OVERALL_LEVEL_LABEL,
  MATURITY_STATUS_LABEL,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** A predicate of the catalog's query API, as the entity list sends it. */
type CatalogQuery = ReturnType<NonNullable<EntityFilter['getCatalogQuery']>>;

/**
 * A catalog entity list filter on one of the maturity labels: an entity
 * matches when the label has one of `values`. The catalog backend applies
 * it (so it works with server-side pagination); `filterEntity` applies the
 * same rule to entities already loaded.
 */
abstract class MaturityLabelFilter implements EntityFilter {
  protected abstract readonly label: string;

  constructor(readonly values: string[]) {}

  getCatalogQuery(): CatalogQuery {
    // A label path never starts with `$`, which the predicate type cannot see.
    return {
      [`metadata.labels.${this.label}`]: { $in: this.values },
    } as CatalogQuery;
  }

  getCatalogFilters(): Record<string, string[]> {
    return { [`metadata.labels.${this.label}`]: this.values };
  }

  filterEntity(entity: Entity): boolean {
    const value = entity.metadata.labels?.[this.label];
    return value !== undefined && this.values.includes(value);
  }

  toQueryValue(): string[] {
    return this.values;
  }
}

/**
 * Entities whose overall maturity level (`mlops-maturity.io/overall-level`)
 * is one of the given level ids.
 * @public
 */
export class EntityMaturityLevelFilter extends MaturityLabelFilter {
  protected readonly label = MATURITY_OVERALL_LEVEL_LABEL;
}

/**
 * Entities whose assessment status (`mlops-maturity.io/status`) is one of
 * the given statuses (`assessed`, `provisional`, `not-assessed`).
 * @public
 */
export class EntityMaturityStatusFilter extends MaturityLabelFilter {
  protected readonly label = MATURITY_STATUS_LABEL;
}

/**
 * The entity list filters the maturity pickers add, by their key in
 * `useEntityList().filters` and in the URL (`filters[mlopsMaturityLevel]`).
 * @public
 */
export type MaturityEntityFilters = {
  mlopsMaturityLevel?: EntityMaturityLevelFilter;
  mlopsMaturityStatus?: EntityMaturityStatusFilter;
};
