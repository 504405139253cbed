import type { ReportContext } from './reportContext';
import { dateOf } from './reportContext';
import type { ReportArea, ReportAreaRef, ReportSummary } from './reportTypes';

/** Model texts may or may not end a sentence; the summary reads them as sentences. */
function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function refOf(area: ReportArea): ReportAreaRef {
  return {
    areaId: area.areaId,
    title: area.title,
    levelTitle: area.level.title,
    score: area.score ?? 0,
  };
}

/**
 * Strongest and weakest assessed areas by score; ties go to the higher
 * (respectively lower) level, then to the model's order. The weakest is only
 * named when there are two areas to compare, and neither is named when every
 * assessed area has the same score and level (`even`): otherwise one area
 * could be named both strongest and weakest. When the areas differ, the two
 * picks always differ too, since the strongest has the highest score (or the
 * higher level on a tie) and the weakest the lowest.
 */
function extremes(ctx: ReportContext, areas: ReportArea[]) {
  const assessed = areas.filter(a => a.level.id !== null && a.score !== null);
  const rank = (a: ReportArea) => ctx.levelRank(a.level.id!);
  let strongest: ReportArea | undefined;
  let weakest: ReportArea | undefined;
  for (const area of assessed) {
    if (
      !strongest ||
      area.score! > strongest.score! ||
      (area.score === strongest.score && rank(area) > rank(strongest))
    ) {
      strongest = area;
    }
    if (
      !weakest ||
      area.score! < weakest.score! ||
      (area.score === weakest.score && rank(area) < rank(weakest))
    ) {
      weakest = area;
    }
  }
  const even =
    assessed.length > 1 &&
    assessed.every(
      a => a.score === strongest!.score && a.level.id === strongest!.level.id,
    );
  if (even) {
    return {
      strongestArea: null,
      weakestArea: null,
      even: { count: assessed.length, ...refOf(strongest!) },
    };
  }
  return {
    strongestArea: strongest ? refOf(strongest) : null,
    weakestArea: weakest && assessed.length > 1 ? refOf(weakest) : null,
    even: null,
  };
}

/** The executive summary: overall level and its meaning, who assessed when, extremes. */
export function buildReportSummary(
  ctx: ReportContext,
  areas: ReportArea[],
  entityTitle: string,
  assessed: { by: string; at: string } | null,
): ReportSummary {
  const { scorecard, texts, model } = ctx;
  const overallId = scorecard.overall.levelId;
  const overall = model.overallLevels.find(o => o.id === overallId);
  const { strongestArea, weakestArea, even } = extremes(ctx, areas);
  const areasAssessed = areas.filter(a => a.level.id !== null).length;
  const stale = scorecard.staleness.isStale;

  // Without a submission the levels come from catalog evidence alone: say so
  // in the first sentence rather than present them as an assessed level.
  const overallSentence = assessed
    ? texts.summary.overall
    : texts.summary.overallProvisional;
  const text: string[] = [
    overall
      ? overallSentence(
          entityTitle,
          ctx.t(overall.title),
          asSentence(ctx.t(overall.description)),
        )
      : texts.summary.nothingAssessed(entityTitle),
    texts.summary.coverage(areasAssessed, areas.length),
  ];
  if (strongestArea) {
    const { title, levelTitle, score } = strongestArea;
    text.push(texts.summary.strongest(title, levelTitle, score));
  }
  if (weakestArea) {
    const { title, levelTitle, score } = weakestArea;
    text.push(texts.summary.weakest(title, levelTitle, score));
  }
  if (even) {
    text.push(texts.summary.even(even.count, even.levelTitle, even.score));
  }
  text.push(
    assessed
      ? texts.summary.assessed(assessed.by, dateOf(assessed.at))
      : texts.summary.notSubmitted,
  );
  if (stale && scorecard.staleness.staleAt) {
    text.push(texts.summary.stale(dateOf(scorecard.staleness.staleAt)));
  }
  if (scorecard.counts.conflict > 0) {
    text.push(texts.summary.conflicts(scorecard.counts.conflict));
  }
  text.push(texts.summary.plan(scorecard.roadmap.length));

  const lens = scorecard.mlTestScore;
  return {
    overallLevel: {
      id: overallId,
      title: overall ? ctx.t(overall.title) : texts.notAssessed,
      description: overall ? ctx.t(overall.description) : '',
      ...(overall && scorecard.overall.crosswalk
        ? { crosswalk: scorecard.overall.crosswalk }
        : {}),
    },
    assessed,
    stale,
    staleAt: scorecard.staleness.staleAt,
    areasAssessed,
    areasTotal: areas.length,
    strongestArea,
    weakestArea,
    counts: { ...scorecard.counts },
    ...(lens
      ? {
          mlTestScore: {
            score: lens.score,
            band: lens.band,
            bandTitle: texts.bands[lens.band],
            explanation: texts.mlTestScoreExplanation,
            sections: Object.entries(lens.sections).map(([section, sum]) => ({
              section,
              title:
                texts.mlSections[section as keyof typeof texts.mlSections] ??
                section,
              sum,
            })),
          },
        }
      : {}),
    text,
  };
}
