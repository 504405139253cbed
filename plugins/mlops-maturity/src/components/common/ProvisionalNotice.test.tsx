import { screen } from '@testing-library/react';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { model } from '../../__fixtures__/model';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { renderForEntity } from '../../__testUtils__/render';
import { MlopsMaturityCard } from '../MlopsMaturityCard';
import { ScorecardView } from '../ScorecardView';

const LABEL =
  'Provisional — from the catalog only: Initial. Not an assessed level until the team submits an assessment.';

/** No submission, but the catalog's sufficient evidence gives a level. */
function provisional() {
  const response = scorecardResponse({ assessed: false, suggested: 1 });
  response.scorecard.overall = { levelId: 'initial' };
  return response;
}

describe('a provisional scorecard', () => {
  it('is labelled provisional in the scorecard view, with the invitation and no assessed level', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => provisional()),
    });
    await renderForEntity(
      <ScorecardView model={model} onStart={jest.fn()} />,
      api,
    );
    expect(await screen.findByText(LABEL)).toBeInTheDocument();
    expect(screen.getByText('Not assessed yet')).toBeInTheDocument();
    expect(screen.queryByText(/Current level:/)).not.toBeInTheDocument();
  });

  it('is labelled provisional on the card', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => provisional()),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(await screen.findByText(LABEL)).toBeInTheDocument();
  });

  it('is not shown for a service without any level or for an assessed one', async () => {
    const none = scorecardResponse({ assessed: false });
    none.scorecard.overall = { levelId: null };
    const api = createFakeApi({ getScorecard: jest.fn(async () => none) });
    await renderForEntity(
      <ScorecardView model={model} onStart={jest.fn()} />,
      api,
    );
    expect(await screen.findByText('Not assessed yet')).toBeInTheDocument();
    expect(screen.queryByText(/^Provisional/)).not.toBeInTheDocument();

    const assessed = createFakeApi({
      getScorecard: jest.fn(async () => scorecardResponse()),
    });
    await renderForEntity(<MlopsMaturityCard />, assessed);
    expect(await screen.findAllByText(/Overall level/)).not.toHaveLength(0);
    expect(screen.queryByText(/^Provisional/)).not.toBeInTheDocument();
  });
});
