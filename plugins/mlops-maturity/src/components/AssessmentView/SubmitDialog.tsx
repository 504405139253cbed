import { useMemo, useState } from 'react';
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
  Link,
  Typography,
} from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import {
  submissionCompleteness,
  type AnswerSet,
  type EvidenceSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelChip } from '../common/LevelChip';
import { areaLevelInfo, findArea, overallLevelInfo } from '../common/levels';
import { evidenceFromScorecard } from './scorecardEvidence';

/**
 * Asks for confirmation before submitting, showing the levels the answers
 * will produce. The levels come from the backend's preview, never from the
 * browser; if the preview fails the user can still submit.
 *
 * It also lists the questions that have no answer, each a link that moves
 * focus to the question, and disables submitting while they are more than
 * the backend accepts (`minimumCompleteness`). Both come from the shared
 * completeness rule with the scorecard's evidence, the rule the backend
 * enforces, so the dialog and the backend's 400 agree.
 */
export function SubmitDialog({
  model,
  entityRef,
  answers,
  evidence,
  minimumCompleteness,
  onCancel,
  onConfirm,
  onGoToQuestion,
}: {
  model: LocalizedMaturityModel;
  entityRef: string;
  answers: AnswerSet;
  /**
   * The evidence of the tab's scorecard, by criterion id (criteria it detects
   * need no answer); the preview's evidence replaces it once loaded.
   */
  evidence: EvidenceSet;
  /** The share of applicable questions the backend requires (`AssessmentResponse.minimumCompleteness`). */
  minimumCompleteness: number;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
  /** Closes the dialog and moves focus to a question. */
  onGoToQuestion: (criterionId: string) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const preview = useLoader(
    () => api.previewScorecard(entityRef, answers),
    [api, entityRef, answers],
  );
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
  // The preview is scored with the evidence read now, as the submission
  // will be; until it arrives (or when it fails) the tab's scorecard stands in.
  const previewResponse = preview.value;
  const completeness = useMemo(
    () =>
      submissionCompleteness({
        model,
        answers,
        evidence: previewResponse
          ? evidenceFromScorecard(previewResponse)
          : evidence,
        minimumShare: minimumCompleteness,
      }),
    [model, answers, evidence, previewResponse, minimumCompleteness],
  );
  const questions = useMemo(
    () =>
      new Map(
        model.areas.flatMap(a => a.criteria.map(c => [c.id, c.question])),
      ),
    [model],
  );
  const scorecard = preview.value?.scorecard;
  const overall =
    scorecard && overallLevelInfo(model, scorecard.overall.levelId);

  return (
    <Dialog
      open
      onClose={onCancel}
      aria-labelledby="mlops-submit-title"
      fullWidth
    >
      <DialogTitle id="mlops-submit-title">
        {t('submitDialog.title')}
      </DialogTitle>
      <DialogContent>
        {completeness.missing.length > 0 && (
          <Box mb={2}>
            <Alert severity={completeness.complete ? 'info' : 'warning'}>
              <AlertTitle>
                {t('submitDialog.missingTitle', {
                  missing: String(completeness.missing.length),
                  applicable: String(completeness.applicable),
                })}
              </AlertTitle>
              {!completeness.complete &&
                (minimumCompleteness >= 1
                  ? t('submitDialog.needsEvery')
                  : t('submitDialog.needsShare', {
                      percent: String(
                        Math.round(minimumCompleteness * 1000) / 10,
                      ),
                    }))}
              {completeness.complete && t('submitDialog.countsAsNotMet')}
              <Box component="ul" mt={1} mb={0} pl={2}>
                {completeness.missing.map(id => (
                  <li key={id}>
                    <Link
                      component="button"
                      variant="body2"
                      align="left"
                      aria-label={t('submitDialog.goTo', {
                        question: questions.get(id) ?? id,
                      })}
                      onClick={() => onGoToQuestion(id)}
                    >
                      {questions.get(id) ?? id}
                    </Link>
                  </li>
                ))}
              </Box>
            </Alert>
          </Box>
        )}
        <DialogContentText>{t('submitDialog.intro')}</DialogContentText>
        {preview.loading && <Progress />}
        {preview.error && (
          <Alert severity="warning">{t('submitDialog.previewFailed')}</Alert>
        )}
        {scorecard && overall && (
          <Box component="dl" m={0}>
            <Box
              display="flex"
              justifyContent="space-between"
              alignItems="center"
              py={0.5}
            >
              <Typography component="dt" variant="subtitle2">
                {t('card.overallLevel')}
              </Typography>
              <Box component="dd" m={0}>
                <LevelChip title={overall.title} tone={overall.tone} />
              </Box>
            </Box>
            {scorecard.areas.map(area => {
              const level = areaLevelInfo(model, area.levelId);
              return (
                <Box
                  key={area.areaId}
                  display="flex"
                  justifyContent="space-between"
                  alignItems="center"
                  py={0.5}
                >
                  <Typography component="dt" variant="body2">
                    {findArea(model, area.areaId)?.title ?? area.areaId}
                  </Typography>
                  <Box component="dd" m={0}>
                    <LevelChip title={level.title} tone={level.tone} />
                  </Box>
                </Box>
              );
            })}
          </Box>
        )}
        {error && (
          <Box mt={2}>
            <Alert severity="error">{error.message}</Alert>
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={submitting}>
          {t('submitDialog.cancel')}
        </Button>
        <Button
          color="primary"
          variant="contained"
          disabled={submitting || preview.loading || !completeness.complete}
          onClick={() => {
            setSubmitting(true);
            onConfirm().catch(e => {
              setError(e);
              setSubmitting(false);
            });
          }}
        >
          {t('submitDialog.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
