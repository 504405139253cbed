import {
  answerChoices,
  type Answer,
  type FixedAnswerValue,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';

type Criterion = LocalizedMaturityModel['areas'][number]['criteria'][number];
/**
 * The words for the values the answer types fix (their list is the shared
 * `FixedAnswerValue`), in the UI's language, plus the two non-answers.
 */
export type AnswerWords = Record<FixedAnswerValue, string> & {
  unanswered: string;
  notApplicable: string;
};

/**
 * The answer as the user chose it, in words. A value the criterion does not
 * offer (a retired criterion, an older model) is shown as stored.
 */
export function answerLabel(
  words: AnswerWords,
  criterion: Criterion | undefined,
  answer: Answer | undefined,
): string {
  if (!answer || (answer.value === undefined && !answer.notApplicable)) {
    return words.unanswered;
  }
  if (answer.notApplicable) {
    return `${words.notApplicable}: ${answer.notApplicable.reason}`;
  }
  const value = answer.value!;
  const choice = criterion
    ? answerChoices(criterion).find(c => c.value === value)
    : undefined;
  if (!choice) return value;
  return choice.kind === 'fixed' ? words[choice.value] : choice.label;
}
