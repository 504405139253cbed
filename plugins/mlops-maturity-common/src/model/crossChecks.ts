import type { MaturityModel } from './types';
import {
  checkUniqueIds,
  type RawModelIssue,
  type Segments,
} from './checkHelpers';
import { checkCriteria } from './criterionChecks';

export type { RawModelIssue } from './checkHelpers';

function checkAreaLevels(model: MaturityModel, issues: RawModelIssue[]) {
  const levelIds = model.levels.map(l => l.id);
  model.areas.forEach((area, a) => {
    for (const levelId of levelIds) {
      if (!(levelId in area.levels)) {
        issues.push({
          segments: ['areas', a, 'levels'],
          message: `level '${levelId}' is not described; every area describes every level`,
        });
      }
    }
    for (const key of Object.keys(area.levels)) {
      if (!levelIds.includes(key)) {
        issues.push({
          segments: ['areas', a, 'levels', key],
          message: `unknown level '${key}'; expected one of ${levelIds.join(
            ', ',
          )}`,
        });
      }
    }
  });
}

function checkOverallLevels(model: MaturityModel, issues: RawModelIssue[]) {
  const areaIds = new Set(model.areas.map(a => a.id));
  const levelIds = new Set(model.levels.map(l => l.id));
  checkUniqueIds(
    model.overallLevels,
    ['overallLevels'],
    'overall level',
    issues,
  );
  model.overallLevels.forEach((overall, o) => {
    if (o === 0 && overall.requirements.length > 0) {
      issues.push({
        segments: ['overallLevels', 0, 'requirements'],
        message:
          'the first overall level is the starting point and must have no requirements',
      });
    }
    overall.requirements.forEach((requirement, r) => {
      const at: Segments = ['overallLevels', o, 'requirements', r];
      if (!levelIds.has(requirement.atLeast)) {
        issues.push({
          segments: [...at, 'atLeast'],
          message: `unknown level '${requirement.atLeast}'`,
        });
      }
      if (requirement.areas !== 'all') {
        requirement.areas.forEach((areaId, i) => {
          if (!areaIds.has(areaId)) {
            issues.push({
              segments: [...at, 'areas', i],
              message: `unknown area '${areaId}'`,
            });
          }
        });
      }
    });
  });
}

/**
 * Checks that need the whole model: unique ids, references between levels,
 * areas and overall rules, options of multiple-choice criteria, and regular
 * expressions that compile. Runs on a model that already matches the schema.
 */
export function crossCheckModel(model: MaturityModel): RawModelIssue[] {
  const issues: RawModelIssue[] = [];
  checkUniqueIds(model.levels, ['levels'], 'level', issues);
  checkUniqueIds(model.areas, ['areas'], 'area', issues);
  checkAreaLevels(model, issues);
  checkCriteria(model, issues);
  checkOverallLevels(model, issues);
  return issues;
}
