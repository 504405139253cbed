import { useEffect, useState } from 'react';
import { useApiHolder } from '@backstage/core-plugin-api';
import { appLanguageApiRef } from '@backstage/core-plugin-api/alpha';
import type { ModelLanguage } from '@mlops-maturity/plugin-mlops-maturity-common';

/** Maps an app language such as `pt`, `pt-BR` or `en-GB` to a model language. */
export function toModelLanguage(language: string | undefined): ModelLanguage {
  return language?.toLowerCase().startsWith('pt') ? 'pt-BR' : 'en';
}

/**
 * The app's current language: the model language to request texts in, and
 * the locale to format dates with. Follows language switches. Falls back to
 * English when the app has no language API (older legacy apps, tests).
 */
export function useModelLanguage(): { lang: ModelLanguage; locale: string } {
  const languageApi = useApiHolder().get(appLanguageApiRef);
  const [language, setLanguage] = useState(
    () => languageApi?.getLanguage().language ?? 'en',
  );

  useEffect(() => {
    if (!languageApi) return undefined;
    const subscription = languageApi
      .language$()
      .subscribe(({ language: next }) => setLanguage(next));
    return () => subscription.unsubscribe();
  }, [languageApi]);

  return { lang: toModelLanguage(language), locale: language };
}
