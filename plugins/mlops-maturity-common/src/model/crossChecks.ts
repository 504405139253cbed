import type { MaturityModel } from './types';
import {
  checkUniqueIds,
  isObject,
  listOf,
  type RawModelIssue,
  type Segments,
} from './checkHelpers';
import { checkCriteria } from './criterionChecks';

export type { RawModelIssue } from './checkHelpers';

function checkAreaLevels(model: MaturityModel, issues: RawModelIssue[]) {
  const levelIds = listOf(model.levels)
    .filter(isObject)
    .map(l => l.id);
  listOf(model.areas).forEach((area, a) => {
    if (!isObject(area) || !isObject(area.levels)) return;
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
  const areaIds = new Set(
    listOf(model.areas)
      .filter(isObject)
      .map(a => a.id),
  );
  const levelIds = new Set(
    listOf(model.levels)
      .filter(isObject)
      .map(l => l.id),
  );
  checkUniqueIds(
    model.overallLevels,
    ['overallLevels'],
    'overall level',
    issues,
  );
  listOf(model.overallLevels).forEach((overall, o) => {
    if (!isObject(overall)) return;
    const requirements = listOf(overall.requirements);
    if (o === 0 && requirements.length > 0) {
      issues.push({
        segments: ['overallLevels', 0, 'requirements'],
        message:
          'the first overall level is the starting point and must have no requirements',
      });
    }
    requirements.forEach((requirement, r) => {
      if (!isObject(requirement)) return;
      const at: Segments = ['overallLevels', o, 'requirements', r];
      if (!levelIds.has(requirement.atLeast)) {
        issues.push({
          segments: [...at, 'atLeast'],
          message: `unknown level '${requirement.atLeast}'`,
        });
      }
      if (requirement.areas !== 'all') {
        listOf(requirement.areas).forEach((areaId, i) => {
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
 * expressions that compile. Runs on a model that matches the schema, and also
 * on one that does not (reading it defensively), so that every kind of
 * problem is reported at once.
 */
export function crossCheckModel(model: MaturityModel): RawModelIssue[] {
  const issues: RawModelIssue[] = [];
  if (!isObject(model)) return issues;
  checkUniqueIds(model.levels, ['levels'], 'level', issues);
  checkUniqueIds(model.areas, ['areas'], 'area', issues);
  checkAreaLevels(model, issues);
  checkCriteria(model, issues);
  checkOverallLevels(model, issues);
  return issues;
}
