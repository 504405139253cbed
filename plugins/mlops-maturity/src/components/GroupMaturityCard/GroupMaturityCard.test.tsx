import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import {
  createFakeApi,
  FakeMlopsMaturityApi,
} from '../../__fixtures__/fakeApi';
import { groupEntity } from '../../__fixtures__/model';
import {
  FRAUD_REF,
  fraudGroup,
  overviewResponse,
  summary,
} from '../../__fixtures__/overview';
import { mlopsMaturityApiRef } from '../../api';
import { organisationRouteRef } from '../../routes';
import { GroupMaturityCard } from './GroupMaturityCard';

function renderCard(api: FakeMlopsMaturityApi, mountPage = true) {
  return renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
      <EntityProvider entity={groupEntity}>
        <GroupMaturityCard />
      </EntityProvider>
    </TestApiProvider>,
    mountPage
      ? { mountedRoutes: { '/mlops-maturity': organisationRouteRef } }
      : undefined,
  );
}

describe('GroupMaturityCard', () => {
  it("summarises the group's services and links to the organisation page filtered to it", async () => {
    const api = createFakeApi({
      getOverview: jest.fn(async () => ({
        ...overviewResponse([fraudGroup]),
        organisation: fraudGroup,
      })),
    });
    await renderCard(api);

    expect(await screen.findByText('3 of 3 (100%)')).toBeInTheDocument();
    expect(api.getOverview).toHaveBeenCalledWith({
      groupBy: 'owner',
      filters: { owner: [FRAUD_REF] },
    });
    expect(screen.getByText('ML services').nextSibling).toHaveTextContent('3');
    expect(screen.getByText('Out of date').nextSibling).toHaveTextContent('1');
    expect(screen.getByText('Reproducible: 2')).toBeInTheDocument();
    expect(screen.getByText('Managed: 1')).toBeInTheDocument();
    expect(screen.getAllByText('Intermediate')).toHaveLength(2);
    expect(
      screen.getByRole('link', { name: 'Open in the organisation overview' }),
    ).toHaveAttribute(
      'href',
      '/mlops-maturity?owner=group%3Adefault%2Ffraud-detection',
    );
  });

  it('gives its coverage with the provisional services, which its levels leave out', async () => {
    const group = {
      ...fraudGroup,
      ...summary({
        services: 5,
        assessed: 3,
        stale: 1,
        provisional: 2,
        overall: [0, 2, 1, 2],
        medianOverall: 'reproducible',
        development: ['intermediate', 72.5],
        monitoring: ['intermediate', 55],
      }),
    };
    const api = createFakeApi({
      getOverview: jest.fn(async () => ({
        ...overviewResponse([group]),
        organisation: group,
      })),
    });
    await renderCard(api);
    expect(
      await screen.findByText(
        '3 of 5 services assessed (60%) · 1 stale · 1 of 3 assessed reviewed (33%) · 2 provisional (catalog only). Levels, medians and means count assessed services only.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when the group owns no ML service', async () => {
    const api = createFakeApi({
      getOverview: jest.fn(async () => overviewResponse([])),
    });
    await renderCard(api);
    expect(
      await screen.findByText(
        'This group and its sub-groups own no ML service.',
      ),
    ).toBeInTheDocument();
  });

  it('leaves the link out when the app has no organisation page', async () => {
    await renderCard(createFakeApi(), false);
    expect(await screen.findByText('ML services')).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Open in the organisation overview' }),
    ).not.toBeInTheDocument();
  });

  it('explains a missing permission', async () => {
    const forbidden = Object.assign(new Error('Forbidden'), {
      name: 'ResponseError',
      response: { status: 403 },
    });
    const api = createFakeApi({
      getOverview: jest.fn(async () => {
        throw forbidden;
      }),
    });
    await renderCard(api);
    expect(
      await screen.findByText('No access to the organisation overview'),
    ).toBeInTheDocument();
  });
});
