import { Route, Routes } from 'react-router-dom';
import { screen } from '@testing-library/react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { createFakeApi } from './__fixtures__/fakeApi';
import { mlServiceEntity } from './__fixtures__/model';
import { mlopsMaturityApiRef } from './api';
import {
  EntityMlopsMaturityCard,
  EntityMlopsMaturityContent,
  mlopsMaturityPlugin,
} from './plugin';

function renderLegacy(element: JSX.Element, routeEntries?: string[]) {
  return renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, createFakeApi()]]}>
      <EntityProvider entity={mlServiceEntity}>{element}</EntityProvider>
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
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
});
