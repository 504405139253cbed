import type { LoggerService } from '@backstage/backend-plugin-api';
import type { RootConfigService } from '@backstage/backend-plugin-api';
import { stringifyError } from '@backstage/errors';
import type { NotificationService } from '@backstage/plugin-notifications-node';
import {
  isCampaignInForce,
  MLOPS_MATURITY_CAMPAIGN_NOTIFICATION_TOPIC,
  type Campaign,
  type MaturityModel,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { withTimeout } from '../deadlines/withTimeout';
import type { CampaignService } from './CampaignService';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * How long one send may take. The notifications backend resolves the
 * team's members through the catalog, which takes seconds at most; a send
 * that runs over is treated as failed, so that a notifications backend that
 * hangs never holds up the campaign task.
 */
export const NOTIFICATION_SEND_TIMEOUT_MS = 30_000;

/** Days before the deadline at which reminders go out, by default. */
export const DEFAULT_REMINDER_DAYS = [14, 3];

/**
 * `mlopsMaturity.campaigns.reminderDays`: whole days before a campaign's
 * deadline at which the teams still missing its goal are reminded. Throws,
 * naming the key, on anything else than a list of whole numbers from 1.
 */
export function readReminderDays(config: RootConfigService): number[] {
  const key = 'mlopsMaturity.campaigns.reminderDays';
  const values = config.getOptional(key);
  if (values === undefined) return DEFAULT_REMINDER_DAYS;
  if (
    !Array.isArray(values) ||
    values.some(v => typeof v !== 'number' || !Number.isInteger(v) || v < 1)
  ) {
    throw new Error(
      `Invalid ${key}: must be a list of whole numbers of days from 1, such as [14, 3]`,
    );
  }
  return [...new Set(values as number[])].sort((a, b) => b - a);
}

/** What a team is told about, with the services concerned. */
interface TeamEvent {
  event: string;
  teamRef: string;
  services: Array<{ entityRef: string; title: string }>;
  kind: 'start' | 'reminder' | 'stale';
  daysLeft?: number;
}

/** What {@link CampaignNotifier} needs. */
export interface CampaignNotifierOptions {
  campaigns: CampaignService;
  notifications: NotificationService;
  model: MaturityModel;
  logger: LoggerService;
  reminderDays: number[];
  /** Where the frontend shows a campaign, `{id}` standing for its id. */
  linkTemplate?: string;
  /** Deadline of one send; {@link NOTIFICATION_SEND_TIMEOUT_MS} by default. */
  sendTimeoutMs?: number;
}

/** The day a number of days before a `YYYY-MM-DD` day. */
function daysBefore(day: string, days: number): string {
  return new Date(new Date(`${day}T00:00:00.000Z`).getTime() - days * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * Sends the campaign notifications through Backstage's notification
 * service, one per team (the owner of the services missing the goal) and
 * event:
 * - `start`: the campaign is in force;
 * - `reminder-<days>`: that many days before the deadline (the nearest
 *   reminder due; one that would fall on or before the start is left out,
 *   as the start already told the team);
 * - `stale-<day>`: services of the team whose latest submission became
 *   stale since the team was last told.
 * Each is claimed in `campaign_notifications` before it is sent (the
 * table's primary key lets exactly one claim win, on any replica), and the
 * claim is given back when sending fails, so a later run tries again.
 */
export class CampaignNotifier {
  constructor(private readonly options: CampaignNotifierOptions) {}

  /** One run of the scheduled task: every campaign in force. Returns the notifications sent. */
  async run(): Promise<number> {
    const { campaigns } = this.options;
    const { today } = campaigns.clock();
    const inForce = (await campaigns.store.open()).filter(c =>
      isCampaignInForce(c, today),
    );
    let sent = 0;
    for (const campaign of inForce) {
      try {
        sent += await this.runCampaign(campaign);
      } catch (error) {
        this.options.logger.warn(
          `Campaign notifications of ${campaign.id} failed: ${stringifyError(
            error,
          )}`,
        );
      }
    }
    return sent;
  }

  /**
   * The notifications due for one campaign now, if it is in force: called
   * when a campaign is created, so that its teams hear of it at once rather
   * than at the next hourly run (whose claims then find it already sent).
   */
  async notifyCampaign(campaign: Campaign): Promise<number> {
    const { today } = this.options.campaigns.clock();
    if (!isCampaignInForce(campaign, today)) return 0;
    return this.runCampaign(campaign);
  }

  private async runCampaign(campaign: Campaign): Promise<number> {
    const { campaigns } = this.options;
    const { today, staleBefore } = campaigns.clock();
    const byTeam = new Map<
      string,
      Array<{
        entityRef: string;
        title: string;
        submissionId: string | null;
        stale: boolean;
      }>
    >();
    for await (const page of campaigns.allMissing(campaign)) {
      for (const service of page) {
        if (!service.ownerRef) continue;
        const list = byTeam.get(service.ownerRef) ?? [];
        list.push({
          entityRef: service.entityRef,
          title: service.title,
          submissionId: service.submissionId,
          stale:
            service.assessedAt !== null &&
            new Date(service.assessedAt) < staleBefore,
        });
        byTeam.set(service.ownerRef, list);
      }
    }

    const reminder = this.options.reminderDays
      .filter(
        d =>
          today >= daysBefore(campaign.deadline, d) &&
          today <= campaign.deadline &&
          daysBefore(campaign.deadline, d) > campaign.startsOn,
      )
      .sort((a, b) => a - b)[0];
    let sent = 0;
    for (const [teamRef, services] of byTeam) {
      const staleNow = services
        .filter(s => s.stale && s.submissionId !== null)
        .map(s => ({ entityRef: s.entityRef, submissionId: s.submissionId! }));
      // The start first. Its claim records, in the same transaction, the
      // services already stale (the start's list names them), so that a run
      // on another replica never tells them again as newly stale.
      const started = await this.send(
        campaign,
        { event: 'start', teamRef, services, kind: 'start' },
        staleNow,
      );
      if (started) sent += 1;
      if (
        reminder !== undefined &&
        (await this.send(campaign, {
          event: `reminder-${reminder}`,
          teamRef,
          services,
          kind: 'reminder',
          daysLeft: reminder,
        }))
      ) {
        sent += 1;
      }
      if (!started) {
        // The start went out before (or on another replica, whose claim and
        // notices are committed by now, as our claim failed on its row):
        // what became stale since is news.
        const noticed = await campaigns.store.staleNoticed(campaign.id);
        const newlyStale = services.filter(
          s =>
            s.stale &&
            s.submissionId !== null &&
            !noticed.has(`${s.entityRef} ${s.submissionId}`),
        );
        if (
          newlyStale.length &&
          (await this.send(campaign, {
            event: `stale-${today}`,
            teamRef,
            services: newlyStale,
            kind: 'stale',
          }))
        ) {
          sent += 1;
        }
      }
      await campaigns.store.noticeStale(campaign.id, staleNow);
    }
    return sent;
  }

  /** Claims and sends one notification; false when another run already did. */
  private async send(
    campaign: Campaign,
    event: TeamEvent,
    staleNotices: Array<{ entityRef: string; submissionId: string }> = [],
  ): Promise<boolean> {
    const { campaigns, notifications } = this.options;
    const { now } = campaigns.clock();
    const claimed = await campaigns.store.claimNotification(
      campaign.id,
      event.teamRef,
      event.event,
      now,
      staleNotices,
    );
    if (!claimed) return false;
    try {
      // A send that runs over gives its claim back like a failed one. If it
      // was delivered after all, the next run's send carries the same scope,
      // which the notifications backend turns into an update of the same
      // notification, not a second one.
      await withTimeout(
        notifications.send({
          recipients: { type: 'entity', entityRef: event.teamRef },
          payload: {
            title: this.titleOf(campaign, event),
            description: this.descriptionOf(campaign, event),
            link: (
              this.options.linkTemplate ?? '/mlops-maturity/campaigns/{id}'
            ).replace('{id}', campaign.id),
            topic: MLOPS_MATURITY_CAMPAIGN_NOTIFICATION_TOPIC,
            severity: event.kind === 'reminder' ? 'high' : 'normal',
            scope: `mlops-maturity-campaign:${campaign.id}:${event.event}`,
          },
        }),
        this.options.sendTimeoutMs ?? NOTIFICATION_SEND_TIMEOUT_MS,
        'The notifications backend',
      );
      return true;
    } catch (error) {
      await campaigns.store
        .releaseNotification(campaign.id, event.teamRef, event.event)
        .catch(() => undefined);
      throw error;
    }
  }

  private titleOf(campaign: Campaign, event: TeamEvent): string {
    const count = event.services.length;
    const missing = `${count} of your services ${
      count === 1 ? 'misses' : 'miss'
    } its goal`;
    switch (event.kind) {
      case 'start':
        return `Campaign "${campaign.title}" started: ${missing}`;
      case 'reminder':
        return `Campaign "${campaign.title}": ${event.daysLeft} ${
          event.daysLeft === 1 ? 'day' : 'days'
        } left, ${missing}`;
      default:
        return `Campaign "${campaign.title}": the assessment of ${count} of your services became stale`;
    }
  }

  private descriptionOf(campaign: Campaign, event: TeamEvent): string {
    const { model } = this.options;
    const parts: string[] = [];
    for (const [areaId, levelId] of Object.entries(campaign.goal.areas ?? {})) {
      const area = model.areas.find(a => a.id === areaId);
      const level = model.levels.find(l => l.id === levelId);
      parts.push(`${area?.title.en ?? areaId} ≥ ${level?.title.en ?? levelId}`);
    }
    if (campaign.goal.overall) {
      const overall = model.overallLevels.find(
        l => l.id === campaign.goal.overall,
      );
      parts.push(`overall ≥ ${overall?.title.en ?? campaign.goal.overall}`);
    }
    if (campaign.goal.assessedWithinDays) {
      parts.push(`assessed within ${campaign.goal.assessedWithinDays} days`);
    }
    const names = event.services.slice(0, 10).map(s => s.title);
    const more =
      event.services.length > names.length
        ? ` and ${event.services.length - names.length} more`
        : '';
    return `Goal: ${parts.join(', ')} by ${
      campaign.deadline
    }. Services: ${names.join(', ')}${more}.`;
  }
}
