import { model } from '../../__fixtures__/model';
import {
  answerIssues,
  areaProgress,
  isAnswered,
  nextUnanswered,
} from './questionnaireGuide';

describe('questionnaire guide', () => {
  it('counts a value or "not applicable" as an answer, a note alone not', () => {
    expect(isAnswered({ value: 'no' })).toBe(true);
    expect(isAnswered({ notApplicable: { reason: '' } })).toBe(true);
    expect(isAnswered({ note: 'Later' })).toBe(false);
    expect(isAnswered(undefined)).toBe(false);
  });

  it('finds the next unanswered question after the given one, across areas, wrapping around', () => {
    const answers = {
      'dev-ci': { value: 'manual' },
      'mon-alerts': { value: 'no' },
    };
    expect(nextUnanswered(model, answers, { fromArea: 0 })).toEqual({
      criterionId: 'dev-vcs',
      areaIndex: 0,
    });
    expect(
      nextUnanswered(model, answers, { after: 'dev-tracking', fromArea: 0 }),
    ).toEqual({ criterionId: 'mon-drift', areaIndex: 1 });
    expect(
      nextUnanswered(model, answers, { after: 'mon-drift', fromArea: 1 }),
    ).toEqual({ criterionId: 'dev-vcs', areaIndex: 0 });
    // Without a question, from the start of the area shown.
    expect(nextUnanswered(model, answers, { fromArea: 1 })).toEqual({
      criterionId: 'mon-drift',
      areaIndex: 1,
    });
    const all = Object.fromEntries(
      model.areas.flatMap(a => a.criteria.map(c => [c.id, { value: 'no' }])),
    );
    expect(nextUnanswered(model, all, { fromArea: 0 })).toBeUndefined();
  });

  it('points every problem at its field and counts answers to fix per area', () => {
    const answers = {
      'dev-ci': {
        notApplicable: { reason: ' ' },
        evidenceLinks: ['https://ok.example', '', 'mailto:x'],
      },
      'mon-drift': { value: 'manual' },
    };
    const issues = answerIssues(model, answers);
    expect(issues.map(i => [i.fieldId, i.problem])).toEqual([
      ['na-reason-dev-ci', { kind: 'naReasonMissing' }],
      ['link-dev-ci-2', { kind: 'badLink', index: 2 }],
    ]);
    expect(areaProgress(model, answers, issues)).toEqual([
      { answered: 1, total: 3, toFix: 1 },
      { answered: 1, total: 2, toFix: 0 },
    ]);
  });
});
