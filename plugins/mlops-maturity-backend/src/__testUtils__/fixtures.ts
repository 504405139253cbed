import type { Entity } from '@backstage/catalog-model';
import {
  answerChoices,
  defaultModel,
  type AnswerSet,
  type CriterionDefinition,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** An ML service owned by team-a. */
export const fraudScorer: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: {
    name: 'fraud-scorer',
    namespace: 'default',
    title: 'Fraud Scorer',
  },
  spec: {
    type: 'ml-service',
    owner: 'group:default/team-a',
    lifecycle: 'production',
  },
};

/** A component that is not an ML service. */
export const website: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'website', namespace: 'default' },
  spec: {
    type: 'website',
    owner: 'group:default/team-a',
    lifecycle: 'production',
  },
};

/** Path suffix of {@link fraudScorer}. */
export const FRAUD_PATH = 'component/default/fraud-scorer';
/** Entity ref of {@link fraudScorer}. */
export const FRAUD_REF = 'component:default/fraud-scorer';

/** The answer that gives a criterion full credit. */
export function metAnswer(criterion: CriterionDefinition) {
  return { value: answerChoices(criterion).find(c => c.credit === 1)!.value };
}

/** The answer that gives a criterion no credit. */
export function unmetAnswer(criterion: CriterionDefinition) {
  return { value: answerChoices(criterion).find(c => c.credit === 0)!.value };
}

/** Criteria of an area at one level. */
export function criteriaOf(
  areaId: string,
  levelId: string,
  model: MaturityModel = defaultModel,
): CriterionDefinition[] {
  const area = model.areas.find(a => a.id === areaId)!;
  return area.criteria.filter(c => c.levelId === levelId);
}

/**
 * Answers meeting every criterion of the given area up to and including
 * `levelId`, and failing those above it.
 */
export function answersAtLevel(
  areaId: string,
  levelId: string,
  model: MaturityModel = defaultModel,
): AnswerSet {
  const rank = (id: string) => model.levels.findIndex(l => l.id === id);
  const area = model.areas.find(a => a.id === areaId)!;
  return Object.fromEntries(
    area.criteria.map(c => [
      c.id,
      rank(c.levelId) <= rank(levelId) ? metAnswer(c) : unmetAnswer(c),
    ]),
  );
}

/** A criterion id of the default model, for single-answer tests. */
export const SOME_CRITERION = defaultModel.areas[0].criteria[0];
