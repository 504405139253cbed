import { Box, Typography } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Scorecard } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { criteriaById } from './levels';
import { REVIEW_METHOD_KEYS } from './reviewMethodLabel';

/**
 * The review applied to a scorecard, for the card and the scorecard: a
 * "Reviewed on … by …, method …" line, and the disputed answers flagged with
 * the reviewer's notes (the team acts on these first). Renders nothing for
 * a scorecard without a review.
 */
export function ReviewSummary({
  model,
  scorecard,
}: {
  model: LocalizedMaturityModel;
  scorecard: Scorecard;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatDate, formatUser } = useFormatters();
  const review = scorecard.review;
  if (!review) return null;
  const criteria = criteriaById(model);
  const results = new Map(
    scorecard.areas.flatMap(a => a.criteria.map(c => [c.criterionId, c])),
  );
  return (
    <Box mb={2}>
      <Typography variant="body2" color="textSecondary">
        {t('review.reviewedLine', {
          when: formatDate(review.reviewedAt),
          by: formatUser(review.reviewedBy),
          methods: review.methods.map(m => t(REVIEW_METHOD_KEYS[m])).join(', '),
        })}
      </Typography>
      {review.disputed.length > 0 && (
        <Box mt={1}>
          <Alert severity="warning">
            <AlertTitle>
              {t('review.disputed', { count: review.disputed.length })}
            </AlertTitle>
            <Box component="ul" m={0} pl={2}>
              {review.disputed.map(id => {
                const note = results.get(id)?.review?.note;
                return (
                  <li key={id}>
                    <Typography variant="body2" component="span">
                      {criteria.get(id)?.criterion.question ?? id}
                    </Typography>
                    {note && (
                      <Typography variant="body2" component="p">
                        <em>{t('review.reviewerNote', { note })}</em>
                      </Typography>
                    )}
                  </li>
                );
              })}
            </Box>
          </Alert>
        </Box>
      )}
    </Box>
  );
}
