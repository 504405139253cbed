import {
  defaultModel,
  type OverviewResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { compareGroups } from './compareGroupsAction';
import { groupWith, summaryWith } from '../__testUtils__/overviewSummaries';

function overview(
  groups: OverviewResponse['groups'],
  organisation = summaryWith({ means: { monitoring: 30 } }),
): OverviewResponse {
  return {
    groupBy: 'owner',
    organisation,
    groups,
    staleAfterDays: 180,
    refreshedAt: null,
  };
}

describe('compareGroups', () => {
  const groups = [
    groupWith('alpha', { means: { monitoring: 55 } }),
    groupWith('beta', {
      means: { monitoring: null },
      medians: { monitoring: null },
    }),
    groupWith('gamma', { means: { monitoring: 12.5 } }),
    groupWith('delta', { means: { monitoring: 55 } }),
  ];

  it('orders the groups weakest first: lowest mean, ties in the backend order, no mean last', () => {
    const result = compareGroups(
      defaultModel,
      overview(groups),
      'monitoring',
      'en',
    );
    expect(result.groups.map(g => g.title)).toEqual([
      'GAMMA',
      'ALPHA',
      'DELTA',
      'BETA',
    ]);
    expect(result.areaTitle).toBe(
      defaultModel.areas.find(a => a.id === 'monitoring')!.title.en,
    );
  });

  it('marks the groups below the organisation mean, as the heatmap does', () => {
    const result = compareGroups(
      defaultModel,
      overview(groups),
      'monitoring',
      'en',
    );
    expect(result.groups.map(g => [g.title, g.belowOrganisation])).toEqual([
      ['GAMMA', true],
      ['ALPHA', false],
      ['DELTA', false],
      ['BETA', false],
    ]);
    expect(result.organisation).toEqual({
      services: 4,
      withLevel: 2,
      medianLevelId: 'basic',
      medianLevelTitle: 'Basic',
      meanScore: 30,
    });
  });

  it('puts every group in words, with an opening sentence', () => {
    const result = compareGroups(
      defaultModel,
      overview(groups),
      'monitoring',
      'en',
    );
    expect(result.text[0]).toBe(
      `4 groups in ${result.areaTitle}, weakest first.`,
    );
    expect(result.groups[0].text).toBe(
      'GAMMA: median Basic, mean score 12.5 (organisation 30), 2 of 4 services with a level; below the organisation.',
    );
    expect(result.groups[3].text).toBe(
      'BETA: median no level, 2 of 4 services with a level.',
    );
    expect(result.groups[0].distribution).toEqual([
      { levelId: 'basic', title: 'Basic', count: 1 },
      { levelId: 'intermediate', title: 'Intermediate', count: 1 },
      { levelId: 'advanced', title: 'Advanced', count: 0 },
      { levelId: null, title: null, count: 2 },
    ]);
  });

  it('writes Portuguese with a decimal comma', () => {
    const result = compareGroups(
      defaultModel,
      overview(groups),
      'monitoring',
      'pt-BR',
    );
    expect(result.groups[0].text).toBe(
      'GAMMA: mediana Básico, pontuação média 12,5 (organização 30), 2 de 4 serviços com nível; abaixo da organização.',
    );
  });

  it('compares the overall level by the median level, which has no score', () => {
    const result = compareGroups(
      defaultModel,
      overview(
        [
          groupWith('alpha', { overallMedian: 'managed' }),
          groupWith('beta', { overallMedian: 'initial' }),
          groupWith('gamma', { overallMedian: null }),
        ],
        summaryWith({ overallMedian: 'reproducible' }),
      ),
      'overall',
      'en',
    );
    expect(
      result.groups.map(g => [g.title, g.medianLevelId, g.belowOrganisation]),
    ).toEqual([
      ['BETA', 'initial', true],
      ['ALPHA', 'managed', false],
      ['GAMMA', null, false],
    ]);
    expect(result.groups.every(g => g.meanScore === null)).toBe(true);
    expect(result.areaTitle).toBe('Overall level');
  });
});
