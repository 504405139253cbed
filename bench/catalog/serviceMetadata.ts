/**
 * Names, tags, annotations and links for the generated ML services. Most
 * annotations and link types are ones the default model's evidence rules
 * look for, so rich services get evidence and bare ones do not.
 */
import { padded } from '../random';

/** What a service does: the first part of its name. */
export const PURPOSES =
  'fraud churn demand price ranking search recs vision speech anomaly ltv eta ocr nlp forecast credit'.split(
    ' ',
  );

/** What kind of thing it is: the second part of its name. */
export const SHAPES =
  'scorer model pipeline server trainer embedder classifier detector'.split(
    ' ',
  );

/** Tags services pick from. */
export const TAGS =
  'python pytorch xgboost sklearn tensorflow spark batch realtime gpu llm embeddings model-registry'.split(
    ' ',
  );

/** Annotations a rich service may carry; most match evidence rules of the default model. */
export function toolAnnotations(name: string): Record<string, string> {
  return {
    'backstage.io/source-location': `url:https://git.example.com/ml/${name}/`,
    'github.com/project-slug': `bench-org/${name}`,
    'backstage.io/techdocs-ref': 'dir:.',
    'jenkins.io/job-full-name': `ml/${name}`,
    'sonarqube.org/project-key': `bench_${name}`,
    'backstage.io/kubernetes-id': name,
    'argocd/app-name': `${name}-prod`,
    'prometheus.io/rule': `sum(rate(requests_total{app="${name}"}[5m]))`,
    'prometheus.io/alert': `${name}-errors`,
    'grafana/dashboard-selector': `tags @> '${name}'`,
    'pagerduty.com/service-id': `P${padded(name.length * 7919, 6)}`,
    'mlflow.org/experiment': String(name.length),
  };
}

/** Typed links a service may carry. */
export function serviceLinks(name: string) {
  return [
    {
      url: `https://mlflow.example.com/#/experiments/${name}`,
      title: 'Experiments',
      type: 'experiment-tracking',
    },
    {
      url: `https://grafana.example.com/d/${name}`,
      title: 'Dashboard',
      type: 'dashboard',
    },
    {
      url: `https://git.example.com/ml/${name}/runbook.md`,
      title: 'Runbook',
      type: 'runbook',
    },
    {
      url: `https://git.example.com/ml/${name}/model-card.md`,
      title: 'Model card',
      type: 'model-card',
    },
    {
      url: `https://datahub.example.com/ml/${name}`,
      title: 'Lineage',
      type: 'data-catalog',
    },
  ];
}
