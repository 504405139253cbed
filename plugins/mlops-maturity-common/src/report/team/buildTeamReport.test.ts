import type { LevelCount, OverviewSummary } from '../../api/overviewTypes';
import { defaultModel } from '../../model/default';
import { buildTeamReport } from './buildTeamReport';
import type { TeamReportInput } from './teamReportTypes';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const criteria = defaultModel.areas.flatMap(a => a.criteria);
const intermediate = criteria.filter(c => c.levelId === 'intermediate');
const advanced = criteria.filter(c => c.levelId === 'advanced');

function dist(counts: Record<string, number>, ids: (string | null)[]) {
  return ids.map<LevelCount>(levelId => ({
    levelId,
    count: counts[String(levelId)] ?? 0,
  }));
}

const LEVELS = ['basic', 'intermediate', 'advanced', null];
const OVERALL = [...defaultModel.overallLevels.map(o => o.id), null];

function summary(overrides: Partial<OverviewSummary> = {}): OverviewSummary {
  return {
    covers: 'assessed',
    coverage: {
      inScope: 4,
      assessed: 3,
      stale: 1,
      provisional: 0,
      reviewed: 0,
    },
    services: 4,
    assessed: 3,
    stale: 1,
    assessedShare: 0.75,
    staleShare: 0.25,
    overall: dist({ initial: 1, reproducible: 2, null: 1 }, OVERALL),
    medianOverallLevelId: 'reproducible',
    areas: defaultModel.areas.map((area, i) => ({
      areaId: area.id,
      distribution: dist({ basic: 1, intermediate: 2, null: 1 }, LEVELS),
      medianLevelId: 'intermediate',
      meanScore: i === 2 ? 12.5 : 50,
    })),
    ...overrides,
  };
}

function input(overrides: Partial<TeamReportInput> = {}): TeamReportInput {
  return {
    group: {
      ref: 'group:default/data-science',
      title: 'Data Science',
      type: 'department',
      parentRef: 'group:default/acme',
    },
    summary: summary(),
    subgroups: [
      {
        ...summary({ services: 2, assessed: 1, assessedShare: 0.5 }),
        ref: 'group:default/fraud-detection',
        title: 'Fraud Detection',
        type: 'team',
        parentRef: 'group:default/data-science',
      },
    ],
    gaps: [
      { criterionId: advanced[0].id, services: 3 },
      { criterionId: intermediate[1].id, services: 2 },
      { criterionId: intermediate[0].id, services: 2 },
      { criterionId: 'retired-criterion', services: 3 },
      { criterionId: intermediate[2].id, services: 1 },
    ],
    ...overrides,
  };
}

