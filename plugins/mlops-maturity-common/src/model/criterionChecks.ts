import { ANSWER_TYPE_DEFINITIONS } from '../answers/answerDefinitions';
import type { MaturityModel } from './types';
import {
  checkUniqueIds,
  type RawModelIssue,
  type Segments,
} from './checkHelpers';

function isValidRegExp(pattern: string): string | undefined {
  try {
    // eslint-disable-next-line no-new
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Checks every criterion against the rest of the model: unique ids across
 * areas, an existing level above the floor, options exactly on the answer
 * types that use them (`ANSWER_TYPE_DEFINITIONS`), and evidence rules whose
 * patterns compile.
 */
export function checkCriteria(model: MaturityModel, issues: RawModelIssue[]) {
  const floorId = model.levels[0].id;
  const levelIds = new Set(model.levels.map(l => l.id));
  const criterionIds = new Map<string, string>();

  model.areas.forEach((area, a) => {
    // Criterion ids are unique across areas: answers are keyed by them alone.
    checkUniqueIds(
      area.criteria,
      ['areas', a, 'criteria'],
      'criterion',
      issues,
      criterionIds,
    );
    area.criteria.forEach((criterion, c) => {
      const at: Segments = ['areas', a, 'criteria', c];
      if (!levelIds.has(criterion.levelId)) {
        issues.push({
          segments: [...at, 'levelId'],
          message: `unknown level '${criterion.levelId}'; expected one of ${[
            ...levelIds,
          ].join(', ')}`,
        });
      } else if (criterion.levelId === floorId) {
        issues.push({
          segments: [...at, 'levelId'],
          message: `'${floorId}' is the floor level, which every area has without criteria; use a higher level`,
        });
      }
      checkOptions(criterion, at, issues);
      criterion.evidence?.rules.forEach((rule, r) => {
        const ruleAt: Segments = [...at, 'evidence', 'rules', r];
        const patterns: [string, string | undefined][] = [];
        if (rule.type === 'annotation')
          patterns.push(['pattern', rule.pattern]);
        if (rule.type === 'link') {
          patterns.push(['urlPattern', rule.urlPattern]);
          if (!rule.linkType && !rule.urlPattern) {
            issues.push({
              segments: ruleAt,
              message: 'a link rule needs a linkType, a urlPattern or both',
            });
          }
        }
        for (const [key, pattern] of patterns) {
          const problem =
            pattern === undefined ? undefined : isValidRegExp(pattern);
          if (problem) {
            issues.push({
              segments: [...ruleAt, key],
              message: `invalid regular expression: ${problem}`,
            });
          }
        }
      });
    });
  });
}

function checkOptions(
  criterion: MaturityModel['areas'][number]['criteria'][number],
  at: Segments,
  issues: RawModelIssue[],
) {
  if (!ANSWER_TYPE_DEFINITIONS[criterion.answerType].usesOptions) {
    if (criterion.options !== undefined) {
      const withOptions = Object.entries(ANSWER_TYPE_DEFINITIONS)
        .filter(([, definition]) => definition.usesOptions)
        .map(([type]) => type)
        .join(', ');
      issues.push({
        segments: [...at, 'options'],
        message: `options are only allowed on ${withOptions} criteria (this one is ${criterion.answerType})`,
      });
    }
    return;
  }
  if (!criterion.options) {
    issues.push({
      segments: [...at, 'options'],
      message: `a ${criterion.answerType} criterion needs options`,
    });
    return;
  }
  checkUniqueIds(criterion.options, [...at, 'options'], 'option', issues);
  if (!criterion.options.some(option => option.credit === 1)) {
    issues.push({
      segments: [...at, 'options'],
      message:
        'at least one option must have credit 1, otherwise the criterion can never be met',
    });
  }
}
