import { screen, within } from '@testing-library/react';
import type { RoadmapItem } from '@mlops-maturity/plugin-mlops-maturity-common';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { renderForEntity } from '../../__testUtils__/render';
import { MlopsMaturityCard } from './MlopsMaturityCard';
import { nextStepItems } from './NextSteps';

function item(
  criterionId: string,
  areaId: string,
  levelId: string,
): RoadmapItem {
  return {
    criterionId,
    areaId,
    levelId,
    effort: 'low',
    credit: 0,
    provenance: 'unanswered',
  };
}

const LEVELS = ['basic', 'intermediate', 'advanced'];
const TAB = '/catalog/default/component/fraud-scorer/mlops-maturity';

describe('nextStepItems', () => {
  it('keeps roadmap order, then the gaps, only for areas that must rise and up to the level they need', () => {
    const roadmap = [
      item('dev-tracking', 'development', 'advanced'),
      item('mon-alerts', 'monitoring', 'intermediate'),
      item('mon-drift', 'monitoring', 'advanced'),
    ];
    const gaps = [
      item('mon-alerts', 'monitoring', 'intermediate'),
      item('mon-pager', 'monitoring', 'intermediate'),
      item('mon-logs', 'monitoring', 'basic'),
      item('mon-more', 'monitoring', 'intermediate'),
    ];
    const picked = nextStepItems(
      { roadmap, gaps },
      [{ areaId: 'monitoring', requiredLevelId: 'intermediate' }],
      LEVELS,
    );
    expect(picked.map(i => i.criterionId)).toEqual([
      'mon-alerts',
      'mon-pager',
      'mon-logs',
    ]);
  });

  it('lists nothing when no area must rise', () => {
    expect(
      nextStepItems(
        { roadmap: [item('a', 'development', 'advanced')], gaps: [] },
        [],
        LEVELS,
      ),
    ).toEqual([]);
  });
});

describe('MlopsMaturityCard next steps', () => {
  it('names the next overall level and links the soonest criteria to their rows in the scorecard', async () => {
    const response = scorecardResponse();
    response.scorecard.roadmap = [
      item('dev-tracking', 'development', 'advanced'),
      item('mon-alerts', 'monitoring', 'intermediate'),
      item('mon-drift', 'monitoring', 'advanced'),
    ];
    const api = createFakeApi({ getScorecard: jest.fn(async () => response) });
    await renderForEntity(<MlopsMaturityCard />, api);

    const section = await screen.findByRole('region', {
      name: 'Next overall level: Managed',
    });
    expect(
      within(section).getByText('What gets it there soonest'),
    ).toBeInTheDocument();
    const links = within(section).getAllByRole('link');
    expect(links.map(l => [l.textContent, l.getAttribute('href')])).toEqual([
      [
        'Are latency and errors alerted on?',
        `${TAB}?view=scorecard#criterion-mon-alerts`,
      ],
    ]);
  });

  it('says when the service is at the highest overall level', async () => {
    const response = scorecardResponse();
    response.scorecard.overall = { levelId: 'managed' };
    response.scorecard.areas = response.scorecard.areas.map(a => ({
      ...a,
      levelId: 'advanced',
    }));
    const api = createFakeApi({ getScorecard: jest.fn(async () => response) });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(
      await screen.findByText('The service is at the highest overall level.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/Next overall level/)).not.toBeInTheDocument();
  });

  it('shows a provisional level from catalog evidence before any submission', async () => {
    const response = scorecardResponse({ assessed: false, suggested: 1 });
    response.scorecard.overall = { levelId: 'initial' };
    const api = createFakeApi({ getScorecard: jest.fn(async () => response) });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(
      await screen.findByText(
        'Provisional — from the catalog only: Initial. Not an assessed level until the team submits an assessment.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Take the assessment' }),
    ).toBeInTheDocument();
  });
});
