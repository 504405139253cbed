/**
 * Everything the plugins know about assessor reviews, in one place: their
 * shape, the verdicts and methods, the limits on notes and links, and the
 * checks of a review request. The backend, the review form and the report
 * read this module, so that a limit cannot drift between them (a form that
 * checked less than the backend would run into a 400 on submit).
 */
import {
  ANSWER_MAX_EVIDENCE_LINKS,
  isHttpUrl,
} from '../answers/answerDefinitions';

/**
 * What a reviewer says about one criterion of a submission: `confirm` (the
 * answer holds; its provenance becomes `reviewed`) or `dispute` (it does not;
 * the criterion counts as not met until a later submission answers it again).
 * @public
 */
export type ReviewVerdict = 'confirm' | 'dispute';

/** Every verdict, in display order. @public */
export const REVIEW_VERDICTS: readonly ReviewVerdict[] = Object.freeze([
  'confirm',
  'dispute',
]);

/**
 * How the reviewer checked a criterion: an interview or workshop with the
 * team, a review of its documents, or an audit of its tools. The
 * questionnaire and the catalog evidence are the other two methods of an
 * assessment; they need no review.
 * @public
 */
export type ReviewMethod = 'interview' | 'documentation-review' | 'tool-audit';

/** Every review method, in display (and report) order. @public */
export const REVIEW_METHODS: readonly ReviewMethod[] = Object.freeze([
  'interview',
  'documentation-review',
  'tool-audit',
]);

/**
 * Longest note on one criterion's verdict, and of a review's overall note:
 * as long as an answer's note, which the reviewer answers to.
 * @public
 */
export const REVIEW_NOTE_MAX_LENGTH = 2000;

/** Most evidence links on one criterion's verdict, as many as an answer may carry. @public */
export const REVIEW_MAX_EVIDENCE_LINKS = ANSWER_MAX_EVIDENCE_LINKS;

/** The verdict on one criterion. @public */
export interface CriterionReview {
  verdict: ReviewVerdict;
  method: ReviewMethod;
  /** Why; required for a dispute, which the team has to act on. */
  note?: string;
  /** http(s) links to what the reviewer looked at. */
  evidenceLinks?: string[];
}

/** `POST /reviews/{kind}/{namespace}/{name}` body. @public */
export interface ReviewRequest {
  /** The submission reviewed: the entity's latest, or the request is refused with 409. */
  submissionId: string;
  /** Verdicts by criterion id; criteria left out keep their result as it is. */
  criteria: Record<string, CriterionReview>;
  /** A note on the review as a whole. */
  note?: string;
}

/** A recorded review; never changed after it is written. @public */
export interface Review extends ReviewRequest {
  id: string;
  entityRef: string;
  /** Entity ref of the reviewer, never the submission's author. */
  reviewedBy: string;
  /** ISO 8601. */
  reviewedAt: string;
}

/** `GET /reviews/{kind}/{namespace}/{name}`: every review of the entity, newest first. @public */
export interface ReviewListResponse {
  entityRef: string;
  items: Review[];
  /** Whether the caller may review the latest submission (permission and not its author). */
  canReview: boolean;
}

/**
 * The methods a review used, each once, in {@link REVIEW_METHODS} order: what
 * the card, the scorecard and the report name.
 * @public
 */
export function reviewMethods(
  review: Pick<ReviewRequest, 'criteria'>,
): ReviewMethod[] {
  const used = new Set(Object.values(review.criteria).map(c => c.method));
  return REVIEW_METHODS.filter(m => used.has(m));
}

