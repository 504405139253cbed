import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessmentResponse, draft } from '../../__fixtures__/assessments';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { renderForEntity } from '../../__testUtils__/render';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { MlopsMaturityContent } from './MlopsMaturityContent';

// The tab renders whole views; shared CI machines need more than the default.
jest.setTimeout(20_000);

describe('MlopsMaturityContent', () => {
  it('opens on the scorecard and switches views with the tabs', async () => {
    const user = userEvent.setup();
    const api = createFakeApi();
    await renderForEntity(<MlopsMaturityContent />, api);

    const tabs = screen.getByRole('tablist', { name: 'MLOps maturity views' });
    expect(
      within(tabs).getByRole('tab', { name: 'Scorecard' }),
    ).toHaveAttribute('aria-selected', 'true');
    expect(
      await screen.findByRole('table', {
        name: 'Criteria for Intermediate: Development & Experimentation',
      }),
    ).toBeInTheDocument();

    await user.click(within(tabs).getByRole('tab', { name: 'History' }));
    expect(
      await screen.findByRole('table', { name: 'Submissions' }),
    ).toBeInTheDocument();

    await user.click(within(tabs).getByRole('tab', { name: 'Roadmap' }));
    expect(
      await screen.findByRole('button', { name: 'Save targets' }),
    ).toBeInTheDocument();
  });

  it('opens the view named in the link and returns to the scorecard after submitting', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({
          // Partial submissions allowed: this test is about where the tab goes.
          minimumCompleteness: 0,
          draft: draft({ 'dev-vcs': { value: 'yes' } }, 2),
        }),
      ),
    });
    await renderForEntity(<MlopsMaturityContent />, api, {
      routeEntries: ['/?view=assessment'],
    });

    await user.click(
      await screen.findByRole('button', { name: 'Submit the assessment' }),
    );
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByText('Reproducible');
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));

    expect(
      await screen.findByText(
        'Assessment submitted. The scorecard now shows the new levels.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Scorecard' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await waitFor(() => expect(api.getScorecard).toHaveBeenCalledTimes(2));
  });

  it('invites to start when the service is not assessed', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      getScorecard: jest.fn(async () => scorecardResponse({ assessed: false })),
    });
    await renderForEntity(<MlopsMaturityContent />, api);
    expect(await screen.findByText('Not assessed yet')).toBeInTheDocument();
    await user.click(
      screen.getByRole('button', { name: 'Take the assessment' }),
    );
    expect(screen.getByRole('tab', { name: 'Assessment' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(
      await screen.findByText('Is all ML code in version control?'),
    ).toBeInTheDocument();
  });
});
