import {
  createExtensionTester,
  mockApis,
} from '@backstage/frontend-test-utils';
import {
  coreExtensionData,
  translationApiRef,
} from '@backstage/frontend-plugin-api';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import { mlServiceEntity, websiteEntity } from './__fixtures__/model';
import { mlopsMaturityEntityCard } from './alpha/mlopsMaturityEntityCard';
import { mlopsMaturityEntityContent } from './alpha/mlopsMaturityEntityContent';
import plugin from './alpha';

describe('new frontend system exports', () => {
  it('declares the API, card and tab extensions', () => {
    expect(plugin.pluginId).toBe('mlops-maturity');
    expect(plugin.getExtension('api:mlops-maturity')).toBeDefined();
    expect(plugin.getExtension('entity-card:mlops-maturity')).toBeDefined();
    expect(plugin.getExtension('entity-content:mlops-maturity')).toBeDefined();
  });

  it('shows the card on ML services only', () => {
    const filter = createExtensionTester(mlopsMaturityEntityCard).get(
      EntityCardBlueprint.dataRefs.filterFunction,
    );
    expect(filter?.(mlServiceEntity)).toBe(true);
    expect(filter?.(websiteEntity)).toBe(false);
  });

  it('mounts the tab at mlops-maturity on ML services only', () => {
    const tester = createExtensionTester(mlopsMaturityEntityContent, {
      apis: [[translationApiRef, mockApis.translation()]],
    });
    const filter = tester.get(EntityContentBlueprint.dataRefs.filterFunction);
    expect(filter?.(mlServiceEntity)).toBe(true);
    expect(filter?.(websiteEntity)).toBe(false);
    expect(tester.get(EntityContentBlueprint.dataRefs.title)).toBe(
      'MLOps maturity',
    );
    expect(tester.get(coreExtensionData.routePath)).toMatch(
      /^\/?mlops-maturity$/,
    );
  });
});
