import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mlopsMaturityEvidenceCollectorExtensionPoint,
  type EvidenceCollector,
} from '@mlops-maturity/plugin-mlops-maturity-node';

/** The annotation Backstage's Argo CD plugins use to name an application. */
const ARGOCD_APP_ANNOTATION = 'argocd/app-name';

/** The made-up Argo CD server of the demo organisation. */
const DEMO_ARGOCD_URL = 'https://argocd.acme.example';

/**
 * A DEMO evidence collector for the default model's GitOps criterion (rule
 * `{ type: 'collector', collectorId: 'demo-deployments' }`).
 *
 * @remarks
 *
 * It shows the shape of a real collector without needing a deployment
 * system: instead of asking Argo CD whether the application exists, it only
 * reads the entity's `argocd/app-name` annotation and builds the URL the
 * application would have. Its label says so, so nobody mistakes the result
 * for a verified deployment. A production collector would call the Argo CD
 * API with `signal`, return `not-found` for unknown applications and
 * `unavailable` when Argo CD cannot be reached.
 */
export const demoDeploymentsCollector: EvidenceCollector = {
  id: 'demo-deployments',
  timeoutMs: 1000,
  async collect({ entity }) {
    const appName = entity.metadata.annotations?.[ARGOCD_APP_ANNOTATION];
    if (!appName) {
      return { status: 'not-found', items: [] };
    }
    return {
      status: 'found',
      items: [
        {
          source: 'collector',
          label: `Argo CD application (demo collector): ${appName}`,
          url: `${DEMO_ARGOCD_URL}/applications/${encodeURIComponent(appName)}`,
        },
      ],
    };
  },
};

/**
 * Demo backend module that adds {@link demoDeploymentsCollector} to the
 * MLOps maturity plugin through its evidence collector extension point.
 */
export default createBackendModule({
  pluginId: 'mlops-maturity',
  moduleId: 'demo-deployments-collector',
  register(reg) {
    reg.registerInit({
      deps: { collectors: mlopsMaturityEvidenceCollectorExtensionPoint },
      async init({ collectors }) {
        collectors.addCollector(demoDeploymentsCollector);
      },
    });
  },
});
