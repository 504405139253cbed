import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Typography } from '@material-ui/core';
import {
  reviewMethods,
  type SubmissionSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityApiRef } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { REVIEW_METHOD_KEYS } from '../common/reviewMethodLabel';

/**
 * The entity's reviews in the history, newest first: who reviewed which
 * submission, when, how, and what they confirmed and disputed. Nothing is
 * shown while loading, on an error or without reviews: the submissions
 * above stay the history's main content.
 */
export function ReviewHistory({
  entityRef,
  submissions,
}: {
  entityRef: string;
  submissions: SubmissionSummary[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const { formatDateTime, formatUser } = useFormatters();
  const reviews = useLoader(() => api.getReviews(entityRef), [api, entityRef]);
  const items = reviews.value?.items ?? [];
  if (!items.length) return null;
  const submittedAt = new Map(submissions.map(s => [s.id, s.submittedAt]));
  return (
    <Box mt={3}>
      <InfoCard title={t('history.reviews')}>
        <Box component="ul" m={0} pl={2}>
          {items.map(review => {
            const verdicts = Object.values(review.criteria);
            const submitted = submittedAt.get(review.submissionId);
            return (
              <li key={review.id}>
                <Typography variant="body2">
                  {t('history.reviewItem', {
                    when: formatDateTime(review.reviewedAt),
                    by: formatUser(review.reviewedBy),
                    submitted: submitted ? formatDateTime(submitted) : '-',
                    methods: reviewMethods(review)
                      .map(m => t(REVIEW_METHOD_KEYS[m]))
                      .join(', '),
                    confirmed: String(
                      verdicts.filter(v => v.verdict === 'confirm').length,
                    ),
                    disputed: String(
                      verdicts.filter(v => v.verdict === 'dispute').length,
                    ),
                  })}
                </Typography>
                {review.note && (
                  <Typography variant="body2" color="textSecondary">
                    {review.note}
                  </Typography>
                )}
              </li>
            );
          })}
        </Box>
      </InfoCard>
    </Box>
  );
}
