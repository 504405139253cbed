import type {
  Campaign,
  CampaignInput,
  CampaignProgressPoint,
  CampaignTally,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { ConflictError, NotFoundError } from '@backstage/errors';
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  isUniqueViolation,
  withDatabaseErrors,
} from '../database/databaseErrors';

interface CampaignRow {
  id: string;
  title: string;
  description: string;
  scope: string;
  goal: string;
  starts_on: string;
  deadline: string;
  status: 'open' | 'closed';
  created_by: string;
  created_at: Date | string;
  updated_by: string;
  updated_at: Date | string;
  closed_by: string | null;
  closed_at: Date | string | null;
}

const iso = (value: Date | string | number) => new Date(value).toISOString();

function campaignOf(row: CampaignRow): Campaign {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    scope: JSON.parse(row.scope),
    goal: JSON.parse(row.goal),
    startsOn: row.starts_on,
    deadline: row.deadline,
    status: row.status,
    createdBy: row.created_by,
    createdAt: iso(row.created_at),
    updatedBy: row.updated_by,
    updatedAt: iso(row.updated_at),
    closedBy: row.closed_by,
    closedAt: row.closed_at === null ? null : iso(row.closed_at),
  };
}

function inputColumns(input: CampaignInput) {
  return {
    title: input.title,
    description: input.description,
    scope: JSON.stringify(input.scope),
    goal: JSON.stringify(input.goal),
    starts_on: input.startsOn,
    deadline: input.deadline,
  };
}

/**
 * Campaigns, their daily progress points and the notifications sent, in
 * the plugin's database (migration `20261211000000_campaigns.js`).
 * Connection failures become 503s.
 */
export class CampaignStore {
  constructor(private readonly db: Knex) {}

  /** Every campaign, open ones first, then the nearest deadline. */
  list(): Promise<Campaign[]> {
    return withDatabaseErrors('campaign list read', async () => {
      const rows: CampaignRow[] = await this.db('campaigns')
        .select()
        .orderByRaw("case when status = 'open' then 0 else 1 end")
        .orderBy([
          { column: 'deadline', order: 'asc' },
          { column: 'title', order: 'asc' },
          { column: 'id', order: 'asc' },
        ]);
      return rows.map(campaignOf);
    });
  }

  /** The open campaigns (few: read whole by every scorecard read). */
  open(): Promise<Campaign[]> {
    return withDatabaseErrors('campaign read', async () => {
      const rows: CampaignRow[] = await this.db('campaigns')
        .where('status', 'open')
        .select();
      return rows.map(campaignOf);
    });
  }

  /** One campaign; 404 when there is none with that id. */
  get(id: string): Promise<Campaign> {
    return withDatabaseErrors('campaign read', async () => {
      const row: CampaignRow | undefined = await this.db('campaigns')
        .where('id', id)
        .first();
      if (!row) throw new NotFoundError(`There is no campaign ${id}`);
      return campaignOf(row);
    });
  }

  /** Stores a new open campaign. */
  create(input: CampaignInput, by: string, now: Date): Promise<Campaign> {
    return withDatabaseErrors('campaign creation', async () => {
      const row: CampaignRow = {
        id: randomUUID(),
        ...inputColumns(input),
        status: 'open',
        created_by: by,
        created_at: now,
        updated_by: by,
        updated_at: now,
        closed_by: null,
        closed_at: null,
      };
      await this.db('campaigns').insert(row);
      return campaignOf(row);
    });
  }

  /**
   * Replaces what a manager wrote of an open campaign; 404 without it,
   * 409 once it is closed (a closed campaign is a record).
   */
  update(
    id: string,
    input: CampaignInput,
    by: string,
    now: Date,
  ): Promise<{ previous: Campaign; campaign: Campaign }> {
    return withDatabaseErrors('campaign change', () =>
      this.db.transaction(async tx => {
        const previous = await this.openIn(tx, id);
        await tx('campaigns')
          .where({ id, status: 'open' })
          .update({ ...inputColumns(input), updated_by: by, updated_at: now });
        const row: CampaignRow = await tx('campaigns').where('id', id).first();
        return { previous, campaign: campaignOf(row) };
      }),
    );
  }

