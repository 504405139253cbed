import type { Entity } from '@backstage/catalog-model';

/**
 * Which catalog entities get a maturity scorecard: entities of a kind and,
 * when `types` is given, of one of those `spec.type` values. Compared without
 * regard to case, as the catalog does.
 * @public
 */
export interface EntitySelector {
  kind: string;
  types?: string[];
}

/**
 * The default selection: Components whose `spec.type` is `ml-service`,
 * `model-server` or `ml-pipeline`.
 * @public
 */
export const DEFAULT_ENTITY_SELECTORS: EntitySelector[] = [
  { kind: 'Component', types: ['ml-service', 'model-server', 'ml-pipeline'] },
];

/**
 * Whether the entity is selected by at least one selector.
 * @public
 */
export function matchesEntitySelectors(
  entity: Entity,
  selectors: readonly EntitySelector[],
): boolean {
  const kind = entity.kind.toLocaleLowerCase('en-US');
  const type = entity.spec?.type;
  const specType =
    typeof type === 'string' ? type.toLocaleLowerCase('en-US') : undefined;
  return selectors.some(selector => {
    if (selector.kind.toLocaleLowerCase('en-US') !== kind) return false;
    if (!selector.types) return true;
    return (
      specType !== undefined &&
      selector.types.some(t => t.toLocaleLowerCase('en-US') === specType)
    );
  });
}
