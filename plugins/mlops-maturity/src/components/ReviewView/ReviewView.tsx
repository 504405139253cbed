import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { reviewableCriteria } from '@mlops-maturity/plugin-mlops-maturity-common';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LoadError } from '../common/LoadError';
import { CriterionReviewFields } from './CriterionReviewFields';
import {
  EMPTY_DRAFT,
  draftProblems,
  reviewRequestOf,
  type CriterionReviewDraft,
} from './reviewForm';

/**
 * The Review view, for users allowed to review the latest submission: each
 * criterion the submission assessed, with the answer beside the catalog's
 * evidence, a verdict (confirm or dispute), the method, a note and links;
 * an overall note; and a confirmation before the immutable review is sent.
 */
export function ReviewView({
  model,
  onReviewed,
}: {
  model: LocalizedMaturityModel;
  onReviewed: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const { formatDateTime, formatUser } = useFormatters();
  const data = useLoader(async () => {
    const [scorecard, reviews] = await Promise.all([
      api.getScorecard(entityRef),
      api.getReviews(entityRef),
    ]);
    return { scorecard, reviews };
  }, [api, entityRef]);
  const [drafts, setDrafts] = useState<Record<string, CriterionReviewDraft>>(
    {},
  );
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | undefined>();

  if (data.error) return <LoadError error={data.error} onRetry={data.retry} />;
  if (!data.value) return <Progress />;
  const { scorecard, reviews } = data.value;
  const assessed = scorecard.assessed;
  if (!assessed)
    return <Alert severity="info">{t('review.noSubmission')}</Alert>;
  if (!reviews.canReview)
    return <Alert severity="info">{t('review.notAllowed')}</Alert>;

  // The submission's own results: a verdict already applied does not hide a criterion.
  const reviewable = reviewableCriteria(scorecard.scorecard);
  const words = {
    yes: t('answers.yes'),
    no: t('answers.no'),
    none: t('answers.none'),
    manual: t('answers.manual'),
    automated: t('answers.automated'),
    unanswered: t('answers.unanswered'),
    notApplicable: t('status.notApplicable'),
  };
  const chosen = Object.values(drafts).filter(d => d.verdict);
  const invalid = Object.values(drafts).some(
    d => Object.keys(draftProblems(d)).length > 0,
  );
  const count = (verdict: string) =>
    String(chosen.filter(d => d.verdict === verdict).length);

  const send = async () => {
    setSending(true);
    setError(undefined);
    try {
      await api.recordReview(
        entityRef,
        reviewRequestOf(assessed.submissionId, drafts, note),
      );
      setConfirming(false);
      onReviewed();
    } catch (e) {
      setConfirming(false);
      setError(t('review.failed', { message: (e as Error).message }));
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Typography variant="body2" paragraph>
        {t('review.intro')}
      </Typography>
      {/* Text colour, not grey: grey text on the page's grey background fails contrast. */}
      <Typography variant="body2" paragraph>
        {t('review.submission', {
          when: formatDateTime(assessed.at),
          by: formatUser(assessed.by),
        })}
      </Typography>
      {model.areas.map(area => {
        const results = scorecard.scorecard.areas
          .find(a => a.areaId === area.id)
          ?.criteria.filter(c => reviewable.has(c.criterionId));
        if (!results?.length) return null;
        return (
          <Box key={area.id} mb={3} component="section" aria-label={area.title}>
            <Typography variant="h6" component="h2" gutterBottom>
              {area.title}
            </Typography>
            {results.map(result => {
              const criterion = area.criteria.find(
                c => c.id === result.criterionId,
              );
              if (!criterion) return null;
              return (
                <Box key={criterion.id} mb={2}>
                  <CriterionReviewFields
                    criterion={criterion}
                    result={result}
                    words={words}
                    draft={drafts[criterion.id] ?? EMPTY_DRAFT}
                    onChange={next =>
                      setDrafts(prev => ({ ...prev, [criterion.id]: next }))
                    }
                  />
                </Box>
              );
            })}
          </Box>
        );
      })}
      <TextField
        fullWidth
        multiline
        minRows={2}
        id="review-overall-note"
        label={t('review.overallNote')}
        value={note}
        onChange={e => setNote(e.target.value)}
      />
      {error && (
        <Box mt={2}>
          <Alert severity="error">{error}</Alert>
        </Box>
      )}
      <Box mt={2} display="flex" alignItems="center" flexWrap="wrap">
        <Button
          variant="contained"
          color="primary"
          disabled={!chosen.length || invalid}
          onClick={() => setConfirming(true)}
        >
          {t('review.submit')}
        </Button>
        {!chosen.length && (
          <Box ml={2}>
            <Typography variant="body2">{t('review.nothingChosen')}</Typography>
          </Box>
        )}
      </Box>
      <Dialog
        open={confirming}
        onClose={() => setConfirming(false)}
        aria-labelledby="review-confirm-title"
      >
        <DialogTitle id="review-confirm-title">
          {t('review.confirmTitle')}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('review.confirmBody', {
              confirmed: count('confirm'),
              disputed: count('dispute'),
            })}
          </DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setConfirming(false)}>
            {t('review.cancel')}
          </Button>
          <Button
            color="primary"
            variant="contained"
            disabled={sending}
            onClick={send}
          >
            {t('review.submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
