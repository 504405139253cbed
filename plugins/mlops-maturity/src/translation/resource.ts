import { createTranslationResource } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from './translation';

/**
 * The plugin's translations beyond English (Brazilian Portuguese), loaded
 * only when the app switches to that language. Register it with the app:
 * `TranslationBlueprint` in an app module (new frontend system) or
 * `__experimentalTranslations.resources` (legacy `createApp`).
 * @alpha
 */
export const mlopsMaturityTranslations = createTranslationResource({
  ref: mlopsMaturityTranslationRef,
  translations: {
    'pt-BR': () => import('./ptBR'),
  },
});
