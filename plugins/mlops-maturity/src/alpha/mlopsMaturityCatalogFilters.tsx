import { CatalogFilterBlueprint } from '@backstage/plugin-catalog-react/alpha';

/**
 * The catalog index page's filter by overall maturity level
 * (`catalog-filter:mlops-maturity/maturity-level`), on the label the
 * backend's catalog module writes.
 * @alpha
 */
export const mlopsMaturityCatalogLevelFilter = CatalogFilterBlueprint.make({
  name: 'maturity-level',
  params: {
    loader: () =>
      import('../components/CatalogMaturity').then(m => (
        <m.EntityMaturityLevelPicker />
      )),
  },
});

/**
 * The catalog index page's filter by assessment status
 * (`catalog-filter:mlops-maturity/maturity-status`).
 * @alpha
 */
export const mlopsMaturityCatalogStatusFilter = CatalogFilterBlueprint.make({
  name: 'maturity-status',
  params: {
    loader: () =>
      import('../components/CatalogMaturity').then(m => (
        <m.EntityMaturityStatusPicker />
      )),
  },
});
