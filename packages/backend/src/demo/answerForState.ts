import type {
  Answer,
  CriterionDefinition,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { PracticeState } from './demoAssessmentPlan';

/**
 * The answer value that expresses a practice state for a criterion's answer
 * type: met = credit 1, partial = a credit between 0 and 1 where the type
 * has one, unmet = credit 0.
 */
export function valueForState(
  criterion: CriterionDefinition,
  state: PracticeState,
): string {
  switch (criterion.answerType) {
    case 'yes-no':
      return state === 'met' ? 'yes' : 'no';
    case 'practice-scale':
      return { met: 'automated', partial: 'manual', unmet: 'none' }[state];
    default: {
      const options = criterion.options ?? [];
      const withCredit = (test: (credit: number) => boolean) =>
        options.find(option => test(option.credit))?.id;
      const met = withCredit(credit => credit === 1);
      const partial = withCredit(credit => credit > 0 && credit < 1);
      const unmet = withCredit(credit => credit === 0);
      const value =
        state === 'met'
          ? met
          : (state === 'partial' && partial) || unmet || partial;
      if (!value) {
        throw new Error(
          `Criterion ${criterion.id} has no option for the state '${state}'`,
        );
      }
      return value;
    }
  }
}

/** Whether the criterion's answer type can express a partial practice. */
export function canBePartial(criterion: CriterionDefinition): boolean {
  if (criterion.answerType === 'yes-no') return false;
  if (criterion.answerType === 'practice-scale') return true;
  return (criterion.options ?? []).some(o => o.credit > 0 && o.credit < 1);
}

/** An answer with its optional note and links, without empty fields. */
export function buildAnswer(
  value: string,
  note: string | undefined,
  links: string[] | undefined,
): Answer {
  return {
    value,
    ...(note ? { note } : {}),
    ...(links?.length ? { evidenceLinks: links } : {}),
  };
}