  /** Closes an open campaign; 404 without it, 409 when already closed. */
  close(id: string, by: string, now: Date): Promise<Campaign> {
    return withDatabaseErrors('campaign closing', () =>
      this.db.transaction(async tx => {
        await this.openIn(tx, id);
        await tx('campaigns').where({ id, status: 'open' }).update({
          status: 'closed',
          closed_by: by,
          closed_at: now,
          updated_by: by,
          updated_at: now,
        });
        const row: CampaignRow = await tx('campaigns').where('id', id).first();
        return campaignOf(row);
      }),
    );
  }

  private async openIn(tx: Knex.Transaction, id: string): Promise<Campaign> {
    const row: CampaignRow | undefined = await tx('campaigns')
      .where('id', id)
      .first();
    if (!row) throw new NotFoundError(`There is no campaign ${id}`);
    if (row.status !== 'open') {
      throw new ConflictError(`The campaign ${id} is closed`);
    }
    return campaignOf(row);
  }

  /** Writes (or rewrites) a campaign's point of a day. */
  putPoint(
    campaignId: string,
    day: string,
    tally: Pick<CampaignTally, 'inScope' | 'assessed' | 'meeting'>,
  ): Promise<void> {
    return withDatabaseErrors('campaign progress write', async () => {
      await this.db('campaign_progress_points')
        .insert({
          campaign_id: campaignId,
          day,
          in_scope: tally.inScope,
          assessed: tally.assessed,
          meeting: tally.meeting,
        })
        .onConflict(['campaign_id', 'day'])
        .merge(['in_scope', 'assessed', 'meeting']);
    });
  }

  /** A campaign's daily points, oldest first. */
  points(campaignId: string): Promise<CampaignProgressPoint[]> {
    return withDatabaseErrors('campaign progress read', async () => {
      const rows: Array<{
        day: string;
        in_scope: number;
        assessed: number;
        meeting: number;
      }> = await this.db('campaign_progress_points')
        .where('campaign_id', campaignId)
        .orderBy('day')
        .select('day', 'in_scope', 'assessed', 'meeting');
      return rows.map(r => ({
        day: r.day,
        inScope: Number(r.in_scope),
        assessed: Number(r.assessed),
        meeting: Number(r.meeting),
      }));
    });
  }

  /**
   * Claims a notification: true for the one caller whose row is inserted,
   * false for every other (the primary key (campaign, team, event) lets one
   * win, on any replica). `staleNotices` are recorded in the same
   * transaction: the stale submissions the notification names, so that no
   * other run takes them for news once the claim is visible.
   */
  async claimNotification(
    campaignId: string,
    teamRef: string,
    event: string,
    now: Date,
    staleNotices: Array<{ entityRef: string; submissionId: string }> = [],
  ): Promise<boolean> {
    try {
      await this.db.transaction(async tx => {
        await tx('campaign_notifications').insert({
          campaign_id: campaignId,
          team_ref: teamRef,
          event,
          sent_at: now,
        });
        await insertStaleNotices(tx, campaignId, staleNotices);
      });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  /** Gives a claim back when its notification could not be sent, so the next run tries again. */
  async releaseNotification(
    campaignId: string,
    teamRef: string,
    event: string,
  ): Promise<void> {
    await this.db('campaign_notifications')
      .where({ campaign_id: campaignId, team_ref: teamRef, event })
      .delete();
  }

  /** The stale submissions of a campaign's scope its teams were already told about. */
  async staleNoticed(campaignId: string): Promise<Set<string>> {
    const rows: Array<{ entity_ref: string; submission_id: string }> =
      await this.db('campaign_stale_notices')
        .where('campaign_id', campaignId)
        .select('entity_ref', 'submission_id');
    return new Set(rows.map(r => `${r.entity_ref} ${r.submission_id}`));
  }

  /** Records stale submissions as told about (already recorded ones are left). */
  async noticeStale(
    campaignId: string,
    services: Array<{ entityRef: string; submissionId: string }>,
  ): Promise<void> {
    await insertStaleNotices(this.db, campaignId, services);
  }
}

/** Records stale submissions as told about, in `db` or a transaction; already recorded ones are left. */
async function insertStaleNotices(
  db: Knex,
  campaignId: string,
  services: Array<{ entityRef: string; submissionId: string }>,
): Promise<void> {
  if (!services.length) return;
  await db('campaign_stale_notices')
    .insert(
      services.map(s => ({
        campaign_id: campaignId,
        entity_ref: s.entityRef,
        submission_id: s.submissionId,
      })),
    )
    .onConflict(['campaign_id', 'entity_ref', 'submission_id'])
    .ignore();
}
