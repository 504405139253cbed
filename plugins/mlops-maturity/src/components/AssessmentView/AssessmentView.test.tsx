import { act, screen, waitFor, within } from '@testing-library/react';
import { NOT_APPLICABLE_REASON_MAX_LENGTH } from '@mlops-maturity/plugin-mlops-maturity-common';
import userEvent from '@testing-library/user-event';
import { assessmentResponse, draft } from '../../__fixtures__/assessments';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import {
  CI,
  TRACKING,
  VCS,
  question,
  renderAssessment,
} from '../../__testUtils__/assessment';

// Big forms and role queries are slow on shared CI machines.
jest.setTimeout(20_000);

describe('AssessmentView: answering', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('offers a control per answer type, with help texts', async () => {
    const user = userEvent.setup({ delay: null });
    await renderAssessment();
    expect(
      await screen.findByText('Data preparation, training and inference code.'),
    ).toBeInTheDocument();

    await user.click(within(question(VCS)).getByRole('radio', { name: 'Yes' }));
    await user.click(
      within(question(CI)).getByRole('radio', {
        name: 'Automated and repeated',
      }),
    );
    await user.click(
      within(question(TRACKING)).getByRole('radio', { name: 'A spreadsheet' }),
    );

    expect(
      within(question(VCS)).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
    expect(
      within(question(CI)).getByRole('radio', {
        name: 'Automated and repeated',
      }),
    ).toBeChecked();
    expect(
      within(question(TRACKING)).getByRole('radio', { name: 'A spreadsheet' }),
    ).toBeChecked();
    expect(screen.getByText('3 of 5 answered')).toBeInTheDocument();
  });
  it('requires a reason for "not applicable" before submitting', async () => {
    const user = userEvent.setup({ delay: null });
    await renderAssessment();
    await screen.findByText(VCS);

    await user.click(
      within(question(CI)).getByRole('checkbox', { name: 'Not applicable' }),
    );
    expect(within(question(CI)).queryByRole('radio')).not.toBeInTheDocument();
    expect(
      within(question(CI)).getByText(
        'Give a reason when a question does not apply.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Submit the assessment' }),
    ).toBeDisabled();

    await user.type(
      within(question(CI)).getByRole('textbox', {
        name: /Why does this not apply/,
      }),
      'Generated code',
    );
    expect(
      screen.queryByText('Give a reason when a question does not apply.'),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Submit the assessment' }),
    ).toBeEnabled();
  });
  it('checks the "not applicable" reason against the backend\'s length limit before saving it', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const api = createFakeApi();
    await renderAssessment(api);
    await screen.findByText(VCS);
    const tooLong = `Keep the reason to at most ${NOT_APPLICABLE_REASON_MAX_LENGTH} characters.`;

    await user.click(
      within(question(CI)).getByRole('checkbox', { name: 'Not applicable' }),
    );
    const reason = within(question(CI)).getByRole('textbox', {
      name: /Why does this not apply/,
    });
    await user.click(reason);
    await user.paste('x'.repeat(NOT_APPLICABLE_REASON_MAX_LENGTH + 1));
    expect(within(question(CI)).getByText(tooLong)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Submit the assessment' }),
    ).toBeDisabled();
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    // Autosave leaves the answer out rather than sending what the backend refuses.
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalled());
    for (const [, body] of api.saveDraft.mock.calls) {
      expect(body.answers).not.toHaveProperty('dev-ci');
    }

    await user.type(reason, '{Backspace}');
    expect(within(question(CI)).queryByText(tooLong)).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Submit the assessment' }),
    ).toBeEnabled();
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() =>
      expect(api.saveDraft.mock.lastCall?.[1].answers['dev-ci']).toEqual({
        notApplicable: {
          reason: 'x'.repeat(NOT_APPLICABLE_REASON_MAX_LENGTH),
        },
      }),
    );
  });
  it('asks again a question whose saved value the model no longer offers', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({
          draft: draft({
            'dev-ci': { value: 'sometimes', note: 'Nightly' },
          }),
        }),
      ),
    });
    await renderAssessment(api);
    await screen.findByText(VCS);

    // The note stays; the value the backend would refuse is gone.
    expect(
      within(question(CI)).getByRole('textbox', { name: 'Note' }),
    ).toHaveValue('Nightly');
    for (const radio of within(question(CI)).getAllByRole('radio')) {
      expect(radio).not.toBeChecked();
    }
    await user.click(within(question(VCS)).getByRole('radio', { name: 'No' }));
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalled());
    expect(api.saveDraft.mock.lastCall?.[1].answers['dev-ci']).toEqual({
      note: 'Nightly',
    });
  });
  it('flags an evidence link that is not http(s)', async () => {
    const user = userEvent.setup({ delay: null });
    await renderAssessment();
    await screen.findByText(VCS);
    await user.type(
      within(question(VCS)).getByRole('textbox', { name: 'Evidence link 1' }),
      'ftp://files',
    );
    expect(
      within(question(VCS)).getByText(/starting with http:\/\/ or https:\/\//),
    ).toBeInTheDocument();
  });
  it('pre-fills and marks suggestions from the catalog until the user answers', async () => {
    const user = userEvent.setup({ delay: null });
    const api = createFakeApi({
      getScorecard: jest.fn(async () =>
        scorecardResponse({ assessed: false, suggested: 1 }),
      ),
    });
    await renderAssessment(api);
    await screen.findByText(VCS);

    expect(
      within(question(VCS)).getByText('Suggested from the catalog'),
    ).toBeInTheDocument();
    expect(
      within(question(VCS)).getByRole('radio', { name: 'Yes' }),
    ).toBeChecked();
    expect(
      within(question(VCS)).getByRole('textbox', { name: 'Evidence link 1' }),
    ).toHaveValue('https://github.com/acme/fraud');
    expect(
      within(question(CI)).queryByText('Suggested from the catalog'),
    ).not.toBeInTheDocument();

    await user.click(within(question(VCS)).getByRole('radio', { name: 'No' }));
    expect(
      within(question(VCS)).queryByText('Suggested from the catalog'),
    ).not.toBeInTheDocument();
  });
  it('is read only, with an explanation, for people who may not edit', async () => {
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({
          canEdit: false,
          draft: draft({ 'dev-vcs': { value: 'no' } }),
        }),
      ),
    });
    await renderAssessment(api);
    expect(await screen.findByText('Read only')).toBeInTheDocument();
    expect(
      within(question(VCS)).getByRole('radio', { name: 'No' }),
    ).toBeChecked();
    expect(
      within(question(VCS)).getByRole('radio', { name: 'Yes' }),
    ).toBeDisabled();
    expect(
      screen.queryByRole('button', { name: 'Submit the assessment' }),
    ).not.toBeInTheDocument();
    expect(
      screen.queryByText('Suggested from the catalog'),
    ).not.toBeInTheDocument();
  });
});
