import { mockServices } from '@backstage/backend-test-utils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import {
  defaultModel,
  MLOPS_MATURITY_CAMPAIGN_NOTIFICATION_TOPIC,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { createTestDatabases } from '../__testUtils__/databases';
import { NOW } from '../__testUtils__/organisation';
import { createOrganisationApp } from '../__testUtils__/organisationApp';
import {
  CampaignNotifier,
  DEFAULT_REMINDER_DAYS,
  readReminderDays,
} from './campaignNotifications';
import { CampaignService } from './CampaignService';

jest.setTimeout(60_000);

const DAY = 24 * 60 * 60 * 1000;

/** A backend replica: its own services over the shared database. */
function replica(knex: Knex, sent: NotificationSendOptions[], now: () => Date) {
  const campaigns = new CampaignService({
    db: knex,
    model: defaultModel,
    staleAfterDays: 180,
    now,
  });
  const notifier = new CampaignNotifier({
    campaigns,
    notifications: { send: async n => void sent.push(n) },
    model: defaultModel,
    logger: mockServices.logger.mock(),
    reminderDays: [50, 14],
  });
  return { campaigns, notifier };
}

describe('CampaignNotifier', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'notifies each team once per event, also with two replicas on one database, %p',
    async databaseId => {
      const { knex } = await createOrganisationApp(databases, databaseId);
      let now = NOW;
      const sent: NotificationSendOptions[] = [];
      const one = replica(knex, sent, () => now);
      const two = replica(knex, sent, () => now);
      await one.campaigns.store.create(
        {
          title: 'Defined by summer',
          description: '',
          scope: { owner: ['group:default/data'] },
          goal: { overall: 'defined' },
          startsOn: '2026-06-01',
          deadline: '2026-07-31',
        },
        'user:default/lead',
        NOW,
      );

      // Both replicas run at once: team-a (svc-a2) and team-b (svc-b1, svc-b2)
      // miss the goal; the start and the 50-day reminder (due on 2026-06-11,
      // after the start) go to each team once.
      const counts = await Promise.all([
        one.notifier.run(),
        two.notifier.run(),
      ]);
      expect(counts[0] + counts[1]).toBe(4);
      expect(
        sent
          .map(n => [
            (n.recipients as { entityRef: string }).entityRef,
            n.payload.scope?.split(':').at(-1),
          ])
          .sort(),
      ).toEqual([
        ['group:default/team-a', 'reminder-50'],
        ['group:default/team-a', 'start'],
        ['group:default/team-b', 'reminder-50'],
        ['group:default/team-b', 'start'],
      ]);
      expect(sent[0].payload.topic).toBe(
        MLOPS_MATURITY_CAMPAIGN_NOTIFICATION_TOPIC,
      );
      expect(
        sent.find(
          n =>
            (n.recipients as { entityRef: string }).entityRef ===
              'group:default/team-b' && n.payload.scope?.endsWith('start'),
        )?.payload.title,
      ).toContain('2 of your services miss its goal');
      expect(
        sent.find(
          n =>
            (n.recipients as { entityRef: string }).entityRef ===
              'group:default/team-a' && n.payload.scope?.endsWith('start'),
        )?.payload.title,
      ).toBe(
        'Campaign "Defined by summer" started: 1 of your services misses its goal',
      );

      // Running again sends nothing new.
      expect(await one.notifier.run()).toBe(0);
      expect(await two.notifier.run()).toBe(0);

      // 14 days before the deadline: the next reminder, once per team;
      // svc-b1 (submitted 30 days before NOW) is not stale yet.
      now = new Date('2026-07-18T09:00:00.000Z');
      await Promise.all([one.notifier.run(), two.notifier.run()]);
      expect(sent).toHaveLength(6);
      expect(
        sent.slice(4).map(n => n.payload.scope?.split(':').at(-1)),
      ).toEqual(['reminder-14', 'reminder-14']);

      // Points: one per day, whichever replica writes it.
      await Promise.all([
        one.campaigns.recordPoints(),
        two.campaigns.recordPoints(),
      ]);
      const [campaign] = await one.campaigns.store.list();
      expect(await one.campaigns.store.points(campaign.id)).toEqual([
        { day: '2026-07-18', inScope: 4, assessed: 3, meeting: 1 },
      ]);
    },
  );

  it('tells a team once when a service of it becomes stale during the campaign', async () => {
    const { knex } = await createOrganisationApp(databases, 'SQLITE_3');
    let now = NOW;
    const sent: NotificationSendOptions[] = [];
    const { campaigns, notifier } = replica(knex, sent, () => now);
    await campaigns.store.create(
      {
        title: 'Team B at Defined',
        description: '',
        scope: { owner: ['group:default/team-b'] },
        goal: { overall: 'defined' },
        startsOn: '2026-06-01',
        deadline: '2027-06-01',
      },
      'user:default/lead',
      NOW,
    );
    await notifier.run();
    expect(sent.map(n => n.payload.scope?.split(':').at(-1))).toEqual([
      'start',
    ]);
    // svc-b1 was submitted 30 days before NOW: stale 151 days later.
    now = new Date(NOW.getTime() + 151 * DAY);
    await notifier.run();
    await notifier.run();
    expect(sent.map(n => n.payload.scope?.split(':').at(-1))).toEqual([
      'start',
      'stale-2026-11-13',
    ]);
    expect(sent[1].payload.description).toContain('Service svc-b1');
  });

  /**
   * One replica with `send` as its notification service and a campaign in
   * force over team-b, which misses its goal: one start notification is due.
   */
  async function teamBCampaign(
    send: (n: NotificationSendOptions) => Promise<void>,
    extra: { sendTimeoutMs?: number } = {},
  ) {
    const { knex } = await createOrganisationApp(databases, 'SQLITE_3');
    const campaigns = new CampaignService({
      db: knex,
      model: defaultModel,
      staleAfterDays: 180,
      now: () => NOW,
    });
    const logger = mockServices.logger.mock();
    const notifier = new CampaignNotifier({
      campaigns,
      notifications: { send },
      model: defaultModel,
      logger,
      reminderDays: [],
      ...extra,
    });
    await campaigns.store.create(
      {
        title: 'T',
        description: '',
        scope: { owner: ['group:default/team-b'] },
        goal: { overall: 'defined' },
        startsOn: '2026-06-01',
        deadline: '2026-07-31',
      },
      'user:default/lead',
      NOW,
    );
    return { notifier, logger };
  }

  it('gives a claim back when sending fails, so the next run sends it', async () => {
    let fail = true;
    const sent: NotificationSendOptions[] = [];
    const { notifier } = await teamBCampaign(async n => {
      if (fail) throw new Error('notifications backend down');
      sent.push(n);
    });
    expect(await notifier.run()).toBe(0);
    fail = false;
    expect(await notifier.run()).toBe(1);
    expect(sent).toHaveLength(1);
  });

  it('gives up on a send that does not answer in time, and sends it on the next run', async () => {
    let hang = true;
    const sent: NotificationSendOptions[] = [];
    const { notifier, logger } = await teamBCampaign(
      n =>
        hang ? new Promise<void>(() => {}) : Promise.resolve(void sent.push(n)),
      { sendTimeoutMs: 50 },
    );
    expect(await notifier.run()).toBe(0);
    expect(logger.warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'The notifications backend did not answer within 50 ms',
      ),
    );
    hang = false;
    expect(await notifier.run()).toBe(1);
    expect(sent).toHaveLength(1);
  });
});

describe('readReminderDays', () => {
  it('reads whole days, highest first, and names the key of a wrong value', () => {
    expect(readReminderDays(mockServices.rootConfig({ data: {} }))).toEqual(
      DEFAULT_REMINDER_DAYS,
    );
    expect(
      readReminderDays(
        mockServices.rootConfig({
          data: {
            mlopsMaturity: { campaigns: { reminderDays: [3, 30, 3] } },
          },
        }),
      ),
    ).toEqual([30, 3]);
    expect(() =>
      readReminderDays(
        mockServices.rootConfig({
          data: {
            mlopsMaturity: { campaigns: { reminderDays: [0] } },
          },
        }),
      ),
    ).toThrow('mlopsMaturity.campaigns.reminderDays');
  });
});
