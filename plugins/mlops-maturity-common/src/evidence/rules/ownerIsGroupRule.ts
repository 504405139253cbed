import type { OwnerIsGroupRule } from '../../model/types';
import { kindOfRef, relationTargets } from '../entityRelations';
import { outcomeOf, type RuleEvaluator } from './ruleTypes';

/** The owner is a Group: an accountable team rather than one person. */
export const evaluateOwnerIsGroupRule: RuleEvaluator<OwnerIsGroupRule> = (
  _rule,
  ctx,
) =>
  outcomeOf(
    relationTargets(ctx.entity, 'ownedBy')
      .filter(ref => kindOfRef(ref) === 'group')
      .map(ref => ({
        source: 'ownerIsGroup',
        label: `owner: ${ref}`,
        entityRef: ref,
      })),
  );
