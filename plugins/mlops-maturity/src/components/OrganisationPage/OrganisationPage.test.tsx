import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { FRAUD_REF, overviewResponse } from '../../__fixtures__/overview';
import {
  currentSearch,
  renderOrganisation,
} from '../../__testUtils__/organisation';
import { OrganisationPage } from './OrganisationPage';

// Menus and several loads per test: slow on a busy CI machine.
jest.setTimeout(20_000);

const forbidden = Object.assign(new Error('Forbidden'), {
  name: 'ResponseError',
  response: { status: 403 },
});

/** The heatmap row of a group, by its row header. */
const heatmapRow = (name: string) =>
  screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement;

describe('OrganisationPage', () => {
  it('shows the heatmap of teams with level titles, mean scores and the organisation row', async () => {
    const api = createFakeApi();
    await renderOrganisation(<OrganisationPage />, api);
    expect(await screen.findByText('Maturity by team')).toBeInTheDocument();
    expect(api.getOverview).toHaveBeenCalledWith({
      groupBy: 'owner',
      groupType: 'team',
      filters: {},
    });

    const org = heatmapRow('Organisation');
    expect(within(org).getByText('Reproducible')).toBeInTheDocument();
    expect(within(org).getAllByText('Intermediate')).toHaveLength(2);
    expect(within(org).getByText('mean 58')).toBeInTheDocument();
    expect(within(org).queryByRole('img')).not.toBeInTheDocument();

    const fraud = heatmapRow('Fraud Detection');
    expect(within(fraud).getByText('mean 72.5')).toBeInTheDocument();
    expect(within(fraud).getByText('3 of 3')).toBeInTheDocument();
    expect(within(fraud).getByText('1 out of date')).toBeInTheDocument();
    expect(within(fraud).getByText('Reproducible: 2')).toBeInTheDocument();
    expect(within(fraud).getByText('Managed: 1')).toBeInTheDocument();
    // Monitoring: mean 55, the organisation's mean too, so not below.
    expect(
      within(fraud).queryByRole('img', {
        name: "Mean below the organisation's mean",
      }),
    ).not.toBeInTheDocument();

    // Development mean 20 is below the organisation's 58; monitoring has no
    // mean, which is no comparison.
    const forecasting = heatmapRow('Forecasting');
    expect(within(forecasting).getByText('Initial')).toBeInTheDocument();
    expect(within(forecasting).getByText('Basic')).toBeInTheDocument();
    expect(within(forecasting).getByText('Not assessed')).toBeInTheDocument();
    expect(
      within(forecasting).getByText('No assessed level: 1'),
    ).toBeInTheDocument();
    expect(
      within(forecasting).getAllByRole('img', {
        name: "Mean below the organisation's mean",
      }),
    ).toHaveLength(1);

    // The page has exactly one main landmark (the legacy Page's).
    expect(screen.getAllByRole('main')).toHaveLength(1);
  });

  it('shows owners in the services list by title, with the ref on hover', async () => {
    const api = createFakeApi();
    await renderOrganisation(<OrganisationPage />, api);
    const table = await screen.findByRole('region', { name: 'Services table' });
    const owners = await within(table).findAllByRole('link', {
      name: 'Fraud Detection',
    });
    expect(owners[0]).toHaveAttribute('title', FRAUD_REF);
    expect(
      within(table).queryByText('fraud-detection'),
    ).not.toBeInTheDocument();
    expect(table).toHaveAttribute('tabindex', '0');
  });

  it('puts the grouping in the URL and asks the backend for it', async () => {
    const api = createFakeApi();
    await renderOrganisation(<OrganisationPage />, api);
    await screen.findByText('Maturity by team');

    await userEvent.click(screen.getByRole('button', { name: /Group by/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Department' }));

    expect(
      await screen.findByText('Maturity by department'),
    ).toBeInTheDocument();
    expect(currentSearch().get('groupBy')).toBe('department');
    expect(api.getOverview).toHaveBeenLastCalledWith({
      groupBy: 'owner',
      groupType: 'department',
      filters: {},
    });

    await userEvent.click(screen.getByRole('button', { name: /Group by/ }));
    await userEvent.click(screen.getByRole('option', { name: 'System' }));
    await waitFor(() =>
      expect(api.getOverview).toHaveBeenLastCalledWith({
        groupBy: 'system',
        filters: {},
      }),
    );
    expect(currentSearch().get('groupBy')).toBe('system');
  });

  it('applies the filters, sort and page of a shared URL on load', async () => {
    const api = createFakeApi();
    await renderOrganisation(
      <OrganisationPage />,
      api,
      '/mlops-maturity?groupBy=domain&owner=group:default/fraud-detection&lifecycle=production&assessed=true&stale=false&sort=overall&order=desc&page=2&months=6',
    );
    const filters = {
      owner: ['group:default/fraud-detection'],
      lifecycle: ['production'],
      assessed: true,
      stale: false,
    };
    await waitFor(() =>
      expect(api.getOverview).toHaveBeenCalledWith({
        groupBy: 'domain',
        filters,
      }),
    );
    await waitFor(() =>
      expect(api.getOverviewEntities).toHaveBeenCalledWith({
        filters,
        sort: 'overall',
        order: 'desc',
        offset: 25,
        limit: 25,
      }),
    );
    expect(api.getOverviewTrends).toHaveBeenCalledWith({ filters, months: 6 });
    expect(
      screen.getByRole('button', { name: /Assessment Assessed/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('production')).toBeInTheDocument();
  });

  it('changes a filter in the URL and goes back to the first page', async () => {
    const api = createFakeApi();
    await renderOrganisation(
      <OrganisationPage />,
      api,
      '/mlops-maturity?page=3',
    );
    await screen.findByText('Maturity by team');

    await userEvent.click(screen.getByRole('button', { name: /Freshness/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Out of date' }));

    await waitFor(() => expect(currentSearch().get('stale')).toBe('true'));
    expect(currentSearch().get('page')).toBeNull();
    expect(api.getOverview).toHaveBeenLastCalledWith({
      groupBy: 'owner',
      groupType: 'team',
      filters: { stale: true },
    });
  });

  it('pages and sorts the services on the server', async () => {
    const api = createFakeApi();
    await renderOrganisation(<OrganisationPage />, api);
    expect(
      await screen.findByRole('link', { name: 'Fraud scorer' }),
    ).toHaveAttribute('href', '/catalog/default/component/fraud-scorer');
    expect(api.getOverviewEntities).toHaveBeenLastCalledWith({
      filters: {},
      sort: 'name',
      order: 'asc',
      offset: 0,
      limit: 25,
    });
    expect(screen.getByText('1–25 of 120')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: /next page/i }));
    await waitFor(() =>
      expect(api.getOverviewEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({ offset: 25, limit: 25 }),
      ),
    );
    expect(currentSearch().get('page')).toBe('2');

    const table = screen.getAllByRole('table').at(-1)!;
    await userEvent.click(
      within(table).getByRole('button', { name: 'Overall level' }),
    );
    await waitFor(() =>
      expect(api.getOverviewEntities).toHaveBeenLastCalledWith({
        filters: {},
        sort: 'overall',
        order: 'asc',
        offset: 0,
        limit: 25,
      }),
    );
    expect(currentSearch().get('sort')).toBe('overall');

    await userEvent.click(screen.getByRole('button', { name: /Sort by/ }));
    await userEvent.click(
      screen.getByRole('option', { name: 'Monitoring & Maintenance: score' }),
    );
    await userEvent.click(screen.getByRole('button', { name: /Order/ }));
    await userEvent.click(screen.getByRole('option', { name: 'Descending' }));
    await waitFor(() =>
      expect(api.getOverviewEntities).toHaveBeenLastCalledWith(
        expect.objectContaining({
          sort: 'area:monitoring:score',
          order: 'desc',
        }),
      ),
    );
    expect(currentSearch().get('sort')).toBe('area:monitoring:score');
    expect(currentSearch().get('order')).toBe('desc');
  });

  it('opens a team with its ranked gaps, action plan and services', async () => {
    const api = createFakeApi();
    const createObjectURL = jest.fn(() => 'blob:report');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    await renderOrganisation(<OrganisationPage />, api);
    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Open the details of Fraud Detection',
      }),
    );

    const dialog = await screen.findByRole('dialog', {
      name: 'Fraud Detection',
    });
    expect(currentSearch().get('group')).toBe(FRAUD_REF);
    expect(api.getTeamReport).toHaveBeenCalledWith(FRAUD_REF, 'json', 'en');
    const ranking = await within(dialog).findByRole('table', {
      name: 'Where to invest',
    });
    const rows = within(ranking).getAllByRole('row').slice(1);
    expect(
      rows.map(r => within(r).getAllByRole('cell')[0].textContent),
    ).toEqual(['1', '2']);
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent(
      'Are latency and errors alerted on?',
    );
    expect(within(rows[0]).getByText('3 (100%)')).toBeInTheDocument();
    expect(
      within(rows[0]).getByText('Add alerts on latency and error rate.'),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByRole('heading', { name: 'Action plan' }),
    ).toBeInTheDocument();
    expect(
      within(dialog).getByText('Step 1: Are latency and errors alerted on?'),
    ).toBeInTheDocument();
    expect(api.getOverviewEntities).toHaveBeenLastCalledWith(
      expect.objectContaining({ filters: { owner: [FRAUD_REF] }, offset: 0 }),
    );

    await userEvent.click(
      within(dialog).getByRole('button', {
        name: 'Download the report as Markdown',
      }),
    );
    expect(api.getTeamReport).toHaveBeenCalledWith(FRAUD_REF, 'markdown', 'en');
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());

    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Close' }),
    );
    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(currentSearch().get('group')).toBeNull();
  });

  it('exports the filtered services as CSV', async () => {
    const api = createFakeApi();
    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    await renderOrganisation(
      <OrganisationPage />,
      api,
      '/mlops-maturity?system=system:default/payments&sort=assessedAt',
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Export CSV' }),
    );
    expect(api.exportOverview).toHaveBeenCalledWith({
      filters: { system: ['system:default/payments'] },
      sort: 'assessedAt',
      order: 'asc',
    });
    await waitFor(() =>
      expect(createObjectURL).toHaveBeenCalledWith(expect.any(Blob)),
    );
  });

  it('says that no service matches, and clears the filters', async () => {
    const api = createFakeApi({
      getOverview: jest.fn(async () => overviewResponse([])),
    });
    await renderOrganisation(
      <OrganisationPage />,
      api,
      '/mlops-maturity?lifecycle=retired',
    );
    expect(await screen.findByText('No ML services match')).toBeInTheDocument();
    expect(api.getOverviewEntities).not.toHaveBeenCalled();
    await userEvent.click(
      screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!,
    );
    await waitFor(() => expect(currentSearch().toString()).toBe(''));
  });

  it('explains a missing permission', async () => {
    const api = createFakeApi({
      getOverview: jest.fn(async () => {
        throw forbidden;
      }),
    });
    await renderOrganisation(<OrganisationPage />, api);
    expect(
      await screen.findByText('No access to the organisation overview'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/mlops-maturity\.overview\.read/),
    ).toBeInTheDocument();
  });

  it('shows an error panel when the backend fails', async () => {
    const api = createFakeApi({
      getOverview: jest.fn(async () => {
        throw new Error('database down');
      }),
    });
    await renderOrganisation(<OrganisationPage />, api);
    expect(
      await screen.findByText(/Could not load the MLOps maturity/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(api.getOverview).toHaveBeenCalledTimes(2);
  });
});
