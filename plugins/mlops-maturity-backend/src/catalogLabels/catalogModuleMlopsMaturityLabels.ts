import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { readMaturityConfig } from '../config/readMaturityConfig';
import { fetchMaturityLevels } from './fetchMaturityLevels';
import { MaturityLabelProcessor } from './MaturityLabelProcessor';
import { MaturityLevelMap } from './MaturityLevelMap';
import { readCatalogLabelsConfig } from './readCatalogLabelsConfig';

/**
 * A catalog backend module that puts each ML service's maturity into the
 * catalog as labels: `mlops-maturity.io/status` (`assessed`, `provisional`
 * or `not-assessed`) and `mlops-maturity.io/overall-level` (the overall
 * level id, for assessed and provisional services). Every
 * `mlopsMaturity.catalogLabels.refreshIntervalSeconds` it loads all levels
 * from the MLOps maturity plugin (`GET /overview/levels`, a page of
 * `pageSize` services per request, each with a deadline); the processor
 * reads them from memory. A failed load keeps the previous levels; a
 * service whose level is not known gets no labels.
 *
 * @public
 */
export const catalogModuleMlopsMaturityLabels = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'mlops-maturity-labels',
  register(env) {
    env.registerInit({
      deps: {
        processing: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
      },
      async init({ processing, config, discovery, auth, logger, scheduler }) {
        const { entities } = readMaturityConfig(config);
        const settings = readCatalogLabelsConfig(config);
        const levels = new MaturityLevelMap(
          () =>
            fetchMaturityLevels({
              discovery,
              auth,
              pageSize: settings.pageSize,
              timeoutMs: settings.timeoutSeconds * 1000,
            }),
          logger,
        );
        processing.addProcessor(
          new MaturityLabelProcessor({
            selectors: entities,
            lookup: ref => levels.get(ref),
          }),
        );
        // Local: every catalog instance keeps its own map in memory.
        await scheduler.scheduleTask({
          id: 'mlops-maturity-catalog-labels',
          scope: 'local',
          frequency: { seconds: settings.refreshIntervalSeconds },
          timeout: { seconds: settings.refreshIntervalSeconds * 2 },
          fn: () => levels.refresh(),
        });
      },
    });
  },
});
