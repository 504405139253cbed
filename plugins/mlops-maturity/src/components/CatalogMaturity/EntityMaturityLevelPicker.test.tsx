import type { Entity } from '@backstage/catalog-model';
import { TestApiProvider, renderInTestApp } from '@backstage/test-utils';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import {
  MockEntityListContextProvider,
  catalogApiMock,
} from '@backstage/plugin-catalog-react/testUtils';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createFakeApi } from '../../__fixtures__/fakeApi';
import { mlopsMaturityApiRef } from '../../api';
import {
  EntityMaturityLevelPicker,
  EntityMaturityStatusPicker,
} from './EntityMaturityLevelPicker';
import {
  EntityMaturityLevelFilter,
  EntityMaturityStatusFilter,
} from './maturityLabelFilters';
import { createMaturityLevelColumn } from './maturityLevelColumn';

// MUI's autocomplete with user events is slow on a loaded machine.
jest.setTimeout(30_000);

const LEVEL = 'mlops-maturity.io/overall-level';
const STATUS = 'mlops-maturity.io/status';

function service(name: string, labels?: Record<string, string>): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, ...(labels ? { labels } : {}) },
    spec: { type: 'ml-service' },
  };
}

/** A catalog whose facets of the two labels hold the given values. */
function catalogWith(facets: Record<string, string[]>) {
  return catalogApiMock.mock({
    getEntityFacets: jest.fn(async ({ facets: asked }) => ({
      facets: Object.fromEntries(
        asked.map((facet: string) => [
          facet,
          (facets[facet] ?? []).map(value => ({ value, count: 1 })),
        ]),
      ),
    })),
  });
}

async function renderPicker(
  element: JSX.Element,
  catalog = catalogWith({
    [`metadata.labels.${LEVEL}`]: ['managed', 'initial'],
    [`metadata.labels.${STATUS}`]: ['assessed', 'provisional', 'not-assessed'],
  }),
) {
  const updateFilters = jest.fn();
  return {
    updateFilters,
    ...(await renderInTestApp(
      <TestApiProvider
        apis={[
          [catalogApiRef, catalog],
          [mlopsMaturityApiRef, createFakeApi()],
        ]}
      >
        <MockEntityListContextProvider
          value={{ updateFilters, filters: {}, queryParameters: {} }}
        >
          {element}
        </MockEntityListContextProvider>
      </TestApiProvider>,
    )),
  };
}

describe('EntityMaturityLevelPicker', () => {
  it('offers the levels in the catalog by title, and filters on the label', async () => {
    const user = userEvent.setup();
    const { updateFilters } = await renderPicker(<EntityMaturityLevelPicker />);
    const input = await screen.findByRole(
      'textbox',
      { name: 'MLOps maturity level' },
      { timeout: 10_000 },
    );
    await user.click(input);
    expect(
      (await screen.findAllByRole('option')).map(o => o.textContent),
    ).toEqual(['Managed', 'Initial']);
    await user.click(screen.getByRole('option', { name: 'Managed' }));

    await waitFor(() =>
      expect(updateFilters).toHaveBeenLastCalledWith({
        mlopsMaturityLevel: expect.any(EntityMaturityLevelFilter),
      }),
    );
    const filter: EntityMaturityLevelFilter =
      updateFilters.mock.lastCall[0].mlopsMaturityLevel;
    expect(filter.values).toEqual(['managed']);
    expect(filter.getCatalogQuery()).toEqual({
      [`metadata.labels.${LEVEL}`]: { $in: ['managed'] },
    });
    expect(filter.toQueryValue()).toEqual(['managed']);
  });

  it('shows nothing when no entity has a level label', async () => {
    const catalog = catalogWith({});
    await renderPicker(<EntityMaturityLevelPicker />, catalog);
    await waitFor(() => expect(catalog.getEntityFacets).toHaveBeenCalled());
    expect(
      screen.queryByRole('textbox', { name: 'MLOps maturity level' }),
    ).not.toBeInTheDocument();
  });
});

describe('EntityMaturityStatusPicker', () => {
  it('offers the statuses in words and filters on the status label', async () => {
    const user = userEvent.setup();
    const { updateFilters } = await renderPicker(
      <EntityMaturityStatusPicker />,
    );
    await user.click(
      await screen.findByRole(
        'textbox',
        { name: 'MLOps assessment' },
        { timeout: 10_000 },
      ),
    );
    expect(
      (await screen.findAllByRole('option')).map(o => o.textContent),
    ).toEqual(['Assessed', 'Provisional (catalog only)', 'Not assessed']);
    await user.click(
      screen.getByRole('option', { name: 'Provisional (catalog only)' }),
    );
    await waitFor(() =>
      expect(
        updateFilters.mock.lastCall?.[0].mlopsMaturityStatus?.values,
      ).toEqual(['provisional']),
    );
  });
});

describe('the maturity label filters', () => {
  it('match entities whose label has one of the values', () => {
    const filter = new EntityMaturityLevelFilter(['managed', 'defined']);
    expect(filter.filterEntity(service('a', { [LEVEL]: 'managed' }))).toBe(
      true,
    );
    expect(filter.filterEntity(service('b', { [LEVEL]: 'initial' }))).toBe(
      false,
    );
    expect(filter.filterEntity(service('c'))).toBe(false);
    expect(filter.getCatalogFilters()).toEqual({
      [`metadata.labels.${LEVEL}`]: ['managed', 'defined'],
    });
  });

  it('filter the status on its own label', () => {
    const filter = new EntityMaturityStatusFilter(['not-assessed']);
    expect(
      filter.filterEntity(
        service('a', { [STATUS]: 'not-assessed', [LEVEL]: 'x' }),
      ),
    ).toBe(true);
    expect(filter.getCatalogQuery()).toEqual({
      [`metadata.labels.${STATUS}`]: { $in: ['not-assessed'] },
    });
  });
});

describe('createMaturityLevelColumn', () => {
  async function cell(labels?: Record<string, string>) {
    const column = createMaturityLevelColumn();
    const rendered = await renderInTestApp(
      <TestApiProvider apis={[[mlopsMaturityApiRef, createFakeApi()]]}>
        <div data-testid="cell">
          {column.render!({ entity: service('svc', labels) }, 'row')}
        </div>
      </TestApiProvider>,
    );
    return rendered.getByTestId('cell');
  }

  it('shows an assessed level by its title', async () => {
    const el = await cell({ [STATUS]: 'assessed', [LEVEL]: 'managed' });
    await waitFor(() => expect(el).toHaveTextContent(/^Managed$/));
  });

  it('marks a provisional level', async () => {
    const el = await cell({ [STATUS]: 'provisional', [LEVEL]: 'initial' });
    await waitFor(() =>
      expect(el).toHaveTextContent(/^Initial \(provisional\)$/),
    );
  });

  it('says "Not assessed" of a service that is not assessed', async () => {
    expect(await cell({ [STATUS]: 'not-assessed' })).toHaveTextContent(
      /^Not assessed$/,
    );
  });

  it('shows nothing while the level is unknown', async () => {
    expect(await cell()).toHaveTextContent(/^$/);
  });
});
