/**
 * Random but plausible answers for the default model: a service has a
 * maturity between 0 and 1, and the higher it is, the more practices it
 * reports as in place, with advanced practices rarer than intermediate ones.
 * Every answer set is checked with the model's own `validateAnswers`.
 */
import {
  answerChoices,
  validateAnswers,
  type AnswerSet,
  type CriterionDefinition,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Random } from '../random';

/** The criterion's answer values, worst first (from the common answer definitions). */
function valuesOf(criterion: CriterionDefinition): string[] {
  return answerChoices(criterion)
    .sort((a, b) => a.credit - b.credit)
    .map(choice => choice.value);
}

/** Generates answers for a service of maturity `maturity` (0 to 1). */
export function randomAnswers(
  model: MaturityModel,
  random: Random,
  maturity: number,
  answeredShare = 0.9,
): AnswerSet {
  const answers: AnswerSet = {};
  const top = model.levels[model.levels.length - 1].id;
  for (const criterion of model.areas.flatMap(a => a.criteria)) {
    if (random() > answeredShare) continue;
    if (random() < 0.02) {
      answers[criterion.id] = {
        notApplicable: { reason: 'Not relevant for this service.' },
      };
      continue;
    }
    const values = valuesOf(criterion);
    const reach = criterion.levelId === top ? maturity * 0.7 : maturity;
    // A value near `reach` on the answer's scale, with some spread.
    const position = Math.min(
      0.999,
      Math.max(0, reach + (random() - 0.5) * 0.5),
    );
    answers[criterion.id] = {
      value: values[Math.floor(position * values.length)],
    };
    if (random() < 0.05)
      answers[criterion.id].note = 'Discussed in the last team review.';
    if (random() < 0.05) {
      answers[criterion.id].evidenceLinks = [
        `https://wiki.example.com/ml/${criterion.id}`,
      ];
    }
  }
  return answers;
}

/** Throws when the model rejects a generated answer set, naming the issues. */
export function assertValidAnswers(
  model: MaturityModel,
  answers: AnswerSet,
  what: string,
) {
  const result = validateAnswers(model, answers);
  if (!result.ok) {
    const issues = result.issues.map(i => `${i.path}: ${i.message}`).join('; ');
    throw new Error(`Generated answers for ${what} are invalid: ${issues}`);
  }
}
