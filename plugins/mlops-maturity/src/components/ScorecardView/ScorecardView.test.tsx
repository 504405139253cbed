import { screen, within } from '@testing-library/react';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { model } from '../../__fixtures__/model';
import { renderForEntity } from '../../__testUtils__/render';
import { scorecardResponse } from '../../__fixtures__/scorecards';
import { ScorecardView } from './ScorecardView';

describe('ScorecardView', () => {
  it('says how old the evidence is when the catalog could not be read again', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => ({
        ...scorecardResponse(),
        evidenceStatus: 'stale' as const,
        evidenceAsOf: '2026-03-01T09:00:00.000Z',
      })),
    });
    await renderForEntity(
      <ScorecardView model={model} onStart={jest.fn()} />,
      api,
    );
    const notice = await screen.findByText(
      /The catalog could not be read right now; the evidence shown is from/,
    );
    expect(notice.textContent).toMatch(/2026/);
    expect(
      screen.queryByText(/Part of the catalog evidence/),
    ).not.toBeInTheDocument();
  });

  it('shows the ladder, the current and next level, and the criteria with provenance', async () => {
    const api = createFakeApi({
      getScorecard: jest.fn(async () => ({
        ...scorecardResponse(),
        evidenceStatus: 'partial' as const,
      })),
    });
    await renderForEntity(
      <ScorecardView model={model} onStart={jest.fn()} />,
      api,
    );

    const table = await screen.findByRole('table', {
      name: 'Criteria for Intermediate: Development & Experimentation',
    });
    const row = within(table).getByRole('row', {
      name: /Is all ML code in version control/,
    });
    expect(within(row).getByText('Met')).toBeInTheDocument();
    expect(within(row).getByText('Verified')).toBeInTheDocument();
    expect(
      within(row).getByRole('link', {
        name: /github.com\/project-slug: acme\/fraud/,
      }),
    ).toHaveAttribute('href', 'https://github.com/acme/fraud');
    expect(within(row).getByText('Monorepo since 2023')).toBeInTheDocument();

    expect(screen.getByText('Current level: Intermediate')).toBeInTheDocument();
    expect(screen.getByText('Next level: Advanced')).toBeInTheDocument();
    expect(
      screen.getByText('Development is automated end to end.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Comparable to “0” in Google’s MLOps model and to “2” in Microsoft’s MLOps maturity model.',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getAllByText('1 of 2 criteria met towards Advanced'),
    ).toHaveLength(2);
    expect(
      screen.getByText(/some criteria may show no evidence/),
    ).toBeInTheDocument();
  });
});
