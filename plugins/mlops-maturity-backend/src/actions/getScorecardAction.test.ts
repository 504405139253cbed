import {
  defaultModel,
  type ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { answersReaching } from '../__testUtils__/organisation';
import { scoreAnswers } from '../scoring/scoreAnswers';
import { scorecardSummary } from './getScorecardAction';

const NOW = new Date('2026-06-15T12:00:00.000Z');

function response(
  answers: ReturnType<typeof answersReaching> | undefined,
  submittedAt: Date | null,
): ScorecardResponse {
  return {
    entityRef: 'component:default/svc',
    scorecard: scoreAnswers({
      model: defaultModel,
      answers,
      evidence: {},
      submittedAt,
      now: NOW,
      staleAfterDays: 180,
    }),
    assessed: submittedAt
      ? {
          by: 'user:default/ana',
          at: submittedAt.toISOString(),
          submissionId: 'sub-1',
        }
      : null,
    hasDraft: false,
    evidenceStatus: 'available',
    evidenceAsOf: NOW.toISOString(),
    canEdit: false,
  };
}

describe('scorecardSummary', () => {
  const tenDaysAgo = new Date(NOW.getTime() - 10 * 86_400_000);
  const intermediateDevelopment = answersReaching({
    development: 'intermediate',
  });

  it('gives each area its level, score and the unmet criteria of its next level', () => {
    const summary = scorecardSummary(
      defaultModel,
      response(intermediateDevelopment, tenDaysAgo),
      'en',
    );
    expect(summary).toMatchObject({
      entityRef: 'component:default/svc',
      status: 'assessed',
      stale: false,
      assessed: { by: 'user:default/ana', at: tenDaysAgo.toISOString() },
      evidenceStatus: 'available',
    });
    const development = summary.areas.find(a => a.areaId === 'development')!;
    const advanced = defaultModel.areas
      .find(a => a.id === 'development')!
      .criteria.filter(c => c.levelId === 'advanced');
    expect(development).toMatchObject({
      title: 'Development & Experimentation',
      levelId: 'intermediate',
      levelTitle: 'Intermediate',
      next: { levelId: 'advanced', title: 'Advanced', met: 0 },
    });
    expect(development.next!.total).toBe(advanced.length);
    expect(development.next!.unmet).toEqual(
      advanced.map(c => ({ criterionId: c.id, question: c.question.en })),
    );
    const monitoring = summary.areas.find(a => a.areaId === 'monitoring')!;
    expect(monitoring).toMatchObject({
      levelId: 'basic',
      next: { levelId: 'intermediate' },
    });
    expect(monitoring.next!.unmet.length).toBe(monitoring.next!.total);
  });

  it('names the next overall level and the areas it needs raised', () => {
    const summary = scorecardSummary(
      defaultModel,
      response(intermediateDevelopment, tenDaysAgo),
      'en',
    );
    expect(summary.overall.levelId).toBe('reproducible');
    expect(summary.overall.title).toBe('Reproducible');
    expect(summary.overall.next).toMatchObject({
      levelId: 'defined',
      title: 'Defined',
    });
    expect(summary.overall.next!.needs.map(n => n.areaId)).toEqual(
      expect.arrayContaining(['deployment', 'governance']),
    );
    expect(summary.overall.next!.needs).not.toContainEqual(
      expect.objectContaining({ areaId: 'development' }),
    );
    expect(summary.overall.next!.needs[0]).toMatchObject({
      levelId: 'basic',
      requiredLevelId: 'intermediate',
      requiredLevelTitle: 'Intermediate',
    });
  });

  it('tells stale, provisional and not-assessed services apart', () => {
    const longAgo = new Date(NOW.getTime() - 200 * 86_400_000);
    expect(
      scorecardSummary(
        defaultModel,
        response(intermediateDevelopment, longAgo),
        'en',
      ),
    ).toMatchObject({ status: 'assessed', stale: true });
    const never = scorecardSummary(
      defaultModel,
      response(undefined, null),
      'en',
    );
    expect(never).toMatchObject({
      status: 'not-assessed',
      stale: false,
      assessed: null,
      overall: { levelId: null, title: null },
    });
    expect(never.areas.every(a => a.levelId === null)).toBe(true);
  });

  it('writes titles and questions in the language asked for', () => {
    const summary = scorecardSummary(
      defaultModel,
      response(intermediateDevelopment, tenDaysAgo),
      'pt-BR',
    );
    const area = defaultModel.areas[0];
    expect(summary.areas[0].title).toBe(area.title['pt-BR']);
    expect(summary.overall.title).toBe('Reproduzível');
    const unmet = summary.areas[0].next!.unmet[0];
    expect(unmet.question).toBe(
      area.criteria.find(c => c.id === unmet.criterionId)!.question['pt-BR'],
    );
  });
});
