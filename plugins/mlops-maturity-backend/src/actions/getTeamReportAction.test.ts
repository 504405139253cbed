import {
  buildTeamReport,
  defaultModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { groupWith, summaryWith } from '../__testUtils__/overviewSummaries';
import { teamReportAnswer } from './getTeamReportAction';

const criteria = defaultModel.areas.flatMap(a => a.criteria);

describe('teamReportAnswer', () => {
  const report = buildTeamReport(
    defaultModel,
    {
      group: {
        ref: 'group:default/data',
        title: 'DATA',
        type: 'department',
        parentRef: 'group:default/acme',
      },
      summary: summaryWith({ means: { monitoring: 12.5 } }),
      subgroups: [groupWith('team-a', {})],
      gaps: [
        { criterionId: criteria[0].id, services: 2 },
        { criterionId: criteria[1].id, services: 1 },
      ],
    },
    { lang: 'en', generatedAt: new Date('2026-06-01T00:00:00Z'), limit: 5 },
  );

  it('keeps the summary, its sentences and where to invest, most shared first', () => {
    const answer = teamReportAnswer(report);
    expect(answer.group.ref).toBe('group:default/data');
    expect(answer.summary).toEqual({
      covers: 'assessed',
      services: 4,
      assessed: 2,
      stale: 0,
      provisional: 1,
      assessedShare: 0.5,
      staleShare: 0,
      medianOverallLevel: { id: 'initial', title: 'Initial' },
      text: report.summary.text,
    });
    expect(answer.summary.text.length).toBeGreaterThan(0);
    expect(answer.whereToInvest).toEqual(report.whereToInvest);
    expect(answer.whereToInvest.map(w => [w.criterionId, w.services])).toEqual([
      [criteria[0].id, 2],
      [criteria[1].id, 1],
    ]);
  });

  it('gives each area its median and mean without the distributions', () => {
    const answer = teamReportAnswer(report);
    const monitoring = answer.areas.find(a => a.areaId === 'monitoring')!;
    expect(monitoring).toEqual({
      areaId: 'monitoring',
      title: defaultModel.areas.find(a => a.id === 'monitoring')!.title.en,
      medianLevel: { id: 'basic', title: 'Basic' },
      meanScore: 12.5,
    });
    expect(answer.subgroups.map(s => s.ref)).toEqual(['group:default/team-a']);
  });

  it('lists the action plan with recommendations, tools and effort', () => {
    const answer = teamReportAnswer(report);
    expect(answer.actionPlan).toHaveLength(report.actionPlan.length);
    const first = report.actionPlan[0];
    expect(answer.actionPlan[0]).toEqual({
      step: first.step,
      criterionId: first.criterionId,
      areaTitle: first.areaTitle,
      levelTitle: first.levelTitle,
      question: first.question,
      recommendation: first.recommendation,
      exampleTools: first.exampleTools,
      effort: first.effort,
      services: first.services,
    });
    expect(first.recommendation).toBe(
      criteria.find(c => c.id === first.criterionId)!.recommendation.en,
    );
  });
});
