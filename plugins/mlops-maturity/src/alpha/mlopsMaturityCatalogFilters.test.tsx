import { createExtensionTester } from '@backstage/frontend-test-utils';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import plugin from '../alpha';
import {
  mlopsMaturityCatalogLevelFilter,
  mlopsMaturityCatalogStatusFilter,
} from './mlopsMaturityCatalogFilters';

describe('the catalog filters of the new frontend system', () => {
  it('are part of the plugin and attach to the catalog index page', () => {
    for (const id of [
      'catalog-filter:mlops-maturity/maturity-level',
      'catalog-filter:mlops-maturity/maturity-status',
    ]) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
    for (const extension of [
      mlopsMaturityCatalogLevelFilter,
      mlopsMaturityCatalogStatusFilter,
    ]) {
      expect(extension).toMatchObject({
        attachTo: { id: 'page:catalog', input: 'filters' },
      });
    }
  });

  it('output a filter element', () => {
    const tester = createExtensionTester(mlopsMaturityCatalogLevelFilter);
    expect(tester.get(coreExtensionData.reactElement)).toBeTruthy();
  });
});
