/*
 * A small organisation for the index tests:
 *
 *   acme (organization)
 *   ├── data (department)
 *   │   ├── team-a: svc-a1 (managed, 10 days old; initial 100 days ago), svc-a2 (reproducible, 200 days old: stale)
 *   │   └── team-b: svc-b1 (initial, 30 days old), svc-b2 (never assessed)
 *   └── platform (team): svc-p1 (defined, 5 days old)
 *   user:default/solo: svc-x (never assessed, no system)
 *
 * Systems: recs (domain commerce) holds svc-a1 and svc-a2; infra (no domain) holds svc-p1.
 */
import type { Entity } from '@backstage/catalog-model';
import {
  defaultModel,
  type AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { AssessmentStore } from '../database/AssessmentStore';
import { scoreSubmission } from '../scoring/submissionLevels';
import { answersAtLevel } from './fixtures';

/** The moment the organisation tests run at. */
export const NOW = new Date('2026-06-15T12:00:00.000Z');
const DAY = 24 * 60 * 60 * 1000;

/** `days` days before {@link NOW}. */
export function daysAgo(days: number): Date {
  return new Date(NOW.getTime() - days * DAY);
}

function group(name: string, type: string, parent?: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, title: name.toUpperCase() },
    spec: { type, children: [], ...(parent ? { parent } : {}) },
  };
}

function service(
  name: string,
  spec: { owner: string; system?: string; lifecycle: string },
  tags: string[] = [],
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, title: `Service ${name}`, tags },
    spec: { type: 'ml-service', ...spec },
  };
}

/** Groups, systems, the domain, six ML services and one website. */
export const organisationEntities: Entity[] = [
  group('acme', 'organization'),
  group('data', 'department', 'acme'),
  group('team-a', 'team', 'data'),
  group('team-b', 'team', 'group:default/data'),
  group('platform', 'team', 'acme'),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Domain',
    metadata: { name: 'commerce', title: 'Commerce' },
    spec: { owner: 'acme' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'recs', title: 'Recommendations' },
    spec: { owner: 'team-a', domain: 'commerce' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'infra' },
    spec: { owner: 'platform' },
  },
  service(
    'svc-a1',
    { owner: 'team-a', system: 'recs', lifecycle: 'production' },
    ['gpu'],
  ),
  service('svc-a2', {
    owner: 'group:default/team-a',
    system: 'recs',
    lifecycle: 'experimental',
  }),
  service('svc-b1', { owner: 'team-b', lifecycle: 'production' }, ['critical']),
  service('svc-b2', { owner: 'team-b', lifecycle: 'Production' }),
  service(
    'svc-p1',
    { owner: 'platform', system: 'infra', lifecycle: 'production' },
    ['gpu', 'critical'],
  ),
  service('svc-x', { owner: 'user:default/solo', lifecycle: 'experimental' }),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'website' },
    spec: { type: 'website', owner: 'team-a', lifecycle: 'production' },
  },
];

/** Answers reaching the given level per area; areas left out are answered unmet. */
export function answersReaching(levels: Record<string, string>): AnswerSet {
  return Object.assign(
    {},
    ...defaultModel.areas.map(area =>
      answersAtLevel(area.id, levels[area.id] ?? 'basic'),
    ),
  );
}

let ids = 0;
/** Writes a submission the way the route does, without evidence. */
export async function submitAt(
  store: AssessmentStore,
  name: string,
  submittedAt: Date,
  levels: Record<string, string>,
) {
  ids++;
  const answers = answersReaching(levels);
  return store.submit({
    id: `00000000-0000-4000-8000-${String(ids).padStart(12, '0')}`,
    entityRef: `component:default/${name}`,
    answers,
    submittedBy: 'user:default/ana',
    submittedAt,
    modelId: defaultModel.id,
    modelVersion: defaultModel.version,
    ...scoreSubmission({
      model: defaultModel,
      answers,
      evidence: {},
      submittedAt,
      staleAfterDays: 180,
    }),
  });
}

/** The submissions of the organisation, as described at the top of this file. */
export async function submitOrganisation(store: AssessmentStore) {
  const all = 'intermediate';
  await submitAt(store, 'svc-a1', daysAgo(100), {});
  await submitAt(store, 'svc-a1', daysAgo(10), {
    development: 'advanced',
    deployment: all,
    monitoring: all,
    governance: all,
  });
  await submitAt(store, 'svc-a2', daysAgo(200), { development: all });
  await submitAt(store, 'svc-b1', daysAgo(30), {});
  await submitAt(store, 'svc-p1', daysAgo(5), {
    development: 'advanced',
    deployment: all,
    governance: all,
  });
}
