import { ANSWER_TYPE_DEFINITIONS } from '../answers/answerDefinitions';
import type { MaturityModel } from './types';
import {
  checkUniqueIds,
  isObject,
  listOf,
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
  const levels = listOf(model.levels).filter(isObject);
  // Without a usable ladder the level checks would only repeat the schema's issue.
  if (levels.length === 0) return;
  const floorId = levels[0].id;
  const levelIds = new Set(levels.map(l => l.id));
  const criterionIds = new Map<string, string>();

  listOf(model.areas).forEach((area, a) => {
    if (!isObject(area)) return;
    // Criterion ids are unique across areas: answers are keyed by them alone.
    checkUniqueIds(
      area.criteria,
      ['areas', a, 'criteria'],
      'criterion',
      issues,
      criterionIds,
    );
    listOf(area.criteria).forEach((criterion, c) => {
      if (!isObject(criterion)) return;
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
      const rules = isObject(criterion.evidence)
        ? listOf(criterion.evidence.rules)
        : [];
      rules.forEach((rule, r) => {
        if (!isObject(rule)) return;
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
            typeof pattern !== 'string' ? undefined : isValidRegExp(pattern);
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
  // An unknown answer type is the schema's to report; its options cannot be judged.
  if (
    !Object.prototype.hasOwnProperty.call(
      ANSWER_TYPE_DEFINITIONS,
      criterion.answerType,
    )
  )
    return;
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
  if (!listOf(criterion.options).some(option => option?.credit === 1)) {
    issues.push({
      segments: [...at, 'options'],
      message:
        'at least one option must have credit 1, otherwise the criterion can never be met',
    });
  }
}
