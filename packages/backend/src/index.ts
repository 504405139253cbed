/*
 * The demo portal's backend: the core plugins a catalog needs, guest and
 * platform-lead sign-in,
 * the MLOps maturity backend plugin at /api/mlops-maturity, and two demo
 * modules: an ownership-based permission policy and an evidence collector.
 */
import { createBackend } from '@backstage/backend-defaults';
import { catalogModuleMlopsMaturityLabels } from '@mlops-maturity/plugin-mlops-maturity-backend';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));
// Demo only: a second password-less sign-in, as the platform lead.
backend.add(import('./modules/demoPlatformLeadSignIn'));

backend.add(import('@backstage/plugin-catalog-backend'));
// Each ML service's maturity status and overall level as catalog labels.
// Imported statically: a dynamic import() of the package gives its exports
// under `default` only, so a named module read from it was undefined.
backend.add(catalogModuleMlopsMaturityLabels);

backend.add(import('@backstage/plugin-permission-backend'));
// Everyone signed in reads; only a service's owners update its assessment and targets.
backend.add(import('./modules/demoPermissionPolicy'));

backend.add(import('@backstage/plugin-search-backend'));
backend.add(import('@backstage/plugin-search-backend-module-catalog'));
// Demo: the search finds ML services by their maturity labels.
backend.add(import('./modules/demoSearchMaturityLabels'));

backend.add(import('@backstage/plugin-user-settings-backend'));

// The portal's notifications (campaign notifications of the MLOps maturity
// plugin among them) and the signals that push them to open browsers.
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));

backend.add(import('@mlops-maturity/plugin-mlops-maturity-backend'));
backend.add(import('./modules/demoDeploymentsCollector'));

// The maturity actions as MCP tools for AI assistants, at /api/mcp-actions/v1
// (backend.actions.pluginSources in app-config.yaml selects them).
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// A plugin that cannot start (for example with an invalid
// mlopsMaturity.model.file) makes backend.start() reject; exit then, instead
// of running on with that plugin answering 503.
backend.start().catch(error => {
  console.error(error);
  process.exit(1);
});
