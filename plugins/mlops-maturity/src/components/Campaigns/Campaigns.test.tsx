import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  campaign,
  campaignProgress,
  entityCampaigns,
} from '../../__fixtures__/campaigns';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { renderOrganisation } from '../../__testUtils__/organisation';
import { renderForEntity } from '../../__testUtils__/render';
import { CampaignLines } from './CampaignLines';
import { CampaignPage } from './CampaignPage';
import { CampaignsPanel } from './CampaignsPanel';
import { model } from '../../__fixtures__/model';

jest.setTimeout(60_000);

describe('CampaignLines (the card)', () => {
  it('names a campaign the service misses, its goal and its deadline as a date, linking to its page', async () => {
    const api = createFakeApi({
      getEntityCampaigns: jest.fn(async () => entityCampaigns),
    });
    await renderForEntity(
      <CampaignLines
        entityRef="component:default/fraud-scorer"
        model={model}
      />,
      api,
    );
    const section = await screen.findByRole('region', {
      name: 'Campaigns this service is part of',
    });
    expect(section).toHaveTextContent(
      'Campaign Monitoring for production models: Monitoring & Maintenance ≥ Intermediate by March 31, 2027',
    );
    expect(api.getEntityCampaigns).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
    );
  });

  it('shows nothing for a campaign whose goal the service meets', async () => {
    const api = createFakeApi({
      getEntityCampaigns: jest.fn(async () => ({
        ...entityCampaigns,
        items: [
          {
            ...entityCampaigns.items[0],
            shortfall: {
              meets: true,
              areas: [],
              overall: null,
              assessment: null,
            },
          },
        ],
      })),
    });
    await renderForEntity(
      <CampaignLines
        entityRef="component:default/fraud-scorer"
        model={model}
      />,
      api,
    );
    await waitFor(() => expect(api.getEntityCampaigns).toHaveBeenCalled());
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});

describe('CampaignsPanel (the organisation page)', () => {
  it('lists campaigns with goal and period, without a New button for readers', async () => {
    const api = createFakeApi();
    await renderOrganisation(<CampaignsPanel model={model} />, api);
    const link = await screen.findByRole('link', {
      name: 'Monitoring for production models',
    });
    expect(link).toHaveAttribute(
      'href',
      `/mlops-maturity/campaigns/${campaign.id}`,
    );
    expect(
      screen.getByText('Monitoring & Maintenance ≥ Intermediate'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('December 1, 2026 to March 31, 2027'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'New campaign' }),
    ).not.toBeInTheDocument();
  });

  it('lets a manager create a campaign through the form', async () => {
    const api = createFakeApi({
      listCampaigns: jest.fn(async () => ({ items: [], canManage: true })),
    });
    await renderOrganisation(<CampaignsPanel model={model} />, api);
    fireEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'New campaign' });
    fireEvent.change(within(dialog).getByLabelText(/^Title/), {
      target: { value: 'Monitoring for production models' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Deadline/), {
      target: { value: '2027-03-31' },
    });
    fireEvent.change(within(dialog).getByLabelText(/^Owners \(groups/), {
      target: { value: 'fraud-team, payments' },
    });
    fireEvent.mouseDown(
      within(dialog).getByLabelText('Minimum level: Monitoring & Maintenance'),
    );
    fireEvent.click(
      await screen.findByRole('option', { name: 'Intermediate' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(api.createCampaign).toHaveBeenCalled());
    expect(api.createCampaign.mock.calls[0][0]).toMatchObject({
      title: 'Monitoring for production models',
      deadline: '2027-03-31',
      scope: { owner: ['fraud-team', 'payments'] },
      goal: { areas: { monitoring: 'intermediate' } },
    });
  });

  it('shows the backend’s message when saving fails', async () => {
    const api = createFakeApi({
      listCampaigns: jest.fn(async () => ({ items: [], canManage: true })),
      createCampaign: jest.fn(async () => {
        throw new Error(
          'Invalid campaign: deadline: must be on or after startsOn',
        );
      }),
    });
    await renderOrganisation(<CampaignsPanel model={model} />, api);
    fireEvent.click(
      await screen.findByRole('button', { name: 'New campaign' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'deadline: must be on or after startsOn',
    );
  });
});

describe('CampaignPage', () => {
  it('shows progress, the burn-up, teams and the services missing the goal with what each needs', async () => {
    const api = createFakeApi();
    await renderOrganisation(<CampaignPage campaignId={campaign.id} />, api);
    expect(
      await screen.findByRole('heading', {
        name: 'Monitoring for production models',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('1 of 3 assessed services meet the goal (33%)'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', {
        name: 'Share of assessed services meeting the goal',
      }),
    ).toHaveAttribute('aria-valuenow', '33');
    expect(
      screen.getByText(/1 provisional \(catalog only/),
    ).toBeInTheDocument();
    // The burn-up's figures for screen readers.
    expect(
      screen.getByRole('table', {
        name: 'Services in scope, assessed and meeting the goal, day by day',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Fraud Team' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Monitoring & Maintenance: Basic → Intermediate'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Showing 1 of 3; the CSV export lists them all.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Close campaign' }),
    ).not.toBeInTheDocument();
  });

  it('counts one assessed service in the singular', async () => {
    const api = createFakeApi({
      getCampaignProgress: jest.fn(async () => ({
        ...campaignProgress,
        total: {
          ...campaignProgress.total,
          inScope: 1,
          assessed: 1,
          meeting: 0,
          provisional: 0,
          notAssessed: 0,
          share: 0,
        },
      })),
    });
    await renderOrganisation(<CampaignPage campaignId={campaign.id} />, api);
    expect(
      await screen.findByText('0 of 1 assessed service meets the goal (0%)'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 service in scope · 0 provisional (catalog only, not counted in the share) · 0 not assessed',
      ),
    ).toBeInTheDocument();
  });

  it('says why the burn-up is hidden from a reader who cannot see every service', async () => {
    const api = createFakeApi({
      getCampaignProgress: jest.fn(async () => ({
        ...campaignProgress,
        points: [],
        pointsHidden: true,
      })),
    });
    await renderOrganisation(<CampaignPage campaignId={campaign.id} />, api);
    expect(
      await screen.findByText(/shown only to people who may see all of them/),
    ).toBeInTheDocument();
  });

  it('lets a manager close the campaign after confirming', async () => {
    const api = createFakeApi({
      getCampaign: jest.fn(async () => ({ campaign, canManage: true })),
    });
    await renderOrganisation(<CampaignPage campaignId={campaign.id} />, api);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Close campaign' }),
    );
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Close campaign' }),
    );
    await waitFor(() =>
      expect(api.closeCampaign).toHaveBeenCalledWith(campaign.id),
    );
  });

  it('downloads the CSV of the services missing the goal', async () => {
    const api = createFakeApi();
    const createObjectURL = jest.fn(() => 'blob:csv');
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    await renderOrganisation(<CampaignPage campaignId={campaign.id} />, api);
    fireEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));
    await waitFor(() =>
      expect(api.exportCampaign).toHaveBeenCalledWith(campaign.id),
    );
  });

  it('says when there is no such campaign', async () => {
    const notFound = Object.assign(new Error('There is no campaign'), {
      name: 'NotFoundError',
    });
    const api = createFakeApi({
      getCampaign: jest.fn(async () => {
        throw notFound;
      }),
    });
    await renderOrganisation(<CampaignPage campaignId={campaign.id} />, api);
    expect(
      await screen.findByText('There is no such campaign.'),
    ).toBeInTheDocument();
  });
});
