import type { ReportContext } from './reportContext';
import { describeAreaLevel } from './reportContext';
import { buildReportCriterion } from './reportAnswers';
import type { ReportArea } from './reportTypes';

/** The per-area part of the report, in the model's area order. */
export function buildReportAreas(ctx: ReportContext): ReportArea[] {
  const { model, scorecard } = ctx;
  return scorecard.areas.map(result => {
    const area = ctx.area(result.areaId);
    const rank = result.levelId === null ? 0 : ctx.levelRank(result.levelId);
    const nextLevel = model.levels[rank + 1];
    const applicable = result.criteria.filter(c => c.applicable);
    const { progress } = result;
    return {
      areaId: area.id,
      title: ctx.t(area.title),
      description: ctx.t(area.description),
      level: { id: result.levelId, title: ctx.levelTitle(result.levelId) },
      score: result.score,
      progress: {
        levelId: progress.levelId,
        levelTitle:
          progress.levelId === null ? null : ctx.levelTitle(progress.levelId),
        met: progress.met,
        total: progress.total,
        percent: Math.round(progress.ratio * 100),
      },
      target: {
        levelId: result.targetLevelId,
        title: ctx.levelTitle(result.targetLevelId),
        reached: result.targetReached,
      },
      current:
        result.levelId === null
          ? null
          : describeAreaLevel(ctx, area, result.levelId),
      next: nextLevel ? describeAreaLevel(ctx, area, nextLevel.id) : null,
      criteria: {
        applicable: applicable.length,
        met: applicable.filter(c => c.met).length,
        notApplicable: result.criteria.length - applicable.length,
        conflicts: result.criteria.filter(c => c.provenance === 'conflict')
          .length,
        selfAttested: result.criteria.filter(
          c => c.provenance === 'self-attested',
        ).length,
      },
      answers: result.criteria.map(c => buildReportCriterion(ctx, c)),
    };
  });
}
