import type { LinkRule } from '../../model/types';
import { outcomeOf, patternOf, type RuleEvaluator } from './ruleTypes';

/** Every link whose type and URL match what the rule asks for (both when both are given). */
export const evaluateLinkRule: RuleEvaluator<LinkRule> = (rule, ctx) => {
  const pattern =
    rule.urlPattern !== undefined ? patternOf(rule.urlPattern) : undefined;
  const links = ctx.entity.metadata.links ?? [];
  return outcomeOf(
    links
      .filter(
        link =>
          (rule.linkType === undefined || link.type === rule.linkType) &&
          (pattern === undefined || pattern.test(link.url)),
      )
      .map(link => ({
        source: 'link',
        label: `${link.type ? `link (${link.type})` : 'link'}: ${
          link.title ?? link.url
        }`,
        url: link.url,
      })),
  );
};
