import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { model } from '../../__fixtures__/model';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { renderForEntity } from '../../__testUtils__/render';
import { HistoryView } from '../HistoryView';
import { MlopsMaturityCard } from '../MlopsMaturityCard';
import { RoadmapActions } from '../RoadmapView/RoadmapActions';
import { ReviewView } from './ReviewView';

jest.setTimeout(60_000);

const QUESTION = model.areas[0].criteria[0].question;
const reviews = (canReview: boolean) =>
  jest.fn(async () => ({
    entityRef: 'component:default/fraud-scorer',
    items: [],
    canReview,
  }));

/** The fixture scorecard with dev-vcs disputed by a review. */
function reviewedScorecard(): ScorecardResponse {
  const response = scorecardResponse();
  const [dev] = response.scorecard.areas;
  dev.criteria[0] = {
    ...dev.criteria[0],
    provenance: 'disputed',
    credit: 0,
    met: false,
    review: {
      verdict: 'dispute',
      method: 'interview',
      note: 'Notebooks live outside the repository',
    },
  };
  response.scorecard.review = {
    id: 'r1',
    submissionId: 's2',
    reviewedBy: 'user:default/platform-lead',
    reviewedAt: '2025-03-05T10:00:00Z',
    methods: ['interview', 'documentation-review'],
    confirmed: 0,
    disputed: ['dev-vcs'],
  };
  return response;
}

describe('ReviewView', () => {
  it('shows the answer beside the evidence and records a dispute with its note, method and links after confirmation', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ getReviews: reviews(true) });
    const onReviewed = jest.fn();
    await renderForEntity(
      <ReviewView model={model} onReviewed={onReviewed} />,
      api,
    );

    const section = (
      await screen.findByRole('heading', { name: QUESTION })
    ).closest('section')!;
    expect(
      within(section).getByText(/Monorepo since 2023/),
    ).toBeInTheDocument();
    expect(
      within(section).getByRole('link', {
        name: 'github.com/project-slug: acme/fraud',
      }),
    ).toBeInTheDocument();

    const submit = screen.getByRole('button', { name: 'Record the review' });
    expect(submit).toBeDisabled();
    await user.click(within(section).getByRole('radio', { name: 'Dispute' }));
    // A dispute without a note cannot be sent.
    expect(submit).toBeDisabled();
    fireEvent.change(within(section).getByRole('textbox', { name: /Note/ }), {
      target: { value: 'Notebooks live outside the repository' },
    });
    await user.click(within(section).getByRole('button', { name: /Method/ }));
    await user.click(
      await screen.findByRole('option', { name: 'Documentation review' }),
    );
    fireEvent.change(
      within(section).getByRole('textbox', { name: /Evidence links/ }),
      { target: { value: 'https://wiki.example/ml' } },
    );
    fireEvent.change(screen.getByRole('textbox', { name: 'Overall note' }), {
      target: { value: 'Workshop with the team' },
    });
    expect(submit).toBeEnabled();
    await user.click(submit);

    const dialog = await screen.findByRole('dialog', {
      name: 'Record this review?',
    });
    expect(
      within(dialog).getByText(/You confirm 0 and dispute 1 criteria/),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('button', { name: 'Record the review' }),
    );
    await waitFor(() => expect(onReviewed).toHaveBeenCalled());
    expect(api.recordReview).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
      {
        submissionId: 's2',
        note: 'Workshop with the team',
        criteria: {
          'dev-vcs': {
            verdict: 'dispute',
            method: 'documentation-review',
            note: 'Notebooks live outside the repository',
            evidenceLinks: ['https://wiki.example/ml'],
          },
        },
      },
    );
  });

  it('says so to a user who may not review, with no form', async () => {
    await renderForEntity(
      <ReviewView model={model} onReviewed={jest.fn()} />,
      createFakeApi({ getReviews: reviews(false) }),
    );
    expect(
      await screen.findByText(/You may not review this submission/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Record the review' }),
    ).not.toBeInTheDocument();
  });
});

describe('a review on the card and the roadmap', () => {
  it('shows the reviewed line and flags the disputed answer with the note on the card', async () => {
    await renderForEntity(
      <MlopsMaturityCard />,
      createFakeApi({ getScorecard: jest.fn(async () => reviewedScorecard()) }),
    );
    expect(
      await screen.findByText(
        /Reviewed on .* by platform-lead, method: Interview or workshop, Documentation review/,
      ),
    ).toBeInTheDocument();
    const flag = screen.getByText('1 answer disputed by the reviewer');
    const alert = flag.closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getByText(QUESTION)).toBeInTheDocument();
    expect(
      within(alert).getByText(
        'Reviewer: Notebooks live outside the repository',
      ),
    ).toBeInTheDocument();
  });

  it("lists disputed criteria first on the roadmap, with the reviewer's note", async () => {
    await renderForEntity(
      <RoadmapActions
        model={model}
        items={[
          {
            criterionId: 'dev-vcs',
            areaId: 'development',
            levelId: 'intermediate',
            effort: 'low',
            credit: 0,
            provenance: 'disputed',
            reviewNote: 'Notebooks live outside the repository',
          },
          {
            criterionId: 'mon-alerts',
            areaId: 'monitoring',
            levelId: 'intermediate',
            effort: 'low',
            credit: 0,
            provenance: 'answered',
          },
        ]}
      />,
      createFakeApi(),
    );
    const headings = screen.getAllByRole('heading', { level: 3 });
    expect(headings[0]).toHaveTextContent('1 answer disputed by the reviewer');
    const disputed = headings[0].closest('section')!;
    expect(within(disputed).getByText(QUESTION)).toBeInTheDocument();
    expect(
      within(disputed).getByText(
        'Reviewer: Notebooks live outside the repository',
      ),
    ).toBeInTheDocument();
  });
});

describe('reviews in the history', () => {
  it('lists each review with its reviewer, the submission, the methods and the verdicts', async () => {
    await renderForEntity(
      <HistoryView model={model} />,
      createFakeApi({
        getReviews: jest.fn(async () => ({
          entityRef: 'component:default/fraud-scorer',
          canReview: false,
          items: [
            {
              id: 'r1',
              entityRef: 'component:default/fraud-scorer',
              submissionId: 's2',
              reviewedBy: 'user:default/platform-lead',
              reviewedAt: '2025-03-05T10:00:00Z',
              note: 'Workshop with the team',
              criteria: {
                'dev-vcs': {
                  verdict: 'dispute',
                  method: 'interview',
                  note: 'n',
                },
                'dev-ci': { verdict: 'confirm', method: 'tool-audit' },
              },
            },
          ],
        })),
      }),
    );
    await screen.findByText('Reviews');
    expect(
      screen.getByText(
        /platform-lead reviewed the submission of .* \(Interview or workshop, Tool audit\): 1 confirmed, 1 disputed/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('Workshop with the team')).toBeInTheDocument();
  });
});
