import type { AssessmentStatus } from '../api/overviewTypes';
import type {
  CampaignFigures,
  CampaignTally,
  CampaignTeamProgress,
} from './campaignTypes';

/**
 * One aggregate row of a campaign's scope: how many services of one owner
 * and status do (or do not) meet the goal. The backend's progress query
 * returns these from the organisation index.
 * @public
 */
export interface CampaignCountRow {
  /** The services' owner (their team); null when they have none. */
  ownerRef: string | null;
  status: AssessmentStatus;
  meets: boolean;
  count: number;
}

/** A tally with nothing counted. @public */
export function emptyCampaignTally(): CampaignTally {
  return {
    inScope: 0,
    assessed: 0,
    meeting: 0,
    provisional: 0,
    provisionalMeeting: 0,
    notAssessed: 0,
  };
}

/** Adds one count row to a tally. */
function add(tally: CampaignTally, row: CampaignCountRow): void {
  tally.inScope += row.count;
  if (row.status === 'assessed') {
    tally.assessed += row.count;
    if (row.meets) tally.meeting += row.count;
  } else if (row.status === 'provisional') {
    tally.provisional += row.count;
    if (row.meets) tally.provisionalMeeting += row.count;
  } else {
    tally.notAssessed += row.count;
  }
}

/**
 * The figures of a tally. The share is of the assessed services only, as
 * every organisation figure: provisional services are a count of their
 * own, never in the share. What is left is every service in scope that
 * does not count as meeting yet (the provisional and not-assessed ones
 * need a submission first).
 * @public
 */
export function campaignFigures(tally: CampaignTally): CampaignFigures {
  return {
    ...tally,
    share: tally.assessed ? tally.meeting / tally.assessed : null,
    left: tally.inScope - tally.meeting,
  };
}

/**
 * A campaign's progress from the count rows of its scope: the whole scope
 * and one entry per team (the services' direct owner; services without an
 * owner are left out of the teams but counted in the total), the teams
 * with the most services left first, then the lowest share, then by title.
 *
 * @param titles - a title per team ref; the ref stands in when absent
 * @public
 */
export function campaignProgress(
  rows: ReadonlyArray<CampaignCountRow>,
  titles: ReadonlyMap<string, string> = new Map(),
): { total: CampaignFigures; teams: CampaignTeamProgress[] } {
  const total = emptyCampaignTally();
  const byTeam = new Map<string, CampaignTally>();
  for (const row of rows) {
    add(total, row);
    if (row.ownerRef === null) continue;
    let team = byTeam.get(row.ownerRef);
    if (!team) {
      team = emptyCampaignTally();
      byTeam.set(row.ownerRef, team);
    }
    add(team, row);
  }
  const teams = [...byTeam].map(([teamRef, tally]) => ({
    teamRef,
    title: titles.get(teamRef) ?? teamRef,
    ...campaignFigures(tally),
  }));
  teams.sort(
    (a, b) =>
      b.left - a.left ||
      (a.share ?? -1) - (b.share ?? -1) ||
      a.title.localeCompare(b.title, 'en') ||
      a.teamRef.localeCompare(b.teamRef, 'en'),
  );
  return { total: campaignFigures(total), teams };
}
