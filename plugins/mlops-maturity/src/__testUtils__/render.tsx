import type { ReactElement } from 'react';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import type { Entity } from '@backstage/catalog-model';
import { mlopsMaturityApiRef } from '../api';
import { mlServiceEntity } from '../__fixtures__/model';
import type { FakeMlopsMaturityApi } from '../__fixtures__/fakeApi';

/** Renders plugin UI for an entity, with the fake API and the entity page route. */
export function renderForEntity(
  element: ReactElement,
  api: FakeMlopsMaturityApi,
  options: { entity?: Entity; routeEntries?: string[] } = {},
) {
  return renderInTestApp(
    <TestApiProvider apis={[[mlopsMaturityApiRef, api]]}>
      <EntityProvider entity={options.entity ?? mlServiceEntity}>
        {element}
      </EntityProvider>
    </TestApiProvider>,
    {
      routeEntries: options.routeEntries,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}
