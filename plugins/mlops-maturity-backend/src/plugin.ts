import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { stringifyError } from '@backstage/errors';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { notificationService } from '@backstage/plugin-notifications-node';
import {
  MLOPS_MATURITY_PLUGIN_ID,
  mlopsMaturityPermissions,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import {
  mlopsMaturityEvidenceCollectorExtensionPoint,
  type EvidenceCollector,
} from '@mlops-maturity/plugin-mlops-maturity-node';
import { loadModel } from './config/loadModel';
import { readMaturityConfig } from './config/readMaturityConfig';
import { DatabaseAssessmentStore } from './database/DatabaseAssessmentStore';
import { DefaultEvidenceService } from './evidence';
import { EvidenceSnapshotStore } from './evidence/EvidenceSnapshotStore';
import { indexCollectors } from './evidence/evidenceHelpers';
import {
  logMissingCollectors,
  withInstalledCollectors,
} from './evidence/installedCollectors';
import { DEFAULT_COLLECTOR_TIMEOUT_MS } from './evidence/runCollectors';
import { readRefreshSchedule } from './config/readRefreshSchedule';
import { DatabaseOverviewStore } from './overview/DatabaseOverviewStore';
import { OverviewRefresher } from './overview/OverviewRefresher';
import { registerMaturityActions } from './actions/registerMaturityActions';
import {
  CampaignNotifier,
  readReminderDays,
} from './campaigns/campaignNotifications';
import { CampaignService } from './campaigns/CampaignService';
import { scheduleCampaignTasks } from './campaigns/scheduleCampaignTasks';
import { seedDemoData } from './seed/seedDemoData';
import { createRouter } from './service/createRouter';
import type { RouterOptions } from './service/RouterOptions';

/**
 * The MLOps maturity backend plugin, mounted at `/api/mlops-maturity`.
 * Backend modules add evidence collectors through
 * `mlopsMaturityEvidenceCollectorExtensionPoint` from the `-node` package.
 *
 * @public
 */
export const mlopsMaturityPlugin = createBackendPlugin({
  pluginId: MLOPS_MATURITY_PLUGIN_ID,
  register(env) {
    const collectors: EvidenceCollector[] = [];
    env.registerExtensionPoint(mlopsMaturityEvidenceCollectorExtensionPoint, {
      addCollector(...added) {
        collectors.push(...added);
      },
    });

    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        database: coreServices.database,
        httpAuth: coreServices.httpAuth,
        cache: coreServices.cache,
        permissions: coreServices.permissions,
        permissionsRegistry: coreServices.permissionsRegistry,
        auditor: coreServices.auditor,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        notifications: notificationService,
        actionsRegistry: actionsRegistryServiceRef,
      },
      async init({
        httpRouter,
        logger,
        config,
        database,
        httpAuth,
        cache,
        permissions,
        permissionsRegistry,
        auditor,
        auth,
        scheduler,
        catalog,
        notifications,
        actionsRegistry,
      }) {
        const settings = readMaturityConfig(config);
        // Throws on an unreadable or invalid model file: the plugin's start-up
        // fails, and with it backend.start() (see the README).
        const loaded = await loadModel(settings.modelFile);
        logger.info(`Using maturity model ${loaded.id} ${loaded.version}`);
        // Collector rules without an installed collector are left out, once,
        // for every part of the plugin (reads, refresh, snapshots).
        const { model, missing } = withInstalledCollectors(
          loaded,
          indexCollectors(collectors),
        );
        logMissingCollectors(
          logger,
          missing,
          settings.modelFile ? 'warn' : 'info',
        );

        permissionsRegistry.addPermissions(mlopsMaturityPermissions);

        const store = await DatabaseAssessmentStore.create({ database });
        if (settings.seedFile) {
          await seedDemoData({
            seedFile: settings.seedFile,
            store,
            model,
            logger,
            staleAfterDays: settings.staleAfterDays,
          });
        }

        const evidence = DefaultEvidenceService.create({
          catalog,
          model,
          collectors,
          logger,
          defaultTimeoutMs: settings.collectorTimeoutMs,
          catalogTimeoutMs: settings.catalogTimeoutSeconds * 1000,
        });

        const overview = await DatabaseOverviewStore.create({
          database,
          model,
        });
        const snapshots = new EvidenceSnapshotStore(overview.db);
        const refresher = new OverviewRefresher({
          db: overview.db,
          catalog,
          auth,
          model,
          entities: settings.entities,
          collectors: indexCollectors(collectors),
          collectorTimeoutMs:
            settings.collectorTimeoutMs ?? DEFAULT_COLLECTOR_TIMEOUT_MS,
          catalogTimeoutMs: settings.catalogTimeoutSeconds * 1000,
          snapshots,
          logger,
        });
        await scheduler.scheduleTask({
          id: 'mlops-maturity-index-refresh',
          ...readRefreshSchedule(config),
          fn: async () => {
            try {
              await refresher.refresh();
            } catch (error) {
              // The index stays as it was; the next run tries again.
              logger.warn(
                `The MLOps maturity index refresh failed: ${stringifyError(
                  error,
                )}`,
              );
            }
          },
        });

        // Campaigns: organisation-wide goals, their progress points and
        // notifications (see the README's Campaigns section).
        const campaigns = new CampaignService({
          db: overview.db,
          model,
          staleAfterDays: settings.staleAfterDays,
        });
        const campaignNotifier = new CampaignNotifier({
          campaigns,
          notifications,
          model,
          logger,
          reminderDays: readReminderDays(config),
        });
        await scheduleCampaignTasks({
          scheduler,
          campaigns,
          notifier: campaignNotifier,
          logger,
        });

        const routerOptions: RouterOptions = {
          campaigns,
          campaignNotifier,
          model,
          store,
          overview,
          refresher,
          evidence,
          snapshots,
          evidenceMaxAgeMs: settings.evidenceMaxAgeMinutes * 60_000,
          auth,
          httpAuth,
          cache,
          permissionCacheSeconds: settings.permissionCacheSeconds,
          permissions,
          auditor,
          logger,
          entities: settings.entities,
          staleAfterDays: settings.staleAfterDays,
          minimumCompleteness: settings.minimumCompleteness,
          minimumAssessedForMedian: settings.minimumAssessedForMedian,
        };
        httpRouter.use(await createRouter(routerOptions));
        // The same reads for AI assistants, through the actions registry.
        registerMaturityActions(actionsRegistry, routerOptions);
      },
    });
  },
});
