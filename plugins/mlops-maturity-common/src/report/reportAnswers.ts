import { isNotApplicable } from '../answers/answerDefinitions';
import type { CriterionDefinition } from '../model/types';
import type { Answer } from '../scoring/answerTypes';
import type { CriterionResult } from '../scoring/scorecardTypes';
import { reportCriterionReview } from './assessmentMethod';
import type { ReportContext } from './reportContext';
import type { ReportCriterion } from './reportTypes';

/**
 * An answer in plain words: the words the report's language has for a
 * yes/no or practice-scale value, the model's label for an option, "Not
 * applicable"; null without a value. A value the criterion does not offer
 * (an answer from an older model) is shown as written rather than hidden.
 */
export function answerWords(
  ctx: ReportContext,
  criterion: CriterionDefinition,
  answer: Answer | undefined,
): string | null {
  const words = ctx.texts.answers;
  if (isNotApplicable(answer)) return words.notApplicable;
  const value = answer?.value;
  if (value === undefined) return null;
  if (criterion.answerType === 'multiple-choice') {
    const option = criterion.options?.find(o => o.id === value);
    return option ? ctx.t(option.label) : value;
  }
  return (words as Record<string, string>)[value] ?? value;
}

/** One criterion of the report from its scored result. */
export function buildReportCriterion(
  ctx: ReportContext,
  result: CriterionResult,
): ReportCriterion {
  const criterion = ctx.criterion(result.criterionId);
  const { answer } = result;
  const section = criterion.mlTestScoreSection;
  const found =
    result.evidence?.status === 'found' ? result.evidence.items : [];
  const review = reportCriterionReview(ctx.lang, result);
  return {
    criterionId: result.criterionId,
    levelId: result.levelId,
    levelTitle: ctx.levelTitle(result.levelId),
    question: ctx.t(criterion.question),
    answer: answerWords(ctx, criterion, answer),
    notApplicableReason: isNotApplicable(answer)
      ? answer!.notApplicable!.reason
      : null,
    note: answer?.note?.trim() ? answer.note : null,
    links: [...(answer?.evidenceLinks ?? [])],
    catalogEvidence: found.map(item => ({
      label: item.label,
      ...(item.url ? { url: item.url } : {}),
    })),
    met: result.met,
    source: result.provenance,
    sourceTitle: ctx.texts.provenance[result.provenance],
    ...(section
      ? {
          mlTestScoreSection: {
            section,
            title: ctx.texts.mlSections[section] ?? section,
          },
        }
      : {}),
    ...(review ? { review } : {}),
  };
}
