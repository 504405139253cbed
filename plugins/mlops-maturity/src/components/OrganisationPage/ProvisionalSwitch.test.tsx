import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import {
  entitiesResponse,
  entityRow,
  forecastingGroup,
  overviewResponse,
  summary,
} from '../../__fixtures__/overview';
import {
  currentSearch,
  renderOrganisation,
} from '../../__testUtils__/organisation';
import { OrganisationPage } from './OrganisationPage';

jest.setTimeout(20_000);

const SWITCH = 'Include provisional (catalog-only) services';

describe('the provisional switch of the organisation page', () => {
  it('is off by default, and turning it on keeps it in the URL and asks every figure for it', async () => {
    const api = createFakeApi();
    await renderOrganisation(
      <OrganisationPage />,
      api,
      '/mlops-maturity?page=3',
    );
    const toggle = await screen.findByRole('checkbox', { name: SWITCH });
    expect(toggle).not.toBeChecked();
    expect(api.getOverview).toHaveBeenCalledWith({
      groupBy: 'owner',
      groupType: 'team',
      filters: {},
    });

    await userEvent.click(toggle);

    await waitFor(() =>
      expect(currentSearch().get('includeProvisional')).toBe('true'),
    );
    expect(currentSearch().get('page')).toBeNull();
    const filters = { includeProvisional: true };
    await waitFor(() =>
      expect(api.getOverview).toHaveBeenLastCalledWith({
        groupBy: 'owner',
        groupType: 'team',
        filters,
      }),
    );
    await waitFor(() =>
      expect(api.getOverviewTrends).toHaveBeenLastCalledWith({
        filters,
        months: 12,
      }),
    );
    expect(screen.getByRole('checkbox', { name: SWITCH })).toBeChecked();

    await userEvent.click(screen.getByRole('checkbox', { name: SWITCH }));
    await waitFor(() =>
      expect(currentSearch().get('includeProvisional')).toBeNull(),
    );
  });

  it('is on when a shared URL says so, and clearing the filters keeps it', async () => {
    const api = createFakeApi();
    await renderOrganisation(
      <OrganisationPage />,
      api,
      '/mlops-maturity?includeProvisional=true&lifecycle=production',
    );
    expect(await screen.findByRole('checkbox', { name: SWITCH })).toBeChecked();
    await waitFor(() =>
      expect(api.getOverview).toHaveBeenCalledWith({
        groupBy: 'owner',
        groupType: 'team',
        filters: { lifecycle: ['production'], includeProvisional: true },
      }),
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() => expect(currentSearch().get('lifecycle')).toBeNull());
    expect(currentSearch().get('includeProvisional')).toBe('true');
  });

  it('keeps the switch when the empty page clears the filters', async () => {
    const api = createFakeApi({
      getOverview: jest.fn(async () => overviewResponse([])),
    });
    await renderOrganisation(
      <OrganisationPage />,
      api,
      '/mlops-maturity?includeProvisional=true&lifecycle=retired',
    );
    const clears = await screen.findAllByRole('button', {
      name: 'Clear filters',
    });
    await userEvent.click(clears[clears.length - 1]);
    await waitFor(() => expect(currentSearch().get('lifecycle')).toBeNull());
    expect(currentSearch().get('includeProvisional')).toBe('true');
  });

  it("counts each group's provisional services apart in the heatmap", async () => {
    const team = {
      ...forecastingGroup,
      ...summary({
        services: 4,
        assessed: 1,
        provisional: 2,
        overall: [1, 0, 0, 3],
        medianOverall: 'initial',
        development: ['basic', 20],
        monitoring: [null, null],
      }),
    };
    const api = createFakeApi({
      getOverview: jest.fn(async () => overviewResponse([team])),
    });
    await renderOrganisation(<OrganisationPage />, api);
    const row = (
      await screen.findByRole('rowheader', { name: 'Forecasting' })
    ).closest('tr') as HTMLElement;
    expect(
      within(row).getByText('1 of 4 · 2 provisional (catalog only)'),
    ).toBeInTheDocument();
  });

  it("shows the organisation's coverage and which services its figures count", async () => {
    const organisation = summary({
      services: 6,
      assessed: 3,
      stale: 1,
      provisional: 2,
      overall: [1, 2, 0, 3],
      medianOverall: 'reproducible',
      development: ['intermediate', 40],
      monitoring: [null, null],
    });
    const api = createFakeApi({
      getOverview: jest.fn(async () => ({
        ...overviewResponse(),
        organisation,
      })),
    });
    await renderOrganisation(<OrganisationPage />, api);
    expect(
      await screen.findByText(
        '3 of 6 services assessed (50%) · 1 stale · 1 of 3 assessed reviewed (33%) · 2 provisional (catalog only). Levels, medians and means count assessed services only.',
      ),
    ).toBeInTheDocument();
  });

  it("labels a provisional service's levels in the services list, and leaves an assessed one as it is", async () => {
    const api = createFakeApi({
      getOverviewEntities: jest.fn(async () =>
        entitiesResponse({
          items: [
            entityRow('fraud-scorer'),
            entityRow('churn-model', {
              status: 'provisional',
              overallLevelId: 'initial',
              areas: { development: { levelId: 'basic', score: 10 } },
              assessedAt: null,
              assessedBy: null,
              submissionId: null,
            }),
          ],
        }),
      ),
    });
    await renderOrganisation(<OrganisationPage />, api);
    const table = await screen.findByRole('region', { name: 'Services table' });
    const provisional = (
      await within(table).findByRole('rowheader', { name: 'churn-model' })
    ).closest('tr') as HTMLElement;
    expect(
      within(provisional).getByText('Initial (provisional)'),
    ).toBeInTheDocument();
    expect(
      within(provisional).getByText('Basic (provisional)'),
    ).toBeInTheDocument();
    const assessed = within(table)
      .getByRole('rowheader', { name: 'fraud-scorer' })
      .closest('tr') as HTMLElement;
    expect(within(assessed).getByText('Reproducible')).toBeInTheDocument();
    expect(within(assessed).queryByText(/provisional/)).not.toBeInTheDocument();
  });
});
