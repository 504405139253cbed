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
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import type { AnswerSet } from '@mlops-maturity/plugin-mlops-maturity-common';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelChip } from '../common/LevelChip';
import { areaLevelInfo, findArea, overallLevelInfo } from '../common/levels';

/**
 * Asks for confirmation before submitting, showing the levels the answers
 * will produce. The levels come from the backend's preview, never from the
 * browser; if the preview fails the user can still submit.
 */
export function SubmitDialog({
  model,
  entityRef,
  answers,
  onCancel,
  onConfirm,
}: {
  model: LocalizedMaturityModel;
  entityRef: string;
  answers: AnswerSet;
  onCancel: () => void;
  onConfirm: () => Promise<void>;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const preview = useLoader(
    () => api.previewScorecard(entityRef, answers),
    [api, entityRef, answers],
  );
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<Error>();
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
          disabled={submitting || preview.loading}
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
