import { createFrontendModule } from '@backstage/frontend-plugin-api';
import { TranslationBlueprint } from '@backstage/plugin-app-react';
import { mlopsMaturityTranslations } from '@mlops-maturity/plugin-mlops-maturity/alpha';

// Plugins may not register translations themselves in the new frontend
// system: the app does, through the app plugin.
const mlopsMaturityTranslation = TranslationBlueprint.make({
  name: 'mlops-maturity',
  params: { resource: mlopsMaturityTranslations },
});

/** App module that adds the plugins' Brazilian Portuguese translations. */
export const translationsModule = createFrontendModule({
  pluginId: 'app',
  extensions: [mlopsMaturityTranslation],
});
