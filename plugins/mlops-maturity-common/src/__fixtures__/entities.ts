import type { Entity } from '@backstage/catalog-model';

/** An ML service as the catalog serves it after processing: annotations, links and relations. */
export const processedService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'fraud-scorer',
    namespace: 'default',
    description: 'Scores card payments for fraud in real time.',
    tags: ['python', 'model-registry'],
    annotations: {
      'backstage.io/source-location':
        'url:https://github.com/acme/fraud-scorer/tree/main/',
      'argocd/app-name': 'fraud-scorer',
      'backstage.io/techdocs-ref': 'dir:.',
      'prometheus.io/alert': 'FraudScorerHighLatency',
      'empty/annotation': '   ',
    },
    links: [
      {
        url: 'https://mlflow.acme.example/#/experiments/7',
        title: 'MLflow experiments',
        type: 'experiment-tracking',
      },
      {
        url: 'https://grafana.acme.example/d/fraud',
        title: 'Dashboard',
        type: 'dashboard',
      },
    ],
  },
  spec: {
    type: 'ml-service',
    lifecycle: 'production',
    owner: 'group:default/risk-ml',
    dependsOn: [
      'resource:default/card-transactions',
      'resource:default/fraud-model',
    ],
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/risk-ml' },
    { type: 'dependsOn', targetRef: 'resource:default/card-transactions' },
    { type: 'dependsOn', targetRef: 'resource:default/fraud-model' },
    { type: 'dependsOn', targetRef: 'component:default/feature-api' },
  ],
};

/** The same kind of service straight from a YAML file: no relations, only the spec. */
export const unprocessedService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'churn-predictor', namespace: 'ml' },
  spec: {
    type: 'ml-pipeline',
    lifecycle: 'experimental',
    owner: 'churn-team',
    dependsOn: ['resource:churn-events', 'resource:default/Churn-Model'],
  },
};

/** A service owned by one person, with nothing else to show. */
export const bareService: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'notebook-model' },
  spec: { type: 'ml-service', lifecycle: '', owner: 'user:default/jane' },
  relations: [{ type: 'ownedBy', targetRef: 'user:default/jane' }],
};

/** The related entities the backend would fetch for the services above. */
export const relatedEntities: Entity[] = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'card-transactions', namespace: 'default' },
    spec: { type: 'dataset', owner: 'group:default/risk-ml' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'fraud-model', namespace: 'default' },
    spec: { type: 'ai-model', owner: 'group:default/risk-ml' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'churn-events', namespace: 'ml' },
    spec: { type: 'Dataset', owner: 'group:ml/churn-team' },
  },
];
