import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { ENTITY_REF } from '../../__fixtures__/model';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { renderForEntity } from '../../__testUtils__/render';
import { LazyMlopsMaturityCard } from './LazyMlopsMaturityCard';
import { MlopsMaturityCard } from './MlopsMaturityCard';
import { prefetchModel, prefetchScorecard } from './scorecardPrefetch';

describe('LazyMlopsMaturityCard', () => {
  it('shows the card with one request for the scorecard and one for the model', async () => {
    const api = createFakeApi();
    await renderForEntity(<LazyMlopsMaturityCard />, api);
    expect(await screen.findByText('Reproducible')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Update' })).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledTimes(1);
    expect(api.getScorecard).toHaveBeenCalledWith(ENTITY_REF);
    expect(api.getModel).toHaveBeenCalledWith('en');
  });

  it('asks the backend again on retry instead of reusing the failed request', async () => {
    const api = createFakeApi({
      getScorecard: jest
        .fn()
        .mockRejectedValueOnce(new Error('backend down'))
        .mockResolvedValue(scorecardResponse()),
    });
    await renderForEntity(<LazyMlopsMaturityCard />, api);
    expect(
      await screen.findByText(/Could not load the MLOps maturity/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Reproducible')).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
  });

  it('renders what the entity page prefetched without asking again', async () => {
    const api = createFakeApi();
    prefetchScorecard(api, ENTITY_REF);
    prefetchModel(api, 'en');
    await api.getScorecard.mock.results[0].value;
    await api.getModel.mock.results[0].value;
    // From now on the backend would never answer: the card must use what arrived.
    api.getModel.mockImplementation(() => new Promise(() => {}));
    api.getScorecard.mockImplementation(() => new Promise(() => {}));
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(await screen.findByText('Reproducible')).toBeInTheDocument();
    expect(api.getScorecard).toHaveBeenCalledTimes(1);
  });
});
