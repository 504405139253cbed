import {
  campaignDayOf,
  campaignProgress,
  campaignShortfall,
  isCampaignInForce,
  type Campaign,
  type CampaignProgressResponse,
  type EntityCampaign,
  type MaturityModel,
  type Scorecard,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { withDatabaseErrors } from '../database/databaseErrors';
import {
  VISIBLE_TO_ALL,
  type EntityVisibility,
} from '../overview/queries/visibility';
import {
  campaignCounts,
  campaignMissing,
  campaignsHolding,
  teamTitles,
} from './campaignQueries';
import { CampaignStore } from './CampaignStore';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What {@link CampaignService} needs. */
export interface CampaignServiceOptions {
  db: Knex;
  model: MaturityModel;
  /** `mlopsMaturity.staleAfterDays`. */
  staleAfterDays: number;
  /** The clock; tests pin it. */
  now?: () => Date;
}

/** Whether a visibility is the whole organisation. */
function seesAll(visibility: EntityVisibility): boolean {
  return (
    visibility.refs.length === 0 &&
    visibility.where.type === 'constant' &&
    visibility.where.value
  );
}

/**
 * Campaign reads over the organisation index: progress, the services
 * missing the goal and the campaigns in force on one service. Routes
 * authorise first; this class trusts its caller.
 */
export class CampaignService {
  readonly store: CampaignStore;

  constructor(private readonly options: CampaignServiceOptions) {
    this.store = new CampaignStore(options.db);
  }

  /** The current time, the day and the moment before which a submission is stale. */
  clock(): { now: Date; today: string; staleBefore: Date } {
    const now = this.options.now?.() ?? new Date();
    return {
      now,
      today: campaignDayOf(now),
      staleBefore: new Date(
        now.getTime() - this.options.staleAfterDays * DAY_MS,
      ),
    };
  }

  /** The campaigns in force (open and started) whose scope holds a service. */
  async inForceHolding(entityRef: string): Promise<Campaign[]> {
    const { today, staleBefore } = this.clock();
    const inForce = (await this.store.open()).filter(c =>
      isCampaignInForce(c, today),
    );
    if (!inForce.length) return [];
    return withDatabaseErrors('campaign scope read', () =>
      campaignsHolding(this.options.db, inForce, entityRef, staleBefore),
    );
  }

  /** What each campaign in force asks of a service, from its scorecard. */
  forScorecard(
    campaigns: Campaign[],
    scorecard: Scorecard,
    assessedAt: string | null,
  ): EntityCampaign[] {
    const { now } = this.clock();
    const areaLevels = Object.fromEntries(
      scorecard.areas.map(a => [a.areaId, a.levelId]),
    );
    return campaigns.map(campaign => ({
      campaignId: campaign.id,
      title: campaign.title,
      goal: campaign.goal,
      deadline: campaign.deadline,
      shortfall: campaignShortfall(
        this.options.model,
        campaign.goal,
        { areaLevels, assessedAt },
        now,
      ),
    }));
  }

  /** A campaign's progress as a caller who sees `visibleTo` may read it. */
  async progress(
    campaign: Campaign,
    visibleTo: EntityVisibility,
  ): Promise<CampaignProgressResponse> {
    const { now, staleBefore } = this.clock();
    const q = {
      model: this.options.model,
      campaign,
      visibleTo,
      staleBefore,
      now,
    };
    const all = seesAll(visibleTo);
    return withDatabaseErrors('campaign progress read', async () => {
      const [rows, missing, points] = await Promise.all([
        campaignCounts(this.options.db, q),
        campaignMissing(this.options.db, q),
        all ? this.store.points(campaign.id) : Promise.resolve([]),
      ]);
      const owners = [
        ...new Set(rows.flatMap(r => (r.ownerRef ? [r.ownerRef] : []))),
      ];
      const titles = await teamTitles(this.options.db, owners);
      const { total, teams } = campaignProgress(rows, titles);
      return {
        campaignId: campaign.id,
        total,
        teams,
        points,
        pointsHidden: !all,
        missing: missing.map(
          ({ submissionId: _id, assessedAt: _at, ...rest }) => rest,
        ),
        missingTotal: rows
          .filter(r => !r.meets)
          .reduce((sum, r) => sum + r.count, 0),
      };
    });
  }

  /**
   * Every service of a campaign's scope that misses the goal, a page at a
   * time (the CSV export and the notifications read them all).
   */
  async *allMissing(
    campaign: Campaign,
    visibleTo: EntityVisibility = VISIBLE_TO_ALL,
    pageSize = 1000,
  ) {
    const { now, staleBefore } = this.clock();
    const q = {
      model: this.options.model,
      campaign,
      visibleTo,
      staleBefore,
      now,
    };
    for (let offset = 0; ; offset += pageSize) {
      const page = await withDatabaseErrors('campaign export', () =>
        campaignMissing(this.options.db, q, pageSize, offset),
      );
      if (page.length) yield page;
      if (page.length < pageSize) return;
    }
  }

  /**
   * Writes today's point of every campaign in force, counting the whole
   * scope (the scheduled task; rewriting a day's point is harmless, so any
   * number of runs a day leave one point with the latest figures).
   */
  async recordPoints(): Promise<number> {
    const { today } = this.clock();
    const campaigns = (await this.store.open()).filter(c =>
      isCampaignInForce(c, today),
    );
    for (const campaign of campaigns) await this.recordPoint(campaign);
    return campaigns.length;
  }

  /**
   * Writes today's point of one campaign in force (nothing before its
   * start), so that a new campaign's burn-up starts the day it is created.
   */
  async recordPoint(campaign: Campaign): Promise<void> {
    const { now, today, staleBefore } = this.clock();
    if (!isCampaignInForce(campaign, today)) return;
    const rows = await withDatabaseErrors('campaign progress read', () =>
      campaignCounts(this.options.db, {
        model: this.options.model,
        campaign,
        visibleTo: VISIBLE_TO_ALL,
        staleBefore,
        now,
      }),
    );
    const { total } = campaignProgress(rows);
    await this.store.putPoint(campaign.id, today, total);
  }
}
