import type { MaturityModel, ModelLanguage } from '../model/types';
import type { CriterionResult, Scorecard } from '../scoring/scorecardTypes';
import { toolNameIn } from '../model/localizeModel';
import { buildAssessmentMethod } from './assessmentMethod';
import { buildReportAreas } from './buildReportAreas';
import { buildReportSummary } from './buildReportSummary';
import { createReportContext, type ReportContext } from './reportContext';
import { answerWords } from './reportAnswers';
import type {
  MaturityReport,
  ReportAction,
  ReportGap,
  ReportOpportunity,
} from './reportTypes';

/** Options of {@link buildReport}. @public */
export interface BuildReportOptions {
  lang: ModelLanguage;
  entityRef: string;
  /** Shown instead of the ref when given (the entity's title). */
  entityTitle?: string;
  /** The submission the scorecard rests on; null or absent when nothing was submitted. */
  assessed?: { by: string; at: string } | null;
  generatedAt: Date;
}

/** Evidence labels worth quoting in a sentence; a long list is cut short. */
function foundText(result: CriterionResult): string {
  const labels = (result.evidence?.items ?? []).map(item => item.label);
  const shown = labels.slice(0, 3).join(', ');
  return labels.length > 3 ? `${shown} (+${labels.length - 3})` : shown;
}

function buildGaps(ctx: ReportContext): ReportGap[] {
  const answers = new Map(
    ctx.scorecard.areas.flatMap(a =>
      a.criteria.map(c => [c.criterionId, c.answer] as const),
    ),
  );
  return ctx.scorecard.gaps.map(gap => ({
    criterionId: gap.criterionId,
    areaId: gap.areaId,
    areaTitle: ctx.t(ctx.area(gap.areaId).title),
    levelId: gap.levelId,
    levelTitle: ctx.levelTitle(gap.levelId),
    question: ctx.t(ctx.criterion(gap.criterionId).question),
    answer: answerWords(
      ctx,
      ctx.criterion(gap.criterionId),
      answers.get(gap.criterionId),
    ),
    credit: gap.credit,
    provenance: gap.provenance,
    provenanceTitle: ctx.texts.provenance[gap.provenance],
  }));
}

/** Quick wins first, then answers to check, then unanswered evidence, then unverified answers. */
function buildOpportunities(ctx: ReportContext): ReportOpportunity[] {
  const { scorecard, texts } = ctx;
  const opportunity = (
    kind: ReportOpportunity['kind'],
    criterionId: string,
    areaId: string,
    text: string,
  ): ReportOpportunity => ({
    kind,
    criterionId,
    areaId,
    areaTitle: ctx.t(ctx.area(areaId).title),
    question: ctx.t(ctx.criterion(criterionId).question),
    text,
  });
  const all = scorecard.areas.flatMap(area => area.criteria);
  const byProvenance = (provenance: CriterionResult['provenance']) =>
    all.filter(r => r.provenance === provenance);
  return [
    ...scorecard.roadmap
      .filter(item => item.effort === 'low')
      .map(item =>
        opportunity(
          'quick-win',
          item.criterionId,
          item.areaId,
          texts.opportunity.quickWin,
        ),
      ),
    ...byProvenance('conflict').map(r =>
      opportunity(
        'conflict',
        r.criterionId,
        r.areaId,
        texts.opportunity.conflict(foundText(r)),
      ),
    ),
    ...byProvenance('suggested').map(r =>
      opportunity(
        'suggestion',
        r.criterionId,
        r.areaId,
        texts.opportunity.suggestion(foundText(r)),
      ),
    ),
    ...byProvenance('self-attested').map(r =>
      opportunity(
        'unverified',
        r.criterionId,
        r.areaId,
        texts.opportunity.unverified,
      ),
    ),
  ];
}

function buildActionPlan(ctx: ReportContext): ReportAction[] {
  return ctx.scorecard.roadmap.map((item, i) => {
    const criterion = ctx.criterion(item.criterionId);
    return {
      step: i + 1,
      criterionId: item.criterionId,
      areaId: item.areaId,
      areaTitle: ctx.t(ctx.area(item.areaId).title),
      levelId: item.levelId,
      levelTitle: ctx.levelTitle(item.levelId),
      question: ctx.t(criterion.question),
      recommendation: ctx.t(criterion.recommendation),
      exampleTools: criterion.exampleTools.map(tool =>
        toolNameIn(tool, ctx.lang),
      ),
      effort: item.effort,
      effortTitle: ctx.texts.effort[item.effort],
    };
  });
}

/**
 * Builds the assessment report of an entity from its scorecard: executive
 * summary, per-area detail, gaps and opportunities, and the action plan (the
 * roadmap with recommendations, example tools and effort), all in one language.
 * @throws Error when the scorecard was computed with another model or version
 * @public
 */
export function buildReport(
  model: MaturityModel,
  scorecard: Scorecard,
  options: BuildReportOptions,
): MaturityReport {
  if (
    scorecard.modelId !== model.id ||
    scorecard.modelVersion !== model.version
  ) {
    throw new Error(
      `The scorecard was computed with model ${scorecard.modelId} ${scorecard.modelVersion}, not ${model.id} ${model.version}`,
    );
  }
  const ctx = createReportContext(model, scorecard, options.lang);
  const entityTitle = options.entityTitle || options.entityRef;
  const areas = buildReportAreas(ctx);
  return {
    lang: options.lang,
    entityRef: options.entityRef,
    entityTitle,
    generatedAt: options.generatedAt.toISOString(),
    model: { id: model.id, version: model.version, title: ctx.t(model.title) },
    summary: buildReportSummary(
      ctx,
      areas,
      entityTitle,
      options.assessed ?? null,
    ),
    assessmentMethod: buildAssessmentMethod(ctx, options.assessed ?? null),
    areas,
    gaps: buildGaps(ctx),
    opportunities: buildOpportunities(ctx),
    actionPlan: buildActionPlan(ctx),
  };
}
