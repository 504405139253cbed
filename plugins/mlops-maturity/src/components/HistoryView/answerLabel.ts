import type { Answer } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';

type Criterion = LocalizedMaturityModel['areas'][number]['criteria'][number];
/** The words for the fixed answer values, in the UI's language. */
export interface AnswerWords {
  yes: string;
  no: string;
  none: string;
  manual: string;
  automated: string;
  unanswered: string;
  notApplicable: string;
}

/** The answer as the user chose it, in words. */
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
  switch (criterion?.answerType) {
    case 'yes-no':
      return value === 'yes' ? words.yes : words.no;
    case 'practice-scale':
      if (value === 'none' || value === 'manual' || value === 'automated') {
        return words[value];
      }
      return value;
    case 'multiple-choice':
      return criterion.options?.find(o => o.id === value)?.label ?? value;
    default:
      return value;
  }
}
