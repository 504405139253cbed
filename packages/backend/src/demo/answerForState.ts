import {
  answerChoices,
  type Answer,
  type CriterionDefinition,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { PracticeState } from './demoAssessmentPlan';

/** Whether a credit expresses a partial practice: some credit, not full. */
const isPartial = (credit: number) => credit > 0 && credit < 1;

/**
 * The answer value that expresses a practice state for a criterion: met =
 * credit 1, partial = a credit between 0 and 1 where the criterion's choices
 * have one (otherwise unmet), unmet = credit 0. The choices and credits are
 * the shared answer definitions', so every answer type is handled alike.
 */
export function valueForState(
  criterion: CriterionDefinition,
  state: PracticeState,
): string {
  const choices = answerChoices(criterion);
  const withCredit = (test: (credit: number) => boolean) =>
    choices.find(choice => test(choice.credit))?.value;
  const met = withCredit(credit => credit === 1);
  const partial = withCredit(isPartial);
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

/** Whether the criterion's choices can express a partial practice. */
export function canBePartial(criterion: CriterionDefinition): boolean {
  return answerChoices(criterion).some(choice => isPartial(choice.credit));
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