describe('buildTeamReport', () => {
  it('ranks shared gaps by services blocked, then lower level, then model order', () => {
    const report = buildTeamReport(defaultModel, input(), {
      lang: 'en',
      generatedAt: NOW,
    });
    expect(report.whereToInvest.map(g => [g.criterionId, g.services])).toEqual([
      [advanced[0].id, 3],
      [intermediate[0].id, 2],
      [intermediate[1].id, 2],
      [intermediate[2].id, 1],
    ]);
    expect(report.whereToInvest[0]).toMatchObject({
      levelTitle: 'Advanced',
      share: 1,
      question: advanced[0].question.en,
    });
  });

  it('plans the lower level first, then the most shared gaps', () => {
    const report = buildTeamReport(defaultModel, input(), {
      lang: 'en',
      generatedAt: NOW,
    });
    expect(report.actionPlan.map(a => [a.step, a.criterionId])).toEqual([
      [1, intermediate[0].id],
      [2, intermediate[1].id],
      [3, intermediate[2].id],
      [4, advanced[0].id],
    ]);
    expect(report.actionPlan[0]).toMatchObject({
      recommendation: intermediate[0].recommendation.en,
      exampleTools: intermediate[0].exampleTools,
      effort: intermediate[0].effort,
    });
  });

  it('keeps only the top gaps when asked', () => {
    const report = buildTeamReport(defaultModel, input(), {
      lang: 'en',
      generatedAt: NOW,
      limit: 2,
    });
    expect(report.whereToInvest).toHaveLength(2);
    expect(report.actionPlan.map(a => a.criterionId)).toEqual([
      intermediate[0].id,
      advanced[0].id,
    ]);
  });

  it('summarises the group with level titles and sentences', () => {
    const report = buildTeamReport(defaultModel, input(), {
      lang: 'en',
      generatedAt: NOW,
    });
    expect(report.summary.medianOverallLevel).toEqual({
      id: 'reproducible',
      title: 'Reproducible',
    });
    expect(report.summary.overall.at(-1)).toEqual({
      levelId: null,
      title: 'Not assessed',
      count: 1,
      share: 0.25,
    });
    expect(report.areas[2]).toMatchObject({
      areaId: defaultModel.areas[2].id,
      medianLevel: { id: 'intermediate', title: 'Intermediate' },
      meanScore: 12.5,
    });
    expect(report.summary.text).toEqual([
      'Data Science owns 4 ML services, 3 of them assessed.',
      '1 assessment is stale and should be reviewed.',
      'The median overall level is Reproducible.',
      `The area with the lowest mean score is ${defaultModel.areas[2].title.en} (12.5).`,
      `The most shared gap blocks 3 of 3 assessed services: ${advanced[0].question.en}`,
    ]);
    expect(report.subgroups).toEqual([
      {
        ref: 'group:default/fraud-detection',
        title: 'Fraud Detection',
        type: 'team',
        services: 2,
        assessed: 1,
        assessedShare: 0.5,
        medianOverallLevel: { id: 'reproducible', title: 'Reproducible' },
      },
    ]);
  });

  it('writes Brazilian Portuguese texts from the model', () => {
    const report = buildTeamReport(defaultModel, input(), {
      lang: 'pt-BR',
      generatedAt: NOW,
    });
    expect(report.summary.text[0]).toBe(
      'Data Science é dono de 4 serviços de ML, 3 avaliados.',
    );
    expect(report.summary.text[3]).toContain('(12,5)');
    expect(report.actionPlan[0].recommendation).toBe(
      intermediate[0].recommendation['pt-BR'],
    );
    expect(report.areas[0].title).toBe(defaultModel.areas[0].title['pt-BR']);
  });

  it.each([
    ['en', 'Hugging Face model cards'],
    ['pt-BR', 'Model cards do Hugging Face'],
  ] as const)(
    'names example tools in the report language (%s)',
    (lang, name) => {
      const report = buildTeamReport(
        defaultModel,
        input({ gaps: [{ criterionId: 'gov-model-card', services: 2 }] }),
        { lang, generatedAt: NOW },
      );
      expect(report.actionPlan[0].exampleTools).toContain(name);
      expect(report.actionPlan[0].exampleTools).toContain('TechDocs');
    },
  );

  it('says how many services are provisional and whether the levels count them', () => {
    const coverage = {
      inScope: 4,
      assessed: 3,
      stale: 0,
      provisional: 1,
      reviewed: 0,
    };
    const left = buildTeamReport(
      defaultModel,
      input({ summary: summary({ stale: 0, coverage }) }),
      { lang: 'en', generatedAt: NOW },
    );
    expect(left.summary).toMatchObject({ covers: 'assessed', provisional: 1 });
    expect(left.summary.text[1]).toBe(
      '1 more service is provisional (levels from the catalog only, no submission): not counted in the levels.',
    );
    const counted = buildTeamReport(
      defaultModel,
      input({
        summary: summary({
          stale: 0,
          coverage: { ...coverage, provisional: 2 },
          covers: 'assessed+provisional',
        }),
      }),
      { lang: 'pt-BR', generatedAt: NOW },
    );
    expect(counted.summary.covers).toBe('assessed+provisional');
    expect(counted.summary.text[1]).toBe(
      'Mais 2 serviços são provisórios (níveis só pelo catálogo, sem envio): contados nos níveis abaixo.',
    );
  });

  it('says so when the group owns no services', () => {
    const empty = summary({
      services: 0,
      assessed: 0,
      stale: 0,
      assessedShare: 0,
      staleShare: 0,
      overall: dist({}, OVERALL),
      medianOverallLevelId: null,
    });
    const report = buildTeamReport(
      defaultModel,
      input({ summary: empty, gaps: [], subgroups: [] }),
      { lang: 'en', generatedAt: NOW },
    );
    expect(report.summary.text).toEqual([
      'Data Science owns no ML service that matches.',
    ]);
    expect(report.summary.medianOverallLevel).toEqual({
      id: null,
      title: 'No level',
    });
    expect(report.whereToInvest).toEqual([]);
  });
});
