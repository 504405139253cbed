import type { ReactElement } from 'react';
import { useLocation } from 'react-router-dom';
import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { mlopsMaturityApiRef } from '../api';
import type { FakeMlopsMaturityApi } from '../__fixtures__/fakeApi';
import { organisationRouteRef } from '../routes';

/** Prints the current query string, so that tests can read the URL. */
function LocationProbe() {
  const { search } = useLocation();
  return <output data-testid="location-search">{search}</output>;
}

/** The query string of the current URL, decoded. */
export function currentSearch(): URLSearchParams {
  return new URLSearchParams(
    screen.getByTestId('location-search').textContent ?? '',
  );
}

/**
 * Renders organisation UI with the fake API, the organisation page mounted
 * at `/mlops-maturity` and entity pages at `/catalog/...`.
 */
export function renderOrganisation(
  element: ReactElement,
  api: FakeMlopsMaturityApi,
  path = '/mlops-maturity',
) {
  return renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
      {element}
      <LocationProbe />
    </TestApiProvider>,
    {
      routeEntries: [path],
      mountedRoutes: {
        '/mlops-maturity': organisationRouteRef,
        '/catalog/:namespace/:kind/:name': entityRouteRef,
      },
    },
  );
}
