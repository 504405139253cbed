import type { CriterionDefinition } from '../model/types';
import type { Answer, PracticeScaleValue } from './answerTypes';

/** Answer values of a yes-no criterion and their credits. @public */
export const YES_NO_CREDITS: Readonly<Record<'yes' | 'no', number>> =
  Object.freeze({
    yes: 1,
    no: 0,
  });

/**
 * Answer values of a practice-scale criterion and their credits: the ML Test
 * Score's convention (not done, done by hand and documented, automated).
 * @public
 */
export const PRACTICE_SCALE_CREDITS: Readonly<
  Record<PracticeScaleValue, number>
> = Object.freeze({ none: 0, manual: 0.5, automated: 1 });

/** The valid answer values of a criterion with their credits, in display order. */
export function creditTable(
  criterion: CriterionDefinition,
): Map<string, number> {
  switch (criterion.answerType) {
    case 'yes-no':
      return new Map(Object.entries(YES_NO_CREDITS));
    case 'practice-scale':
      return new Map(Object.entries(PRACTICE_SCALE_CREDITS));
    default:
      return new Map((criterion.options ?? []).map(o => [o.id, o.credit]));
  }
}

/**
 * The credit an answer earns on a criterion, or undefined when the answer has
 * no value valid for the criterion (unanswered, not applicable, or a value
 * the model no longer offers).
 * @public
 */
export function creditForAnswer(
  criterion: CriterionDefinition,
  answer: Answer | undefined,
): number | undefined {
  if (!answer || answer.notApplicable || answer.value === undefined) {
    return undefined;
  }
  return creditTable(criterion).get(answer.value);
}
