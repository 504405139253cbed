import {
  KubernetesValidatorFunctions,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';

/** The path parameters that name an entity: `/{kind}/{namespace}/{name}`. */
export interface EntityPathParams {
  kind: string;
  namespace: string;
  name: string;
}

/**
 * The entity ref named by the path, lower-cased the way the catalog compares
 * refs (`component:default/fraud-scorer`). Throws `InputError` (400) when a
 * part does not follow the catalog's rules for kinds, namespaces and names.
 */
export function entityRefFromPath(params: EntityPathParams): string {
  const { kind, namespace, name } = params;
  if (!KubernetesValidatorFunctions.isValidKind(kind)) {
    throw new InputError(
      `Malformed entity reference: '${kind}' is not a valid kind (a letter, then letters and digits)`,
    );
  }
  if (
    !KubernetesValidatorFunctions.isValidNamespace(
      namespace.toLocaleLowerCase('en-US'),
    )
  ) {
    throw new InputError(
      `Malformed entity reference: '${namespace}' is not a valid namespace (letters, digits and '-')`,
    );
  }
  if (!KubernetesValidatorFunctions.isValidObjectName(name)) {
    throw new InputError(
      `Malformed entity reference: '${name}' is not a valid entity name (at most 63 letters, digits, '-', '_' and '.')`,
    );
  }
  return stringifyEntityRef({ kind, namespace, name });
}
