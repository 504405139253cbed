import type {
  LoggerService,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { CampaignNotifier } from './campaignNotifications';
import type { CampaignService } from './CampaignService';

/**
 * The campaigns' scheduled task: today's progress point of every campaign
 * in force, then the notifications due. Scheduled through the scheduler
 * service, which runs a task on one replica at a time; the notification
 * claims make each notification go out once even if two runs overlap.
 * Every hour, so that a new campaign's start notification and a reminder
 * go out the same day.
 */
export async function scheduleCampaignTasks(options: {
  scheduler: SchedulerService;
  campaigns: CampaignService;
  notifier?: CampaignNotifier;
  logger: LoggerService;
}): Promise<void> {
  const { scheduler, campaigns, notifier, logger } = options;
  await scheduler.scheduleTask({
    id: 'mlops-maturity-campaigns',
    frequency: { hours: 1 },
    timeout: { minutes: 10 },
    initialDelay: { minutes: 1 },
    fn: async () => {
      try {
        await campaigns.recordPoints();
      } catch (error) {
        logger.warn(
          `Campaign progress points could not be recorded: ${stringifyError(
            error,
          )}`,
        );
      }
      if (!notifier) return;
      try {
        await notifier.run();
      } catch (error) {
        logger.warn(
          `Campaign notifications could not be sent: ${stringifyError(error)}`,
        );
      }
    },
  });
}
