import { Route, Routes } from 'react-router-dom';
import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { createFakeApi } from './__fixtures__/fakeApi';
import { groupEntity, mlServiceEntity } from './__fixtures__/model';
import { mlopsMaturityApiRef } from './api';
import {
  EntityMlopsMaturityCard,
  EntityMlopsMaturityContent,
  EntityMlopsMaturityGroupCard,
  MlopsMaturityOrganisationPage,
  mlopsMaturityPlugin,
} from './plugin';
import { organisationRouteRef } from './routes';

function renderLegacy(
  element: JSX.Element,
  routeEntries?: string[],
  entity = mlServiceEntity,
) {
  return renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, createFakeApi()]]}>
      <EntityProvider entity={entity}>{element}</EntityProvider>
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: {
        '/catalog/:namespace/:kind/:name': entityRouteRef,
        '/mlops-maturity': organisationRouteRef,
      },
    },
  );
}

describe('legacy exports', () => {
  it('provide the API client', () => {
    const apis = [...mlopsMaturityPlugin.getApis()];
    expect(apis.map(factory => factory.api.id)).toEqual([
      'plugin.mlops-maturity.service',
    ]);
  });

  it('render the entity card', async () => {
    await renderLegacy(<EntityMlopsMaturityCard />);
    expect(await screen.findByText('MLOps maturity')).toBeInTheDocument();
    expect(await screen.findByText('Reproducible')).toBeInTheDocument();
  });

  it('render the entity tab', async () => {
    // Mounted the way an entity page mounts it: under a route with a path.
    await renderLegacy(
      <Routes>
        <Route
          path="/mlops-maturity/*"
          element={<EntityMlopsMaturityContent />}
        />
      </Routes>,
      ['/mlops-maturity'],
    );
    expect(
      await screen.findByRole('tab', { name: 'Assessment' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Training can be repeated.'),
    ).toBeInTheDocument();
  });

  it('render the organisation page', async () => {
    await renderLegacy(
      <Routes>
        <Route
          path="/mlops-maturity"
          element={<MlopsMaturityOrganisationPage />}
        />
      </Routes>,
      ['/mlops-maturity'],
    );
    expect(
      await screen.findByRole('heading', { name: 'MLOps maturity' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Maturity by team')).toBeInTheDocument();
  });

  it('render the group card', async () => {
    await renderLegacy(
      <EntityMlopsMaturityGroupCard />,
      undefined,
      groupEntity,
    );
    expect(await screen.findByText('ML services')).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open in the organisation overview' }),
    ).toBeInTheDocument();
  });
});
