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
import {
  groupEntity,
  mlServiceEntity,
  websiteEntity,
} from './__fixtures__/model';
import { mlopsMaturityEntityCard } from './alpha/mlopsMaturityEntityCard';
import { mlopsMaturityEntityContent } from './alpha/mlopsMaturityEntityContent';
import { mlopsMaturityGroupCard } from './alpha/mlopsMaturityGroupCard';
import { mlopsMaturityOrganisationPage } from './alpha/mlopsMaturityOrganisationPage';
import { organisationRouteRef } from './routes';
import { mlopsMaturityApiRef } from './api';
import { createFakeApi } from './__fixtures__/fakeApi';
import plugin from './alpha';

describe('new frontend system exports', () => {
  it('declares the API, card and tab extensions', () => {
    expect(plugin.pluginId).toBe('mlops-maturity');
    expect(plugin.getExtension('api:mlops-maturity')).toBeDefined();
    expect(plugin.getExtension('entity-card:mlops-maturity')).toBeDefined();
    expect(plugin.getExtension('entity-content:mlops-maturity')).toBeDefined();
    expect(
      plugin.getExtension('entity-card:mlops-maturity/group'),
    ).toBeDefined();
    expect(plugin.getExtension('page:mlops-maturity')).toBeDefined();
    expect(plugin.routes.organisation).toBe(organisationRouteRef);
  });

  it('shows the group card on Groups only', () => {
    const tester = createExtensionTester(mlopsMaturityGroupCard);
    const filter = tester.get(EntityCardBlueprint.dataRefs.filterFunction);
    expect(filter?.(groupEntity)).toBe(true);
    expect(filter?.(mlServiceEntity)).toBe(false);
  });

  it('mounts the organisation page at /mlops-maturity with a sidebar title and icon', () => {
    const tester = createExtensionTester(mlopsMaturityOrganisationPage, {
      apis: [[translationApiRef, mockApis.translation()]],
    });
    expect(tester.get(coreExtensionData.routePath)).toBe('/mlops-maturity');
    expect(tester.get(coreExtensionData.routeRef)).toBe(organisationRouteRef);
    expect(tester.get(coreExtensionData.title)).toBe('MLOps maturity');
    expect(tester.get(coreExtensionData.icon)).toBeTruthy();
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

  it("starts the overview card's scorecard and model requests when the entity page evaluates the tab on an ML service", () => {
    const api = createFakeApi();
    const filter = createExtensionTester(mlopsMaturityEntityContent, {
      apis: [
        [translationApiRef, mockApis.translation()],
        [mlopsMaturityApiRef, api],
      ],
    }).get(EntityContentBlueprint.dataRefs.filterFunction);
    expect(filter?.(websiteEntity)).toBe(false);
    expect(api.getScorecard).not.toHaveBeenCalled();
    expect(filter?.(mlServiceEntity)).toBe(true);
    expect(api.getScorecard).toHaveBeenCalledWith(
      'component:default/fraud-scorer',
    );
    expect(api.getModel).toHaveBeenCalledWith('en');
    // The entity page may evaluate it again; the request stands.
    filter?.(mlServiceEntity);
    expect(api.getScorecard).toHaveBeenCalledTimes(1);
  });
});
