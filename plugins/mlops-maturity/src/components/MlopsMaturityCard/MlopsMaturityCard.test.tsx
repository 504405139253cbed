import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { renderForEntity } from '../../__testUtils__/render';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { MlopsMaturityCard } from './MlopsMaturityCard';

describe('MlopsMaturityCard', () => {
  it('shows progress while the scorecard loads', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(() => new Promise(() => {})),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });

  it('invites to take the assessment when the service was never assessed', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () =>
        scorecardResponse({ assessed: false, suggested: 1 }),
      ),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(await screen.findByText('Not assessed yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.getByText(/already shows evidence for 1 criterion/),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Take the assessment' });
    expect(link).toHaveAttribute(
      'href',
      '/catalog/default/component/fraud-scorer/mlops-maturity?view=assessment',
    );
  });

  it('shows the levels, scores, chart and authorship of an assessed service', async () => {
    const api = createFakeApi();
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(await screen.findByText('Reproducible')).toBeInTheDocument();
    expect(screen.getByText('Training can be repeated.')).toBeInTheDocument();
    expect(screen.getAllByText('Development & Experimentation')).toHaveLength(
      2,
    );
    expect(screen.getByText('Intermediate')).toBeInTheDocument();
    expect(screen.getByText('Score 75')).toBeInTheDocument();
    expect(screen.getByText('Score per area')).toBeInTheDocument();
    expect(screen.getByText(/Last assessed .* by ana/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Update' })).toBeInTheDocument();
    expect(screen.queryByText(/out of date/)).not.toBeInTheDocument();
    expect(api.getModel).toHaveBeenCalledWith('en');
    expect(api.getScorecard).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
    );
  });

  it('warns when the assessment is stale and counts conflicts', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () =>
        scorecardResponse({ stale: true, conflicts: 2 }),
      ),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(await screen.findByText(/out of date since/)).toBeInTheDocument();
    expect(
      screen.getByText('2 answers disagree with what the catalog shows'),
    ).toBeInTheDocument();
  });

  it('offers to continue a draft', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => scorecardResponse({ hasDraft: true })),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(
      await screen.findByRole('link', { name: 'Continue your draft' }),
    ).toHaveAttribute('href', expect.stringContaining('view=assessment'));
  });

  it('links people who may not edit to the details', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => scorecardResponse({ canEdit: false })),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(
      await screen.findByRole('link', { name: 'View details' }),
    ).toHaveAttribute('href', expect.stringContaining('view=scorecard'));
  });

  it('says so when the user may not read the scorecard', async () => {
    const forbidden = Object.assign(new Error('Forbidden'), {
      name: 'ResponseError',
      response: { status: 403 },
    });
    const api = createFakeApi({
      getScorecard: jest.fn(async () => {
        throw forbidden;
      }),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(
      await screen.findByText('No access to this scorecard'),
    ).toBeInTheDocument();
  });

  it('shows an error panel when the backend fails', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => {
        throw new Error('backend down');
      }),
    });
    await renderForEntity(<MlopsMaturityCard />, api);
    expect(
      await screen.findByText(/Could not load the MLOps maturity/),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/backend down/).length).toBeGreaterThan(0);
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(api.getScorecard).toHaveBeenCalledTimes(2);
  });
});
