import type { TagRule } from '../../model/types';
import { outcomeOf, type RuleEvaluator } from './ruleTypes';

/** The entity carries the tag; catalog tags are lower case, so the comparison ignores case. */
export const evaluateTagRule: RuleEvaluator<TagRule> = (rule, ctx) => {
  const wanted = rule.tag.toLocaleLowerCase('en-US');
  const tags = ctx.entity.metadata.tags ?? [];
  return outcomeOf(
    tags
      .filter(tag => tag.toLocaleLowerCase('en-US') === wanted)
      .slice(0, 1)
      .map(tag => ({ source: 'tag', label: `tag: ${tag}` })),
  );
};
