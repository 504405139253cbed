import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  assessmentResponse,
  conflictError,
  draft,
} from '../../__fixtures__/assessments';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import {
  CI,
  VCS,
  question,
  renderAssessment,
} from '../../__testUtils__/assessment';

// Big forms and role queries are slow on shared CI machines.
jest.setTimeout(20_000);

describe('AssessmentView: saving and submitting', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('saves the draft about a second after the last change', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const api = createFakeApi();
    await renderAssessment(api);
    await screen.findByText(VCS);

    await user.click(within(question(VCS)).getByRole('radio', { name: 'No' }));
    await user.type(
      within(question(VCS)).getByRole('textbox', { name: 'Note' }),
      'Soon',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Unsaved changes');
    expect(api.saveDraft).not.toHaveBeenCalled();

    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent('Saved'),
    );
    expect(api.saveDraft).toHaveBeenCalledTimes(1);
    expect(api.saveDraft).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
      {
        revision: 0,
        answers: { 'dev-vcs': { value: 'no', note: 'Soon' } },
      },
    );

    // The next save builds on the revision the backend returned.
    await user.click(
      within(question(CI)).getByRole('radio', { name: 'Not done' }),
    );
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalledTimes(2));
    expect(api.saveDraft.mock.calls[1][1].revision).toBe(1);
  });
  it('keeps the typed answers when someone else saved first, and lets them be re-applied', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const theirs = draft(
      { 'dev-ci': { value: 'automated' } },
      7,
      'user:default/bruno',
    );
    const api = createFakeApi({
      saveDraft: jest
        .fn()
        .mockRejectedValueOnce(conflictError())
        .mockImplementation(async (_ref, req) =>
          draft(req.answers, req.revision + 1),
        ),
    });
    await renderAssessment(api);
    await screen.findByText(VCS);
    api.getAssessment.mockResolvedValue(assessmentResponse({ draft: theirs }));

    await user.click(within(question(VCS)).getByRole('radio', { name: 'Yes' }));
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });

    expect(
      await screen.findByText('Someone else saved first'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(/bruno saved this draft while you were editing/),
    ).toBeInTheDocument();
    expect(
      within(question(VCS)).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();

    await user.click(
      screen.getByRole('button', { name: 'Reload their version' }),
    );
    expect(
      await screen.findByText(/1 answer you typed is kept aside/),
    ).toBeInTheDocument();
    expect(
      within(question(CI)).getByRole('radio', {
        name: 'Automated and repeated',
      }),
    ).toBeChecked();
    expect(
      within(question(VCS)).getByRole('radio', { name: 'Yes' }),
    ).not.toBeChecked();

    await user.click(
      screen.getByRole('button', { name: 'Re-apply my answers' }),
    );
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalledTimes(2));
    expect(api.saveDraft.mock.calls[1][1]).toEqual({
      revision: 7,
      answers: {
        'dev-ci': { value: 'automated' },
        'dev-vcs': { value: 'yes' },
      },
    });
    expect(
      screen.queryByText('Someone else saved first'),
    ).not.toBeInTheDocument();
    expect(
      within(question(VCS)).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
  });
  it('submits after a confirmation that shows the resulting levels', async () => {
    const user = userEvent.setup({ delay: null });
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({
          // Partial submissions allowed: this test is about the confirmation.
          minimumCompleteness: 0,
          // An answer to a question the model no longer has is left out.
          draft: draft(
            { 'dev-vcs': { value: 'yes' }, 'old-question': { value: 'no' } },
            4,
          ),
        }),
      ),
    });
    const onSubmitted = jest.fn();
    await renderAssessment(api, onSubmitted);
    await screen.findByText(VCS);

    await user.click(
      screen.getByRole('button', { name: 'Submit the assessment' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Submit this assessment?',
    });
    expect(await within(dialog).findByText('Reproducible')).toBeInTheDocument();
    expect(
      within(dialog).getByText('Monitoring & Maintenance'),
    ).toBeInTheDocument();
    expect(api.previewScorecard).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
      {
        'dev-vcs': { value: 'yes' },
      },
    );
    expect(api.submit).not.toHaveBeenCalled();

    await user.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalled());
    expect(api.submit).toHaveBeenCalledWith('component:default/fraud-scorer', {
      answers: { 'dev-vcs': { value: 'yes' } },
      revision: 4,
    });
  });
  it('cancelling the confirmation submits nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const api = createFakeApi();
    await renderAssessment(api);
    await screen.findByText(VCS);
    await user.click(
      screen.getByRole('button', { name: 'Submit the assessment' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(api.submit).not.toHaveBeenCalled();
  });
});
