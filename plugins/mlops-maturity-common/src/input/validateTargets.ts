import type { MaturityModel } from '../model/types';
import { indexModel } from '../scoring/modelIndex';
import {
  isPlainObject,
  type TargetIssue,
  type TargetsValidationResult,
} from './inputIssues';

/**
 * Validates target levels: an object from area id to level id, both of the
 * model. Areas left out keep the default target (the next level).
 * @public
 */
export function validateTargets(
  model: MaturityModel,
  input: unknown,
): TargetsValidationResult {
  if (!isPlainObject(input)) {
    return {
      ok: false,
      issues: [
        {
          path: '',
          message: 'targets must be an object from area id to level id',
        },
      ],
    };
  }
  const index = indexModel(model);
  const issues: TargetIssue[] = [];
  const targets: Record<string, string> = {};
  for (const [areaId, levelId] of Object.entries(input)) {
    if (!index.areaIndex.has(areaId)) {
      issues.push({
        areaId,
        path: areaId,
        message: `Area '${areaId}': unknown area; expected one of ${index.areaIds.join(
          ', ',
        )}`,
      });
    } else if (typeof levelId !== 'string' || !index.levelRank.has(levelId)) {
      issues.push({
        areaId,
        path: areaId,
        message: `Area '${areaId}': ${JSON.stringify(
          levelId,
        )} is not a level; expected one of ${index.levelIds.join(', ')}`,
      });
    } else {
      targets[areaId] = levelId;
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, targets };
}
