/*
 * The app of @backstage/create-app (new frontend system). With
 * `app.packages: all` (app-config.yaml) the plugin is discovered; the README's
 * explicit form is used here too, so that the type-check covers the plugin's
 * `/alpha` export. `// README <file>` marks a line that must be in that
 * README's code blocks verbatim.
 */
import { createApp } from '@backstage/frontend-defaults';
import catalogPlugin from '@backstage/plugin-catalog/alpha';
// README plugins/mlops-maturity/README.md
import mlopsMaturityPlugin from '@mlops-maturity/plugin-mlops-maturity/alpha';

export default createApp({
  // README plugins/mlops-maturity/README.md
  features: [catalogPlugin, mlopsMaturityPlugin /* , ... */],
});
