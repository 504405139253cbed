import type { Entity } from '@backstage/catalog-model';
import type {
  CriterionDefinition,
  MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';

const text = (en: string) => ({ en, 'pt-BR': en });

function criterion(
  id: string,
  evidence: CriterionDefinition['evidence'],
): CriterionDefinition {
  return {
    id,
    levelId: 'intermediate',
    answerType: 'yes-no',
    question: text(`Question ${id}`),
    recommendation: text(`Recommendation ${id}`),
    exampleTools: [],
    effort: 'low',
    evidence,
  };
}

const levelDescription = {
  summary: text('summary'),
  characteristics: [],
  tools: [],
  challenges: [],
  benefits: [],
};

/**
 * A one-area model with one criterion per evidence source the service
 * handles: an annotation, a related dataset, two collectors, and a
 * criterion without rules.
 */
export const testModel: MaturityModel = {
  id: 'evidence-test-model',
  version: '1.0.0',
  title: text('Evidence test model'),
  description: text('A model for evidence service tests'),
  levels: [
    { id: 'basic', title: text('Basic'), description: text('floor') },
    { id: 'intermediate', title: text('Intermediate'), description: text('i') },
  ],
  areas: [
    {
      id: 'development',
      title: text('Development'),
      description: text('Development'),
      levels: { basic: levelDescription, intermediate: levelDescription },
      criteria: [
        criterion('dev.source-control', {
          rules: [{ type: 'annotation', key: 'github.com/project-slug' }],
        }),
        criterion('dev.versioned-data', {
          rules: [
            {
              type: 'relation',
              relation: 'dependsOn',
              targetKind: 'Resource',
              targetType: 'dataset',
            },
          ],
        }),
        criterion('dep.gitops', {
          rules: [{ type: 'collector', collectorId: 'deployments' }],
        }),
        criterion('dep.registry', {
          rules: [{ type: 'collector', collectorId: 'registry' }],
        }),
        criterion('dev.reviewed', undefined),
      ],
    },
  ],
  overallLevels: [
    {
      id: 'initial',
      title: text('Initial'),
      description: text('Initial'),
      requirements: [],
    },
  ],
};

/** An ML service with a GitHub slug that depends on a dataset and a database. */
export const scorerEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'fraud-scorer',
    namespace: 'default',
    annotations: {
      'github.com/project-slug': 'acme/fraud-scorer',
      'argocd/app-name': 'fraud-scorer-prod',
    },
  },
  spec: {
    type: 'model-server',
    lifecycle: 'production',
    owner: 'group:default/fraud',
    dependsOn: [
      'resource:default/card-transactions',
      'resource:default/ledger-db',
    ],
  },
  relations: [
    { type: 'ownedBy', targetRef: 'group:default/fraud' },
    { type: 'dependsOn', targetRef: 'resource:default/card-transactions' },
    { type: 'dependsOn', targetRef: 'resource:default/ledger-db' },
  ],
};

/** An ML service with no annotations and one dependency on a database only. */
export const bareEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'drift-monitor', namespace: 'default' },
  spec: {
    type: 'ml-pipeline',
    lifecycle: 'experimental',
    owner: 'group:default/platform',
    dependsOn: ['resource:default/ledger-db'],
  },
  relations: [{ type: 'dependsOn', targetRef: 'resource:default/ledger-db' }],
};

function resource(name: string, type: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name,
      namespace: 'default',
      description: 'not needed by rules',
    },
    spec: { type, owner: 'group:default/data' },
  };
}

export const datasetEntity = resource('card-transactions', 'dataset');
export const databaseEntity = resource('ledger-db', 'database');

/** Every entity the in-memory catalog holds in the tests. */
export const catalogEntities: Entity[] = [
  scorerEntity,
  bareEntity,
  datasetEntity,
  databaseEntity,
];
