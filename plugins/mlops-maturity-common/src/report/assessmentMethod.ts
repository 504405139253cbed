import type { ModelLanguage } from '../model/types';
import type { ReviewMethod, ReviewVerdict } from '../reviews/reviewDefinitions';
import type { CriterionResult } from '../scoring/scorecardTypes';
import type { ReportContext } from './reportContext';
import { ASSESSMENT_METHOD_TEXTS } from './texts/assessmentMethodTexts';

/** One method named in the report, with its words. @public */
export interface ReportReviewMethod {
  method: ReviewMethod;
  title: string;
}

/**
 * The report's "Assessment method" section: how the levels were established
 * (the team's questionnaire, the catalog evidence, and the review with its
 * methods, date and reviewer), with `text` the same in sentences.
 * @public
 */
export interface ReportAssessmentMethod {
  heading: string;
  selfAssessment: { by: string; at: string; answered: number } | null;
  /** Criteria whose result the catalog evidence confirmed, contradicted or detected. */
  catalogEvidence: { criteria: number };
  review: {
    id: string;
    by: string;
    /** ISO 8601. */
    at: string;
    methods: ReportReviewMethod[];
    note: string | null;
    confirmed: number;
    disputed: Array<{
      criterionId: string;
      question: string;
      note: string | null;
    }>;
  } | null;
  /** The section in sentences, in the report's language. */
  text: string[];
}

/** A criterion's review verdict in the report. @public */
export interface ReportCriterionReview {
  verdict: ReviewVerdict;
  verdictTitle: string;
  method: ReviewMethod;
  methodTitle: string;
  note: string | null;
  links: string[];
}

const CATALOG_PROVENANCES = new Set(['verified', 'conflict', 'detected']);

/** Whether the catalog's evidence shaped a criterion's result (before any review). */
function catalogShaped(result: CriterionResult): boolean {
  if (CATALOG_PROVENANCES.has(result.provenance)) return true;
  // A reviewed or disputed result keeps its evidence: count found evidence.
  return (
    (result.provenance === 'reviewed' || result.provenance === 'disputed') &&
    result.evidence?.status === 'found'
  );
}

/** A criterion's verdict in the report's words; undefined without one. */
export function reportCriterionReview(
  lang: ModelLanguage,
  result: CriterionResult,
): ReportCriterionReview | undefined {
  const verdict = result.review;
  if (!verdict) return undefined;
  const texts = ASSESSMENT_METHOD_TEXTS[lang];
  return {
    verdict: verdict.verdict,
    verdictTitle: texts.verdicts[verdict.verdict],
    method: verdict.method,
    methodTitle: texts.methods[verdict.method],
    note: verdict.note?.trim() ? verdict.note : null,
    links: [...(verdict.evidenceLinks ?? [])],
  };
}

/** Builds the "Assessment method" section from the scorecard and the submission. */
export function buildAssessmentMethod(
  ctx: ReportContext,
  assessed: { by: string; at: string } | null,
): ReportAssessmentMethod {
  const texts = ASSESSMENT_METHOD_TEXTS[ctx.lang];
  const results = ctx.scorecard.areas.flatMap(a => a.criteria);
  const answered = results.filter(
    r => r.answer?.value !== undefined || r.answer?.notApplicable,
  ).length;
  const catalog = results.filter(catalogShaped).length;
  const summary = ctx.scorecard.review;
  const review = summary
    ? {
        id: summary.id,
        by: summary.reviewedBy,
        at: summary.reviewedAt,
        methods: summary.methods.map(method => ({
          method,
          title: texts.methods[method],
        })),
        note: summary.note ?? null,
        confirmed: summary.confirmed,
        disputed: summary.disputed.map(criterionId => ({
          criterionId,
          question: ctx.t(ctx.criterion(criterionId).question),
          note:
            results.find(r => r.criterionId === criterionId)?.review?.note ??
            null,
        })),
      }
    : null;
  const text = [
    assessed
      ? texts.selfAssessment(assessed.by, assessed.at.slice(0, 10), answered)
      : texts.noSubmission,
    texts.catalogEvidence(catalog),
  ];
  if (review) {
    text.push(
      texts.reviewed(
        review.by,
        review.at.slice(0, 10),
        review.methods.map(m => m.title).join(', '),
      ),
      texts.confirmedDisputed(review.confirmed, review.disputed.length),
    );
  } else if (assessed) {
    text.push(texts.notReviewed);
  }
  return {
    heading: texts.heading,
    selfAssessment: assessed ? { ...assessed, answered } : null,
    catalogEvidence: { criteria: catalog },
    review,
    text,
  };
}
