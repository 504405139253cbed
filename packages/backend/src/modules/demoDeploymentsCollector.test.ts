import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import {
  mlopsMaturityEvidenceCollectorExtensionPoint,
  type EvidenceCollector,
} from '@mlops-maturity/plugin-mlops-maturity-node';
import demoDeploymentsCollectorModule, {
  demoDeploymentsCollector,
} from './demoDeploymentsCollector';

function service(annotations?: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'fraud-scorer', annotations },
    spec: { type: 'model-server' },
  };
}

const collect = (entity: Entity) =>
  demoDeploymentsCollector.collect({
    entity,
    signal: new AbortController().signal,
  });

describe('demoDeploymentsCollector', () => {
  it('links the Argo CD application named by the annotation', async () => {
    await expect(
      collect(service({ 'argocd/app-name': 'fraud-scorer-prod' })),
    ).resolves.toEqual({
      status: 'found',
      items: [
        {
          source: 'collector',
          label: 'Argo CD application (demo collector): fraud-scorer-prod',
          url: 'https://argocd.acme.example/applications/fraud-scorer-prod',
        },
      ],
    });
  });

  it('finds nothing without the annotation', async () => {
    await expect(
      collect(service({ 'github.com/project-slug': 'acme/x' })),
    ).resolves.toEqual({ status: 'not-found', items: [] });
    await expect(collect(service())).resolves.toEqual({
      status: 'not-found',
      items: [],
    });
  });

  it('registers itself through the evidence collector extension point', async () => {
    const added: EvidenceCollector[] = [];
    // Stands in for the MLOps maturity backend plugin, which owns the extension point.
    const plugin = createBackendPlugin({
      pluginId: 'mlops-maturity',
      register(env) {
        env.registerExtensionPoint(
          mlopsMaturityEvidenceCollectorExtensionPoint,
          {
            addCollector: (...collectors) => added.push(...collectors),
          },
        );
        env.registerInit({ deps: {}, async init() {} });
      },
    });

    await startTestBackend({
      features: [plugin, demoDeploymentsCollectorModule],
    });

    expect(added.map(collector => collector.id)).toEqual(['demo-deployments']);
  });
});
