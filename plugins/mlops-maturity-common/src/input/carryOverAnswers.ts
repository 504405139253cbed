import type { MaturityModel } from '../model/types';
import type { Answer, AnswerSet } from '../scoring/answerTypes';
import { indexModel } from '../scoring/modelIndex';

/**
 * Splits answers given under one model version for use with another
 * (the package README, "The scoring rules, in plain words": model versions): answers whose criterion id
 * is still in the model carry over; answers to ids the model no longer has
 * are retired (kept in history, never counted). Criteria new to the model
 * simply have no answer. When a kept criterion no longer offers the answered
 * value (its type or options changed), the value is dropped so the question
 * is asked again; the note, links and not-applicable reason stay.
 * @public
 */
export function carryOverAnswers(
  model: MaturityModel,
  answers: AnswerSet,
): { current: AnswerSet; retired: AnswerSet } {
  const index = indexModel(model);
  const current: AnswerSet = {};
  const retired: AnswerSet = {};
  for (const [id, answer] of Object.entries(answers)) {
    const c = index.criterionById.get(id);
    if (!c) {
      retired[id] = answer;
    } else if (answer.value !== undefined && !c.credits.has(answer.value)) {
      const { value: _dropped, ...rest }: Answer = answer;
      current[id] = rest;
    } else {
      current[id] = answer;
    }
  }
  return { current, retired };
}
