import {
  parseEntityRef,
  stringifyEntityRef,
  type Entity,
} from '@backstage/catalog-model';

/**
 * A lower-cased ref that an entity points at: the first target of the
 * relation with the given kind when the catalog has processed the entity,
 * otherwise the spec field, read the way the catalog reads it (a bare name
 * gets the default kind and the entity's namespace).
 */
export function referencedRef(
  entity: Entity,
  relation: string,
  specField: string,
  defaultKind: string,
): string | null {
  const kind = defaultKind.toLocaleLowerCase('en-US');
  const target = entity.relations?.find(
    r =>
      r.type === relation &&
      r.targetRef.toLocaleLowerCase('en-US').startsWith(`${kind}:`),
  );
  if (target) return target.targetRef.toLocaleLowerCase('en-US');
  const value = entity.spec?.[specField];
  if (typeof value !== 'string' || !value) return null;
  try {
    return stringifyEntityRef(
      parseEntityRef(value, {
        defaultKind,
        defaultNamespace: entity.metadata.namespace ?? 'default',
      }),
    );
  } catch {
    return null;
  }
}

/** The owner ref; owners may be Groups or Users, so any kind is accepted. */
export function ownerRefOf(entity: Entity): string | null {
  const target = entity.relations?.find(r => r.type === 'ownedBy');
  if (target) return target.targetRef.toLocaleLowerCase('en-US');
  return referencedRef(entity, 'ownedBy', 'owner', 'Group');
}

/** The lower-cased ref of the entity itself. */
export function refOf(entity: Entity): string {
  return stringifyEntityRef(entity);
}

/** A title to show: `metadata.title`, a Group's display name, or the name. */
export function titleOf(entity: Entity): string {
  const displayName = (entity.spec?.profile as { displayName?: unknown })
    ?.displayName;
  return (
    entity.metadata.title ||
    (typeof displayName === 'string' && displayName) ||
    entity.metadata.name
  );
}

/** A string field of the spec, or null. */
export function specString(entity: Entity, field: string): string | null {
  const value = entity.spec?.[field];
  return typeof value === 'string' && value ? value : null;
}

/** `metadata.tags` without repeats. */
export function tagsOf(entity: Entity): string[] {
  const tags = entity.metadata.tags;
  if (!Array.isArray(tags)) return [];
  return [
    ...new Set(tags.filter((t): t is string => typeof t === 'string' && !!t)),
  ];
}
