import type { ReviewMethod } from '@mlops-maturity/plugin-mlops-maturity-common';

/** The translation key of each review method's name. */
export const REVIEW_METHOD_KEYS: Record<
  ReviewMethod,
  | 'review.methodInterview'
  | 'review.methodDocumentation'
  | 'review.methodToolAudit'
> = {
  interview: 'review.methodInterview',
  'documentation-review': 'review.methodDocumentation',
  'tool-audit': 'review.methodToolAudit',
};
