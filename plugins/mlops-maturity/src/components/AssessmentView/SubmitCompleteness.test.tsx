import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessmentResponse, draft } from '../../__fixtures__/assessments';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import {
  MONITORING,
  VCS,
  question,
  renderAssessment,
  showArea,
} from '../../__testUtils__/assessment';

// Big forms and role queries are slow on shared CI machines.
jest.setTimeout(20_000);

const ALERTS = 'Are latency and errors alerted on?';
const DRIFT = 'Is input drift checked?';

/** A draft answering the development questions only (3 of the 5). */
const developmentOnly = {
  'dev-vcs': { value: 'yes' },
  'dev-ci': { value: 'manual' },
  'dev-tracking': { value: 'tool' },
};

function apiWith(minimumCompleteness: number) {
  return createFakeApi({
    getAssessment: jest.fn(async () =>
      assessmentResponse({
        minimumCompleteness,
        draft: draft(developmentOnly, 3),
      }),
    ),
    getScorecard: jest.fn(async () => scorecardResponse({ assessed: false })),
  });
}

async function openSubmitDialog() {
  const user = userEvent.setup({ delay: null });
  // Whichever area is shown: the bar with the submit button is always there.
  await user.click(
    await screen.findByRole('button', { name: 'Submit the assessment' }),
  );
  const dialog = await screen.findByRole('dialog', {
    name: 'Submit this assessment?',
  });
  return { user, dialog };
}

describe('AssessmentView: what a submission still lacks', () => {
  it('lists the unanswered questions and refuses to submit while every question is required', async () => {
    const api = apiWith(1);
    await renderAssessment(api);
    const { user, dialog } = await openSubmitDialog();

    expect(
      within(dialog).getByText('2 of 5 questions have no answer yet'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(/Every question needs an answer/),
    ).toBeInTheDocument();
    const links = within(dialog).getAllByRole('button', {
      name: /^Go to the question/,
    });
    expect(links.map(l => l.textContent)).toEqual([ALERTS, DRIFT]);
    await waitFor(() => expect(api.previewScorecard).toHaveBeenCalled());
    expect(
      within(dialog).getByRole('button', { name: 'Submit' }),
    ).toBeDisabled();

    // A link closes the dialog, shows the question's area (the dialog was
    // opened from the first one) and puts the user on the question.
    expect(document.getElementById('question-mon-drift')).toBeNull();
    await user.click(links[1]);
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    await waitFor(() =>
      expect(question(DRIFT)).toContainElement(
        document.activeElement as HTMLElement,
      ),
    );
    expect(api.submit).not.toHaveBeenCalled();
  });

  it('allows a partial submission at the share the backend accepts, saying that the rest counts as not met', async () => {
    const api = apiWith(0.6);
    await renderAssessment(api);
    const { user, dialog } = await openSubmitDialog();

    expect(
      within(dialog).getByText('2 of 5 questions have no answer yet'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText(
        /questions left without an answer count as not met/,
      ),
    ).toBeInTheDocument();
    const submit = within(dialog).getByRole('button', { name: 'Submit' });
    await waitFor(() => expect(submit).toBeEnabled());
    await user.click(submit);
    await waitFor(() => expect(api.submit).toHaveBeenCalled());
  });

  it('names the required share when it is not reached', async () => {
    await renderAssessment(apiWith(0.8));
    const { dialog } = await openSubmitDialog();
    expect(
      within(dialog).getByText(/At least 80% of the questions need an answer/),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('button', { name: 'Submit' }),
    ).toBeDisabled();
  });

  it('lists nothing once every question is answered or not applicable', async () => {
    const user = userEvent.setup({ delay: null });
    const api = apiWith(1);
    await renderAssessment(api);
    await screen.findByText(VCS);
    // Those questions are in the second area.
    await showArea(user, MONITORING);
    await user.click(
      within(question(ALERTS)).getByRole('radio', { name: 'No' }),
    );
    await user.click(
      within(question(DRIFT)).getByRole('checkbox', { name: 'Not applicable' }),
    );
    await user.type(
      within(question(DRIFT)).getByRole('textbox', {
        name: /Why does this not apply/,
      }),
      'Batch only',
    );
    const { dialog } = await openSubmitDialog();
    expect(
      within(dialog).queryByText(/have no answer yet/),
    ).not.toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(dialog).getByRole('button', { name: 'Submit' }),
      ).toBeEnabled(),
    );
  });
});

