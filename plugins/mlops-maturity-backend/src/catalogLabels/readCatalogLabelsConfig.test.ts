import { mockServices } from '@backstage/backend-test-utils';
import { readCatalogLabelsConfig } from './readCatalogLabelsConfig';

function read(catalogLabels?: Record<string, number>) {
  return readCatalogLabelsConfig(
    mockServices.rootConfig({
      data: catalogLabels ? { mlopsMaturity: { catalogLabels } } : {},
    }),
  );
}

describe('readCatalogLabelsConfig', () => {
  it('has defaults', () => {
    expect(read()).toEqual({
      refreshIntervalSeconds: 60,
      timeoutSeconds: 10,
      pageSize: 1000,
    });
  });

  it('reads the configured values', () => {
    expect(
      read({ refreshIntervalSeconds: 5, timeoutSeconds: 2, pageSize: 200 }),
    ).toEqual({ refreshIntervalSeconds: 5, timeoutSeconds: 2, pageSize: 200 });
  });

  it.each([
    [{ refreshIntervalSeconds: 0 }, 'refreshIntervalSeconds'],
    [{ timeoutSeconds: 7200 }, 'timeoutSeconds'],
    [{ pageSize: 5001 }, 'pageSize'],
    [{ pageSize: 10.5 }, 'pageSize'],
  ])('refuses %p naming the key', (values, key) => {
    expect(() => read(values)).toThrow(`mlopsMaturity.catalogLabels.${key}`);
  });
});
