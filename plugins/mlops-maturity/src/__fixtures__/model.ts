import type { Entity } from '@backstage/catalog-model';
import type { LocalizedMaturityModel } from '../api';

/** An ML service the card and tab apply to. */
export const mlServiceEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'fraud-scorer', namespace: 'default' },
  spec: {
    type: 'ml-service',
    owner: 'group:default/ml-platform',
    lifecycle: 'production',
  },
};

/** An entity the plugin does not apply to. */
export const websiteEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'storefront', namespace: 'default' },
  spec: {
    type: 'website',
    owner: 'group:default/web',
    lifecycle: 'production',
  },
};

export const ENTITY_REF = 'component:default/fraud-scorer';

/** A team that owns ML services. */
export const groupEntity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'fraud-detection', namespace: 'default' },
  spec: { type: 'team', children: [] },
};

const areaLevels = (name: string) => ({
  basic: {
    summary: `${name} is done by hand.`,
    characteristics: [`${name}: manual steps`],
    tools: ['Notebooks'],
    challenges: [],
    benefits: [],
  },
  intermediate: {
    summary: `${name} is repeatable.`,
    characteristics: [`${name}: scripted steps`],
    tools: ['MLflow'],
    challenges: [],
    benefits: [],
  },
  advanced: {
    summary: `${name} is automated end to end.`,
    characteristics: [`${name}: pipelines`],
    tools: ['Kubeflow'],
    challenges: [],
    benefits: [],
  },
});

/**
 * A small model in English with every answer type: two areas on the usual
 * three-level ladder and three overall levels.
 */
export const model: LocalizedMaturityModel = {
  id: 'test-model',
  version: '1.0.0',
  title: 'Test model',
  description: 'A model for tests.',
  levels: [
    { id: 'basic', title: 'Basic', description: 'Ad hoc.' },
    { id: 'intermediate', title: 'Intermediate', description: 'Repeatable.' },
    { id: 'advanced', title: 'Advanced', description: 'Automated.' },
  ],
  areas: [
    {
      id: 'development',
      title: 'Development & Experimentation',
      description: 'How models are built.',
      levels: areaLevels('Development'),
      criteria: [
        {
          id: 'dev-vcs',
          levelId: 'intermediate',
          answerType: 'yes-no',
          question: 'Is all ML code in version control?',
          help: 'Data preparation, training and inference code.',
          recommendation: 'Move notebooks and scripts into a repository.',
          exampleTools: ['Git'],
          effort: 'low',
          evidence: {
            rules: [{ type: 'annotation', key: 'github.com/project-slug' }],
          },
        },
        {
          id: 'dev-ci',
          levelId: 'intermediate',
          answerType: 'practice-scale',
          question: 'Do pull requests run unit tests?',
          recommendation: 'Run tests on every pull request.',
          exampleTools: ['GitHub Actions'],
          effort: 'medium',
        },
        {
          id: 'dev-tracking',
          levelId: 'advanced',
          answerType: 'multiple-choice',
          question: 'Where are experiments tracked?',
          recommendation: 'Track runs in a tracking server.',
          exampleTools: ['MLflow', 'Weights & Biases'],
          effort: 'medium',
          options: [
            { id: 'none', label: 'Nowhere', credit: 0 },
            { id: 'sheet', label: 'A spreadsheet', credit: 0.5 },
            { id: 'tool', label: 'A tracking tool', credit: 1 },
          ],
        },
      ],
    },
    {
      id: 'monitoring',
      title: 'Monitoring & Maintenance',
      description: 'How models are watched.',
      levels: areaLevels('Monitoring'),
      criteria: [
        {
          id: 'mon-alerts',
          levelId: 'intermediate',
          answerType: 'yes-no',
          question: 'Are latency and errors alerted on?',
          recommendation: 'Add alerts on latency and error rate.',
          exampleTools: ['Prometheus'],
          effort: 'low',
        },
        {
          id: 'mon-drift',
          levelId: 'advanced',
          answerType: 'practice-scale',
          question: 'Is input drift checked?',
          recommendation: 'Check serving inputs for drift.',
          exampleTools: ['Evidently'],
          effort: 'high',
        },
      ],
    },
  ],
  overallLevels: [
    {
      id: 'initial',
      title: 'Initial',
      description: 'Work is manual.',
      requirements: [],
    },
    {
      id: 'reproducible',
      title: 'Reproducible',
      description: 'Training can be repeated.',
      requirements: [{ areas: ['development'], atLeast: 'intermediate' }],
      crosswalk: { google: '0', microsoft: '2' },
    },
    {
      id: 'managed',
      title: 'Managed',
      description: 'Every area is repeatable.',
      requirements: [{ areas: 'all', atLeast: 'intermediate' }],
    },
  ],
};