describe('AssessmentView: completeness with catalog evidence', () => {
  it('needs no answer for a question the preview detects from sufficient catalog evidence', async () => {
    const preview = scorecardResponse();
    preview.scorecard.areas = [
      {
        ...preview.scorecard.areas[0],
        criteria: [
          {
            criterionId: 'dev-vcs',
            areaId: 'development',
            levelId: 'intermediate',
            credit: 1,
            met: true,
            provenance: 'detected',
            applicable: true,
            evidence: {
              status: 'found',
              sufficient: true,
              items: [
                { source: 'annotation', label: 'github.com/project-slug' },
              ],
            },
          },
        ],
      },
    ];
    const { 'dev-vcs': _left, ...rest } = developmentOnly;
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({
          draft: draft(
            {
              ...rest,
              'mon-alerts': { value: 'no' },
              'mon-drift': { value: 'none' },
            },
            3,
          ),
        }),
      ),
      // Without the tab's scorecard nothing is pre-filled, so only the
      // preview's evidence can cover the version-control question.
      getScorecard: jest.fn(async () => {
        throw new Error('unavailable');
      }),
      previewScorecard: jest.fn(async () => preview),
    });
    await renderAssessment(api);
    const { dialog } = await openSubmitDialog();
    const submit = within(dialog).getByRole('button', { name: 'Submit' });
    await waitFor(() => expect(submit).toBeEnabled());
    expect(
      within(dialog).queryByText(/have no answer yet/),
    ).not.toBeInTheDocument();
  });
});

describe('AssessmentView: discarding the draft', () => {
  it('asks for confirmation, discards the draft at its revision and loads the assessment again', async () => {
    const user = userEvent.setup({ delay: null });
    const api = createFakeApi({
      getAssessment: jest
        .fn()
        .mockResolvedValueOnce(
          assessmentResponse({ draft: draft(developmentOnly, 3) }),
        )
        .mockResolvedValue({ ...assessmentResponse(), revision: 4 }),
    });
    await renderAssessment(api);
    await screen.findByText(VCS);
    expect(
      within(question(VCS)).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();

    // Cancelling keeps the draft.
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    let dialog = await screen.findByRole('dialog', {
      name: 'Discard the draft?',
    });
    expect(within(dialog).getByText(/cannot be undone/)).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Keep the draft' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.discardDraft).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    dialog = await screen.findByRole('dialog', { name: 'Discard the draft?' });
    await user.click(
      within(dialog).getByRole('button', { name: 'Discard draft' }),
    );
    await waitFor(() =>
      expect(api.discardDraft).toHaveBeenCalledWith(
        'component:default/fraud-scorer',
        3,
      ),
    );
    await waitFor(() =>
      expect(
        within(question(VCS)).getByRole('radio', { name: 'Yes' }),
      ).not.toBeChecked(),
    );
    expect(api.getAssessment).toHaveBeenCalledTimes(2);
    expect(
      screen.queryByRole('button', { name: 'Discard draft' }),
    ).not.toBeInTheDocument();
  });

  it('keeps the dialog open with the error when discarding fails', async () => {
    const user = userEvent.setup({ delay: null });
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({ draft: draft(developmentOnly, 3) }),
      ),
      discardDraft: jest.fn(async () => {
        throw new Error('Database unavailable');
      }),
    });
    await renderAssessment(api);
    await screen.findByText(VCS);
    await user.click(screen.getByRole('button', { name: 'Discard draft' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Discard the draft?',
    });
    await user.click(
      within(dialog).getByRole('button', { name: 'Discard draft' }),
    );
    expect(
      await within(dialog).findByText(
        'The draft could not be discarded: Database unavailable',
      ),
    ).toBeInTheDocument();
    expect(api.getAssessment).toHaveBeenCalledTimes(1);
  });
});
