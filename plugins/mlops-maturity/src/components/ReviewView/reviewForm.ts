import {
  REVIEW_MAX_EVIDENCE_LINKS,
  REVIEW_NOTE_MAX_LENGTH,
  isHttpUrl,
  type CriterionReview,
  type ReviewMethod,
  type ReviewRequest,
  type ReviewVerdict,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** What the form holds for one criterion while the reviewer works. */
export interface CriterionReviewDraft {
  verdict: ReviewVerdict | '';
  method: ReviewMethod;
  note: string;
  /** One link per line, as typed. */
  links: string;
}

/** The form's empty state for a criterion. */
export const EMPTY_DRAFT: CriterionReviewDraft = {
  verdict: '',
  method: 'interview',
  note: '',
  links: '',
};

/** The links of a draft, one per non-empty line. */
export function draftLinks(draft: CriterionReviewDraft): string[] {
  return draft.links
    .split('\n')
    .map(l => l.trim())
    .filter(Boolean);
}

/**
 * What the form must fix before sending, per criterion: the same limits the
 * backend checks (the shared review definitions), so a send never runs into
 * a 400 the form could have shown.
 */
export function draftProblems(draft: CriterionReviewDraft): {
  note?: 'required' | 'tooLong';
  links?: 'invalid';
} {
  const problems: { note?: 'required' | 'tooLong'; links?: 'invalid' } = {};
  if (!draft.verdict) return problems;
  if (draft.verdict === 'dispute' && !draft.note.trim())
    problems.note = 'required';
  else if (draft.note.length > REVIEW_NOTE_MAX_LENGTH)
    problems.note = 'tooLong';
  const links = draftLinks(draft);
  if (
    links.length > REVIEW_MAX_EVIDENCE_LINKS ||
    links.some(link => !isHttpUrl(link))
  )
    problems.links = 'invalid';
  return problems;
}

/** The request body from the form: only criteria with a verdict. */
export function reviewRequestOf(
  submissionId: string,
  drafts: Record<string, CriterionReviewDraft>,
  note: string,
): ReviewRequest {
  const criteria: Record<string, CriterionReview> = {};
  for (const [id, draft] of Object.entries(drafts)) {
    if (!draft.verdict) continue;
    const links = draftLinks(draft);
    criteria[id] = {
      verdict: draft.verdict,
      method: draft.method,
      ...(draft.note.trim() ? { note: draft.note.trim() } : {}),
      ...(links.length ? { evidenceLinks: links } : {}),
    };
  }
  return {
    submissionId,
    criteria,
    ...(note.trim() ? { note: note.trim() } : {}),
  };
}