/** One problem of a review request, naming the field (`criteria.dev-vcs.note`). @public */
export interface ReviewProblem {
  field: string;
  /** In English; the backend's 400 carries it. */
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function noteProblem(field: string, note: unknown): ReviewProblem[] {
  if (note === undefined) return [];
  if (typeof note !== 'string') return [{ field, message: 'must be a string' }];
  if (note.length > REVIEW_NOTE_MAX_LENGTH) {
    return [
      {
        field,
        message: `the note is ${note.length} characters long; the limit is ${REVIEW_NOTE_MAX_LENGTH}`,
      },
    ];
  }
  return [];
}

/**
 * The problems of one criterion's verdict: a known verdict and method, a
 * note within {@link REVIEW_NOTE_MAX_LENGTH} (and present for a dispute), at
 * most {@link REVIEW_MAX_EVIDENCE_LINKS} http(s) links. Values of the wrong
 * JSON type are problems rather than exceptions, so the backend can run it
 * on a parsed body.
 * @public
 */
export function criterionReviewProblems(
  criterionId: string,
  review: unknown,
): ReviewProblem[] {
  const at = `criteria.${criterionId}`;
  if (!isRecord(review)) return [{ field: at, message: 'must be an object' }];
  const problems: ReviewProblem[] = [];
  const { verdict, method, note, evidenceLinks } = review;
  if (!REVIEW_VERDICTS.includes(verdict as ReviewVerdict)) {
    problems.push({
      field: `${at}.verdict`,
      message: `must be one of ${REVIEW_VERDICTS.join(', ')}`,
    });
  }
  if (!REVIEW_METHODS.includes(method as ReviewMethod)) {
    problems.push({
      field: `${at}.method`,
      message: `must be one of ${REVIEW_METHODS.join(', ')}`,
    });
  }
  problems.push(...noteProblem(`${at}.note`, note));
  if (verdict === 'dispute' && (typeof note !== 'string' || !note.trim())) {
    problems.push({
      field: `${at}.note`,
      message: 'a dispute needs a note telling the team what does not hold',
    });
  }
  if (evidenceLinks !== undefined) {
    if (!Array.isArray(evidenceLinks)) {
      problems.push({
        field: `${at}.evidenceLinks`,
        message: 'must be a list of http(s) links',
      });
    } else {
      if (evidenceLinks.length > REVIEW_MAX_EVIDENCE_LINKS) {
        problems.push({
          field: `${at}.evidenceLinks`,
          message: `${evidenceLinks.length} links; at most ${REVIEW_MAX_EVIDENCE_LINKS} are allowed`,
        });
      }
      evidenceLinks.forEach((link: unknown, i) => {
        if (typeof link !== 'string' || !isHttpUrl(link)) {
          problems.push({
            field: `${at}.evidenceLinks[${i}]`,
            message: `${JSON.stringify(link)} is not an http(s) link`,
          });
        }
      });
    }
  }
  return problems;
}

/**
 * Checks a review request: a submission id, at least one verdict, verdicts
 * only on criteria in `reviewable` (the criteria the submission answered or
 * the catalog evidence counted for; a verdict on nothing would have nothing
 * to confirm), each verdict valid, and an overall note within the limit.
 * An empty list means the request would be accepted.
 *
 * @param reviewable - criterion ids a verdict may name
 * @public
 */
export function reviewRequestProblems(
  body: unknown,
  reviewable: ReadonlySet<string>,
): ReviewProblem[] {
  if (!isRecord(body)) return [{ field: 'body', message: 'must be an object' }];
  const problems: ReviewProblem[] = [];
  const { submissionId, criteria, note } = body;
  if (typeof submissionId !== 'string' || !submissionId) {
    problems.push({
      field: 'submissionId',
      message: 'must name the submission reviewed',
    });
  }
  if (!isRecord(criteria) || !Object.keys(criteria).length) {
    problems.push({
      field: 'criteria',
      message: 'must give a verdict on at least one criterion',
    });
  } else {
    for (const [id, review] of Object.entries(criteria)) {
      if (!reviewable.has(id)) {
        problems.push({
          field: `criteria.${id}`,
          message:
            'is not a criterion of the model that the submission answered or the catalog evidence counted for',
        });
        continue;
      }
      problems.push(...criterionReviewProblems(id, review));
    }
  }
  problems.push(...noteProblem('note', note));
  return problems;
}
