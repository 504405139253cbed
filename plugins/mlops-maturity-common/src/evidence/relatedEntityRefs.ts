import type { Entity } from '@backstage/catalog-model';
import type { EvidenceRule, MaturityModel, RelationRule } from '../model/types';
import { kindOfRef, relationTargets } from './entityRelations';

function* rulesOf(model: MaturityModel): Generator<EvidenceRule> {
  for (const area of model.areas) {
    for (const criterion of area.criteria) {
      if (criterion.evidence) yield* criterion.evidence.rules;
    }
  }
}

/**
 * The refs of the related entities that the model's relation rules need to
 * look at: targets of the named relations whose kind matches a rule that also
 * asks for a `spec.type`. The backend fetches these and passes them as
 * `EvidenceContext.related`. Works on unprocessed entities too, from their
 * spec (`spec.dependsOn` and the like).
 * @public
 */
export function relatedEntityRefsFor(
  model: MaturityModel,
  entity: Entity,
): string[] {
  const kindsByRelation = new Map<string, Set<string>>();
  for (const rule of rulesOf(model)) {
    if (rule.type !== 'relation' || rule.targetType === undefined) continue;
    const relationRule: RelationRule = rule;
    const kinds =
      kindsByRelation.get(relationRule.relation) ?? new Set<string>();
    kinds.add(relationRule.targetKind.toLocaleLowerCase('en-US'));
    kindsByRelation.set(relationRule.relation, kinds);
  }
  const refs = new Set<string>();
  for (const [relation, kinds] of kindsByRelation) {
    for (const ref of relationTargets(entity, relation)) {
      if (kinds.has(kindOfRef(ref))) refs.add(ref);
    }
  }
  return [...refs];
}

/**
 * The ids of the evidence collectors the model's `collector` rules name, in
 * model order without repeats, so that the backend runs only those.
 * @public
 */
export function collectorIdsFor(model: MaturityModel): string[] {
  const ids = new Set<string>();
  for (const rule of rulesOf(model)) {
    if (rule.type === 'collector') ids.add(rule.collectorId);
  }
  return [...ids];
}
