import { useApi } from '@backstage/core-plugin-api';
import { mlopsMaturityApiRef } from '../api';
import { useLoader } from './useLoader';
import { useModelLanguage } from './useModelLanguage';

/** The model with its texts in the app's language, reloaded on a language switch. */
export function useMaturityModel() {
  const api = useApi(mlopsMaturityApiRef);
  const { lang } = useModelLanguage();
  return useLoader(() => api.getModel(lang), [api, lang]);
}
