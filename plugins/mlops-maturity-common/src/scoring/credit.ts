import type { CriterionDefinition } from '../model/types';
import { creditTable, isNotApplicable } from '../answers/answerDefinitions';
import type { Answer } from './answerTypes';

/**
 * The credit an answer earns on a criterion, or undefined when the answer has
 * no value valid for the criterion (unanswered, not applicable, or a value
 * the model no longer offers). The credits themselves are the answer types'
 * (`ANSWER_TYPE_DEFINITIONS`) or the criterion's options'.
 * @public
 */
export function creditForAnswer(
  criterion: CriterionDefinition,
  answer: Answer | undefined,
): number | undefined {
  if (!answer || isNotApplicable(answer) || answer.value === undefined) {
    return undefined;
  }
  return creditTable(criterion).get(answer.value);
}
