import { overallNeeds, type OverallRulesModel } from '../scoring/overallNeeds';
import type {
  CampaignAreaGap,
  CampaignGoal,
  CampaignShortfall,
} from './campaignTypes';

const DAY_MS = 24 * 60 * 60 * 1000;

/** What the goal check reads of a service: its levels now and its latest submission. @public */
export interface CampaignServiceLevels {
  /** Level per area id; null or absent when the area is not assessed. */
  areaLevels: Record<string, string | null>;
  /** When the latest submission was made; null without one. */
  assessedAt: string | Date | null;
}

/**
 * What a service lacks to meet a campaign's goal:
 * - every area the goal names must be at least at its level;
 * - with an overall goal, every area must be at least at the level that the
 *   overall level (and each level below it) needs, by the model's rules —
 *   that is what "overall at least X" means, and it tells the team which
 *   areas to raise;
 * - with `assessedWithinDays`, the latest submission must be at most that
 *   old at `now`.
 * An area named both ways needs the higher level. A not-assessed area meets
 * no level.
 * @public
 */
export function campaignShortfall(
  model: OverallRulesModel,
  goal: CampaignGoal,
  service: CampaignServiceLevels,
  now: Date,
): CampaignShortfall {
  const rank = new Map(model.levels.map((l, i) => [l.id, i]));
  const levelOf = (areaId: string) =>
    Object.prototype.hasOwnProperty.call(service.areaLevels, areaId)
      ? service.areaLevels[areaId] ?? null
      : null;
  const rankOf = (levelId: string | null) =>
    levelId === null ? -1 : rank.get(levelId) ?? -1;

  // The minimum rank per area, from the named areas and the overall goal.
  const required = new Map<string, number>();
  const raise = (areaId: string, levelId: string) => {
    const r = rank.get(levelId);
    if (r === undefined) return;
    required.set(areaId, Math.max(required.get(areaId) ?? -1, r));
  };
  for (const [areaId, levelId] of Object.entries(goal.areas ?? {})) {
    raise(areaId, levelId);
  }

  let overall: CampaignShortfall['overall'] = null;
  if (goal.overall !== undefined) {
    const areaLevels = model.areas.map(a => ({
      areaId: a.id,
      levelId: levelOf(a.id),
    }));
    const needs = overallNeeds(model, areaLevels);
    const step = needs.ladder.find(s => s.overallLevelId === goal.overall);
    if (step && !step.reached) {
      overall = {
        levelId: needs.currentLevelId,
        requiredLevelId: goal.overall,
      };
      for (const gap of step.shortfalls) raise(gap.areaId, gap.requiredLevelId);
    }
  }

  const areas: CampaignAreaGap[] = [];
  const ordered = [
    ...model.areas.map(a => a.id).filter(id => required.has(id)),
    ...[...required.keys()].filter(id => !model.areas.some(a => a.id === id)),
  ];
  for (const areaId of ordered) {
    const min = required.get(areaId)!;
    const levelId = levelOf(areaId);
    if (rankOf(levelId) < min) {
      areas.push({ areaId, levelId, requiredLevelId: model.levels[min].id });
    }
  }

  let assessment: CampaignShortfall['assessment'] = null;
  if (goal.assessedWithinDays !== undefined) {
    if (service.assessedAt === null) assessment = 'missing';
    else {
      const at = new Date(service.assessedAt).getTime();
      if (at < now.getTime() - goal.assessedWithinDays * DAY_MS) {
        assessment = 'too-old';
      }
    }
  }

  return {
    meets: areas.length === 0 && overall === null && assessment === null,
    areas,
    overall,
    assessment,
  };
}
