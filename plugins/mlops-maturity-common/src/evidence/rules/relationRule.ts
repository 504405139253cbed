import type { RelationRule } from '../../model/types';
import { kindOfRef, relationTargets } from '../entityRelations';
import { outcomeOf, type RuleEvaluator } from './ruleTypes';

/**
 * The entity has the relation to an entity of the kind and, when the rule
 * names a type, of that `spec.type`. The type is read from the related
 * entities the caller fetched; a target that was not handed over does not match.
 */
export const evaluateRelationRule: RuleEvaluator<RelationRule> = (
  rule,
  ctx,
) => {
  const kind = rule.targetKind.toLocaleLowerCase('en-US');
  const type = rule.targetType?.toLocaleLowerCase('en-US');
  const items = [];
  for (const ref of relationTargets(ctx.entity, rule.relation)) {
    if (kindOfRef(ref) !== kind) continue;
    if (type !== undefined) {
      const specType = ctx.relatedByRef.get(ref)?.spec?.type;
      if (
        typeof specType !== 'string' ||
        specType.toLocaleLowerCase('en-US') !== type
      ) {
        continue;
      }
    }
    items.push({
      source: 'relation',
      label: `${rule.relation}: ${ref}${
        rule.targetType ? ` (${rule.targetType})` : ''
      }`,
      entityRef: ref,
    });
  }
  return outcomeOf(items);
};
