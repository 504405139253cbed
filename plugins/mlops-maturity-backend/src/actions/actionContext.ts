import type {
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
} from '@backstage/backend-plugin-api';
import type { ActionsRegistryActionOptions } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { AuthenticationError, InputError } from '@backstage/errors';
import {
  MODEL_LANGUAGES,
  localizeModel,
  type Localized,
  type MaturityModel,
  type ModelLanguage,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { entityRefFromPath } from '../service/entityRef';
import type { EntityServices } from '../service/entityServices';
import type { RouterOptions } from '../service/RouterOptions';

/**
 * The zod instance the actions registry hands to an action's schema
 * functions. Schemas are built with it (not with this package's own zod),
 * so that the registry can turn them into JSON Schema and validate with them.
 */
export type ActionZod = Parameters<
  ActionsRegistryActionOptions<any, any>['schema']['input']
>[0];

/**
 * What every maturity action answers with: the options the HTTP router is
 * built with and the same access checks and assessment logic, so an action
 * decides and answers exactly as the matching route.
 */
export interface MaturityActionsContext extends EntityServices {
  options: RouterOptions;
}

/** A caller the plugin's reads accept. */
export type ReaderCredentials = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/**
 * The caller's credentials as a reader: a user or a service, as the HTTP
 * API accepts (`allow: ['user', 'service']`); anything else is refused.
 */
export function readerCredentials(
  credentials: BackstageCredentials,
): ReaderCredentials {
  const { type } = credentials.principal as { type?: string };
  if (type === 'user' || type === 'service') {
    return credentials as ReaderCredentials;
  }
  throw new AuthenticationError(
    'The maturity actions need the credentials of a user or a service',
  );
}

/**
 * An entity ref as an assistant writes it (`product-recommender`,
 * `component:product-recommender`, `component:default/product-recommender`),
 * normalised the way the HTTP API's paths are; a bare name is `defaultKind`
 * in the default namespace. `InputError` names the field when malformed.
 */
export function entityRefOf(
  value: string,
  defaultKind: string,
  field: string,
): string {
  let parsed;
  try {
    parsed = parseEntityRef(value.trim(), {
      defaultKind,
      defaultNamespace: 'default',
    });
  } catch (error) {
    throw new InputError(`${field}: '${value}' is not an entity reference`);
  }
  try {
    return entityRefFromPath(parsed);
  } catch (error) {
    throw new InputError(`${field}: ${(error as Error).message}`);
  }
}

/** A zod schema as the registry's zod builds it, named through {@link ActionZod}. */
export type ActionSchema = ReturnType<ActionZod['any']>;

/** The `lang` input of every action: the language of titles and texts in the answer. */
export function langSchema(z: ActionZod): ActionSchema {
  return z
    .enum(MODEL_LANGUAGES)
    .optional()
    .describe(
      `Language of the titles and texts in the answer: ${MODEL_LANGUAGES.join(
        ' or ',
      )} (default en). Ids are the same in every language.`,
    ) as unknown as ActionSchema;
}

/** The language an action answers in: the validated `lang` input, English by default. */
export function langOf(value: unknown): ModelLanguage {
  return (MODEL_LANGUAGES as readonly unknown[]).includes(value)
    ? (value as ModelLanguage)
    : 'en';
}

/** How an action's `entityRef` input is described to the assistant. */
export const ENTITY_REF_DESCRIPTION =
  'The ML service: an entity ref such as component:default/product-recommender, or just its name (product-recommender) for a Component in the default namespace.';

/** The model with its texts in one language, for titles in an answer. */
export function modelIn(
  model: MaturityModel,
  lang: ModelLanguage,
): Localized<MaturityModel> {
  return localizeModel(model, lang);
}

/** The title of an area level (`area`) or an overall level (`overall`), or null for no level. */
export function levelTitle(
  model: Localized<MaturityModel>,
  ladder: 'area' | 'overall',
  levelId: string | null,
): string | null {
  if (levelId === null) return null;
  const levels = ladder === 'area' ? model.levels : model.overallLevels;
  return levels.find(l => l.id === levelId)?.title ?? levelId;
}
