import type { MaturityModel } from '../model/types';
import { effectiveTargets } from '../scoring/targets';
import type { CampaignShortfall } from './campaignTypes';

/**
 * The explicit targets a service is scored with while campaigns ask more
 * of it: its effective targets (own targets, or the next level by default)
 * with each area a campaign finds below its goal raised to the campaign's
 * level, so that the roadmap leads there. A target already above a
 * campaign's level stays; a met goal raises nothing. Returns undefined
 * when no campaign raises anything, so the caller keeps the own targets
 * (and the scorecard still says which targets are explicit).
 *
 * @param areaLevels - the service's level per area (null: not assessed)
 * @param ownTargets - its explicit targets
 * @param shortfalls - what each open campaign covering it finds missing
 * @public
 */
export function campaignRaisedTargets(
  model: MaturityModel,
  areaLevels: Record<string, string | null>,
  ownTargets: Record<string, string>,
  shortfalls: ReadonlyArray<CampaignShortfall>,
): Record<string, string> | undefined {
  const rank = new Map(model.levels.map((l, i) => [l.id, i]));
  const raised = effectiveTargets(model, areaLevels, ownTargets);
  let changed = false;
  for (const shortfall of shortfalls) {
    for (const gap of shortfall.areas) {
      const current = raised[gap.areaId];
      if (current === undefined) continue;
      const want = rank.get(gap.requiredLevelId);
      if (want !== undefined && want > (rank.get(current) ?? -1)) {
        raised[gap.areaId] = gap.requiredLevelId;
        changed = true;
      }
    }
  }
  return changed ? { ...ownTargets, ...raised } : undefined;
}
