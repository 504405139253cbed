import { parseEntityRef } from '@backstage/catalog-model';
import type { MlopsEntityRef } from './MlopsMaturityApi';

/**
 * Turns an entity ref into the `{kind}/{namespace}/{name}` path segments the
 * backend routes use, each one URL-encoded so that odd names cannot change
 * the path.
 */
export function entityPath(entityRef: MlopsEntityRef): string {
  const { kind, namespace, name } =
    typeof entityRef === 'string' ? parseEntityRef(entityRef) : entityRef;
  return [kind, namespace, name].map(encodeURIComponent).join('/');
}
