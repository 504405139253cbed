import { defaultModel } from '../../model/default';
import { buildTeamReport } from './buildTeamReport';
import { renderTeamReportMarkdown } from './renderTeamReportMarkdown';
import type { TeamReportInput } from './teamReportTypes';

const NOW = new Date('2026-06-01T12:00:00.000Z');
const gapCriterion = defaultModel.areas[1].criteria[0];

function input(title: string): TeamReportInput {
  const levels = ['basic', 'intermediate', 'advanced', null];
  return {
    group: {
      ref: 'group:default/fraud-detection',
      title,
      type: 'team',
      parentRef: 'group:default/data-science',
    },
    summary: {
      services: 2,
      assessed: 2,
      stale: 0,
      assessedShare: 1,
      staleShare: 0,
      overall: [
        ...defaultModel.overallLevels.map(o => ({
          levelId: o.id,
          count: o.id === 'initial' ? 2 : 0,
        })),
        { levelId: null, count: 0 },
      ],
      medianOverallLevelId: 'initial',
      areas: defaultModel.areas.map(area => ({
        areaId: area.id,
        distribution: levels.map(levelId => ({
          levelId,
          count: levelId === 'basic' ? 2 : 0,
        })),
        medianLevelId: 'basic',
        meanScore: 37.5,
      })),
    },
    subgroups: [],
    gaps: [{ criterionId: gapCriterion.id, services: 2 }],
  };
}

describe('renderTeamReportMarkdown', () => {
  it('renders the summary, distributions, gaps and plan as Markdown tables', () => {
    const markdown = renderTeamReportMarkdown(
      buildTeamReport(defaultModel, input('Fraud Detection'), {
        lang: 'en',
        generatedAt: NOW,
      }),
    );
    expect(markdown).toContain('# MLOps maturity team report: Fraud Detection');
    expect(markdown).toContain(
      '| Group | Fraud Detection (group:default/fraud-detection) |',
    );
    expect(markdown).toContain('| Assessed | 2 (100%) |');
    expect(markdown).toContain(
      '| Area | Median level | Mean score | Basic | Intermediate | Advanced | Not assessed |',
    );
    expect(markdown).toContain(
      `| ${defaultModel.areas[0].title.en} | Basic | 37.5 | 2 (100%) | 0 (0%) | 0 (0%) | 0 (0%) |`,
    );
    expect(markdown).toContain('## Where to invest');
    expect(markdown).toContain(
      `| ${defaultModel.areas[1].title.en} | Intermediate | ${gapCriterion.question.en} | 2 (100%) |`,
    );
    expect(markdown).toContain('## Action plan');
    expect(markdown).toContain(gapCriterion.recommendation.en);
    // No sub-group owns services, so the section is left out.
    expect(markdown).not.toContain('## Groups');
    expect(markdown.endsWith('\n')).toBe(true);
  });

  it('escapes names that would break a table or a heading', () => {
    const markdown = renderTeamReportMarkdown(
      buildTeamReport(defaultModel, input('Fraud | Risk\nTeam'), {
        lang: 'en',
        generatedAt: NOW,
      }),
    );
    expect(markdown).toContain(
      '# MLOps maturity team report: Fraud | Risk Team',
    );
    expect(markdown).toContain(
      '| Group | Fraud \\| Risk<br>Team (group:default/fraud-detection) |',
    );
  });

  it('writes Portuguese labels and decimal commas', () => {
    const markdown = renderTeamReportMarkdown(
      buildTeamReport(defaultModel, input('Fraude'), {
        lang: 'pt-BR',
        generatedAt: NOW,
      }),
    );
    expect(markdown).toContain(
      '# Relatório de maturidade de MLOps da equipe: Fraude',
    );
    expect(markdown).toContain('## Onde investir');
    expect(markdown).toContain('| 37,5 |');
  });
});
