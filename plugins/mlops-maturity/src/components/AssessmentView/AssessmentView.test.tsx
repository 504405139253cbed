import { screen, within } from '@testing-library/react';
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
