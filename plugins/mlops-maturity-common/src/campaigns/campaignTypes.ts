import type { AssessmentStatus } from '../api/overviewTypes';
import type { OverviewListFilterKey } from '../api/overviewContract';

/**
 * Which services a campaign covers: the organisation page's list filters
 * (owner with its sub-groups, system, domain, lifecycle, type, tag). An
 * empty scope covers every ML service.
 * @public
 */
export type CampaignScope = { [K in OverviewListFilterKey]?: string[] };

/**
 * What a campaign asks of every service in its scope. At least one of
 * `areas` and `overall` is set; `assessedWithinDays` adds that the latest
 * submission is at most that many days old.
 * @public
 */
export interface CampaignGoal {
  /** The minimum level per area id. */
  areas?: Record<string, string>;
  /** The minimum overall level id. */
  overall?: string;
  /** The latest submission is at most this many days old. */
  assessedWithinDays?: number;
}

/** Open campaigns count and notify; closed ones are kept for the record. @public */
export type CampaignStatus = 'open' | 'closed';

/** What a manager writes when creating or editing a campaign. @public */
export interface CampaignInput {
  title: string;
  description: string;
  scope: CampaignScope;
  goal: CampaignGoal;
  /** First day, `YYYY-MM-DD` (UTC). */
  startsOn: string;
  /** Last day, `YYYY-MM-DD` (UTC), at least `startsOn`. */
  deadline: string;
}

/** A stored campaign. @public */
export interface Campaign extends CampaignInput {
  id: string;
  status: CampaignStatus;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  closedBy: string | null;
  closedAt: string | null;
}

/** `GET /campaigns`. @public */
export interface CampaignListResponse {
  items: Campaign[];
  /** Whether the caller may create, edit and close campaigns. */
  canManage: boolean;
}

/** `GET /campaigns/{id}`. @public */
export interface CampaignResponse {
  campaign: Campaign;
  canManage: boolean;
}

/** An area below the level a campaign asks for. @public */
export interface CampaignAreaGap {
  areaId: string;
  /** The area's level now; null when not assessed. */
  levelId: string | null;
  requiredLevelId: string;
}

/**
 * What one service lacks to meet a campaign's goal; every list empty and
 * every flag false when it meets it.
 * @public
 */
export interface CampaignShortfall {
  meets: boolean;
  /** Areas below the goal: those it names, and those its overall level needs. */
  areas: CampaignAreaGap[];
  /** The overall level is below the goal's (null: no overall goal or met). */
  overall: { levelId: string | null; requiredLevelId: string } | null;
  /** The goal asks for a recent submission and there is none, or it is too old. */
  assessment: 'missing' | 'too-old' | null;
}

/** Counts of the services of one team (or of the whole scope) by status. @public */
export interface CampaignTally {
  /** Services in scope. */
  inScope: number;
  /** Assessed services (with a submission): the base of the share. */
  assessed: number;
  /** Assessed services meeting the goal. */
  meeting: number;
  /** Provisional services (catalog levels, no submission), counted apart. */
  provisional: number;
  /** Provisional services whose catalog levels would meet the goal. */
  provisionalMeeting: number;
  /** In-scope services neither assessed nor provisional. */
  notAssessed: number;
}

/** The figures of a tally: counts, share and what is left. @public */
export interface CampaignFigures extends CampaignTally {
  /** `meeting / assessed`, 0 to 1; null with no assessed service. */
  share: number | null;
  /** In-scope services that do not count as meeting the goal yet. */
  left: number;
}

/** A team's (a service owner's) figures. @public */
export interface CampaignTeamProgress extends CampaignFigures {
  teamRef: string;
  title: string;
}

/** One day of a campaign's burn-up. @public */
export interface CampaignProgressPoint {
  /** `YYYY-MM-DD` (UTC). */
  day: string;
  inScope: number;
  assessed: number;
  meeting: number;
}

/** A service of the scope that misses the goal, with what it needs. @public */
export interface CampaignMissingService {
  entityRef: string;
  title: string;
  ownerRef: string | null;
  status: AssessmentStatus;
  shortfall: CampaignShortfall;
}

/** `GET /campaigns/{id}/progress`. @public */
export interface CampaignProgressResponse {
  campaignId: string;
  /** The whole scope, as far as the caller may see it. */
  total: CampaignFigures;
  /** Teams, the most services left first. */
  teams: CampaignTeamProgress[];
  /**
   * Daily points of the whole scope. Empty when the caller may not see every
   * service (the points count them all), with `pointsHidden` true.
   */
  points: CampaignProgressPoint[];
  pointsHidden: boolean;
  /** Services missing the goal, the first {@link CAMPAIGN_MISSING_LIMIT}. */
  missing: CampaignMissingService[];
  /** How many services miss the goal in all. */
  missingTotal: number;
}

/** An open campaign whose scope holds a service, as its card shows it. @public */
export interface EntityCampaign {
  campaignId: string;
  title: string;
  goal: CampaignGoal;
  deadline: string;
  shortfall: CampaignShortfall;
}

/** `GET /campaigns/entity/{kind}/{namespace}/{name}`. @public */
export interface EntityCampaignsResponse {
  entityRef: string;
  items: EntityCampaign[];
}
