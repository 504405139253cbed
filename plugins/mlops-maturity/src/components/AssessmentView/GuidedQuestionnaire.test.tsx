import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { assessmentResponse, draft } from '../../__fixtures__/assessments';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import {
  CI,
  DEVELOPMENT,
  MONITORING,
  TRACKING,
  VCS,
  question,
  renderAssessment,
  showArea,
} from '../../__testUtils__/assessment';

// Big forms and role queries are slow on shared CI machines.
jest.setTimeout(30_000);

const ALERTS = 'Are latency and errors alerted on?';
const DRIFT = 'Is input drift checked?';

const nav = () =>
  screen.getByRole('navigation', { name: 'Areas of the questionnaire' });
const areaButton = (title: string) =>
  within(nav()).getByRole('button', { name: new RegExp(`^${title}`) });
const focused = () => document.activeElement as HTMLElement;

describe('AssessmentView: one area at a time', () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it('shows one area, lists every area with its progress, and moves between areas', async () => {
    const user = userEvent.setup({ delay: null });
    await renderAssessment();
    await screen.findByText(VCS);

    // Only the first area's questions are on the page.
    expect(screen.queryByText(ALERTS)).not.toBeInTheDocument();
    expect(areaButton(DEVELOPMENT)).toHaveAttribute('aria-current', 'step');
    expect(areaButton(DEVELOPMENT)).toHaveTextContent('0 of 3 answered');
    expect(areaButton(MONITORING)).toHaveTextContent('0 of 2 answered');
    expect(areaButton(MONITORING)).not.toHaveAttribute('aria-current');

    await user.click(within(question(VCS)).getByRole('radio', { name: 'No' }));
    expect(areaButton(DEVELOPMENT)).toHaveTextContent('1 of 3 answered');
    expect(screen.getByText('Area 1 of 2 · 1 of 3 answered')).toBeVisible();

    await user.click(
      screen.getByRole('button', { name: `Next area: ${MONITORING}` }),
    );
    expect(screen.getByText(ALERTS)).toBeInTheDocument();
    expect(screen.queryByText(VCS)).not.toBeInTheDocument();
    expect(areaButton(MONITORING)).toHaveAttribute('aria-current', 'step');
    // Focus is on the new area's heading, so Tab goes on into its questions.
    expect(focused()).toBe(
      screen.getByRole('heading', { level: 2, name: MONITORING }),
    );
    expect(
      screen.queryByRole('button', { name: /^Next area/ }),
    ).not.toBeInTheDocument();

    await user.click(
      screen.getByRole('button', { name: `Previous area: ${DEVELOPMENT}` }),
    );
    // The answer given before leaving the area is still there.
    expect(
      within(question(VCS)).getByRole('radio', { name: 'No' }),
    ).toBeChecked();
    expect(focused()).toBe(
      screen.getByRole('heading', { level: 2, name: DEVELOPMENT }),
    );
  });

  it('works by keyboard alone: Enter on an area in the navigation shows it', async () => {
    const user = userEvent.setup({ delay: null });
    await renderAssessment();
    await screen.findByText(VCS);
    areaButton(MONITORING).focus();
    await user.keyboard('{Enter}');
    expect(screen.getByText(DRIFT)).toBeInTheDocument();
    expect(focused()).toBe(
      screen.getByRole('heading', { level: 2, name: MONITORING }),
    );
    await user.tab();
    expect(question(ALERTS)).toContainElement(focused());
  });

  it('"Next unanswered question" moves focus to the next question without an answer, across areas', async () => {
    const user = userEvent.setup({ delay: null });
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({
          draft: draft({ 'dev-ci': { value: 'manual' } }, 2),
        }),
      ),
    });
    await renderAssessment(api);
    await screen.findByText(VCS);
    const nextUnanswered = () =>
      screen.getByRole('button', { name: 'Next unanswered question' });

    // From the start of the area: the first question has no answer.
    await user.click(nextUnanswered());
    expect(question(VCS)).toContainElement(focused());

    // Answering it and asking again skips the answered CI question.
    await user.click(within(question(VCS)).getByRole('radio', { name: 'Yes' }));
    await user.click(nextUnanswered());
    expect(question(TRACKING)).toContainElement(focused());

    // After the last question of the area it goes on into the next area.
    await user.click(
      within(question(TRACKING)).getByRole('radio', { name: 'Nowhere' }),
    );
    await user.click(nextUnanswered());
    await waitFor(() => expect(question(ALERTS)).toContainElement(focused()));
    expect(areaButton(MONITORING)).toHaveAttribute('aria-current', 'step');

    await user.click(
      within(question(ALERTS)).getByRole('radio', { name: 'No' }),
    );
    await user.click(
      within(question(DRIFT)).getByRole('radio', { name: 'Not done' }),
    );
    expect(
      screen.queryByRole('button', { name: 'Next unanswered question' }),
    ).not.toBeInTheDocument();
    expect(screen.getByText('5 of 5 answered')).toBeInTheDocument();
  });

  it('"Next unanswered question" goes on from the question last focused by keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    await renderAssessment();
    await screen.findByText(VCS);
    // Tabbing into a question changes no answer.
    act(() => within(question(TRACKING)).getAllByRole('radio')[0].focus());
    await user.click(
      screen.getByRole('button', { name: 'Next unanswered question' }),
    );
    await waitFor(() => expect(question(ALERTS)).toContainElement(focused()));
  });

  it('sums up the answers to fix at the top; each link shows the area and focuses the field', async () => {
    const user = userEvent.setup({ delay: null });
    const api = createFakeApi({
      getAssessment: jest.fn(async () =>
        assessmentResponse({
          draft: draft(
            { 'mon-drift': { value: 'manual', evidenceLinks: ['ftp://x'] } },
            2,
          ),
        }),
      ),
    });
    await renderAssessment(api);
    await screen.findByText(VCS);
    await user.click(
      within(question(CI)).getByRole('checkbox', { name: 'Not applicable' }),
    );

    const summary = screen.getByRole('region', {
      name: '2 answers need fixing before you can submit',
    });
    const links = within(summary).getAllByRole('button');
    expect(links.map(l => l.textContent)).toEqual([
      `${CI} (${DEVELOPMENT}): Give a reason when a question does not apply.`,
      `${DRIFT} (${MONITORING}): Evidence link 1: Use a full address starting with http:// or https://`,
    ]);
    expect(areaButton(DEVELOPMENT)).toHaveTextContent('1 to fix');
    expect(areaButton(MONITORING)).toHaveTextContent('1 to fix');
    expect(areaButton(MONITORING)).toHaveAccessibleName(
      `${MONITORING} 1 of 2 answered 1 to fix`,
    );
    expect(
      screen.queryByText('Fix the answers marked in red before submitting.'),
    ).not.toBeInTheDocument();

    // The bar's count leads to the summary from anywhere on the page.
    await user.click(screen.getByRole('button', { name: '2 answers to fix' }));
    expect(focused()).toBe(summary);

    // The Monitoring link switches area and focuses the bad link field.
    await user.click(links[1]);
    await waitFor(() =>
      expect(focused()).toBe(
        within(question(DRIFT)).getByRole('textbox', {
          name: 'Evidence link 1',
        }),
      ),
    );
    expect(areaButton(MONITORING)).toHaveAttribute('aria-current', 'step');
    await user.clear(focused());
    await user.type(focused(), 'https://grafana.example.com/d/drift');
    expect(areaButton(MONITORING)).not.toHaveTextContent('to fix');

    // The remaining problem is back in the first area, at the reason field.
    const rest = screen.getByRole('region', {
      name: '1 answer needs fixing before you can submit',
    });
    await user.click(within(rest).getByRole('button'));
    await waitFor(() =>
      expect(focused()).toBe(
        within(question(CI)).getByRole('textbox', {
          name: /Why does this not apply/,
        }),
      ),
    );
    await user.type(focused(), 'Generated code');
    expect(screen.queryByRole('region', { name: /need/ })).toBeNull();
    expect(
      screen.getByRole('button', { name: 'Submit the assessment' }),
    ).toBeEnabled();
  });

  it('autosave sends the answers of every area, not only the area shown', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    const api = createFakeApi();
    await renderAssessment(api);
    await screen.findByText(VCS);

    await user.click(within(question(VCS)).getByRole('radio', { name: 'Yes' }));
    await showArea(user, MONITORING);
    await user.click(
      within(question(ALERTS)).getByRole('radio', { name: 'No' }),
    );
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalled());
    expect(api.saveDraft.mock.lastCall?.[1]).toEqual({
      revision: 0,
      answers: {
        'dev-vcs': { value: 'yes' },
        'mon-alerts': { value: 'no' },
      },
    });

    // Back in the first area, a change there still saves both.
    await showArea(user, DEVELOPMENT);
    await user.click(
      within(question(CI)).getByRole('radio', { name: 'Not done' }),
    );
    await act(async () => {
      jest.advanceTimersByTime(1000);
    });
    await waitFor(() => expect(api.saveDraft).toHaveBeenCalledTimes(2));
    expect(api.saveDraft.mock.lastCall?.[1].answers).toEqual({
      'dev-vcs': { value: 'yes' },
      'dev-ci': { value: 'none' },
      'mon-alerts': { value: 'no' },
    });
  });
});
