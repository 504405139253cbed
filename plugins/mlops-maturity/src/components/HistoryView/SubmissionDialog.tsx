import { Link, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Typography,
} from '@material-ui/core';
import type { SubmissionSummary } from '@mlops-maturity/plugin-mlops-maturity-common';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelChip } from '../common/LevelChip';
import { LoadError } from '../common/LoadError';
import { areaLevelInfo } from '../common/levels';
import { answerLabel } from './answerLabel';

/** One past submission's answers, by area, read only. */
export function SubmissionDialog({
  model,
  entityRef,
  summary,
  onClose,
}: {
  model: LocalizedMaturityModel;
  entityRef: string;
  summary: SubmissionSummary;
  onClose: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const { formatDateTime, formatUser } = useFormatters();
  const submission = useLoader(
    () => api.getSubmission(entityRef, summary.id),
    [api, entityRef, summary.id],
  );
  const words = {
    yes: t('answers.yes'),
    no: t('answers.no'),
    none: t('answers.none'),
    manual: t('answers.manual'),
    automated: t('answers.automated'),
    unanswered: t('answers.unanswered'),
    notApplicable: t('status.notApplicable'),
  };
  const known = new Set(model.areas.flatMap(a => a.criteria.map(c => c.id)));
  const answers = submission.value?.answers ?? {};
  const retired = Object.keys(answers).filter(id => !known.has(id));

  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby="mlops-submission-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="mlops-submission-title">
        {t('history.dialogTitle', {
          when: formatDateTime(summary.submittedAt),
          by: formatUser(summary.submittedBy),
        })}
      </DialogTitle>
      <DialogContent dividers>
        {submission.error && <LoadError error={submission.error} />}
        {!submission.value && !submission.error && <Progress />}
        {submission.value &&
          model.areas.map(area => {
            const level = areaLevelInfo(
              model,
              summary.areaLevels[area.id] ?? null,
            );
            return (
              <Box component="section" key={area.id} mb={3}>
                <Box display="flex" alignItems="center" style={{ gap: 8 }}>
                  <Typography variant="h6" component="h3">
                    {area.title}
                  </Typography>
                  <LevelChip title={level.title} tone={level.tone} />
                </Box>
                <Box component="dl" m={0}>
                  {area.criteria.map(criterion => {
                    const answer = answers[criterion.id];
                    return (
                      <Box key={criterion.id} py={0.5}>
                        <Typography component="dt" variant="body2">
                          {criterion.question}
                        </Typography>
                        <Typography
                          component="dd"
                          variant="body2"
                          color="textSecondary"
                          style={{ marginLeft: 16 }}
                        >
                          {answerLabel(words, criterion, answer)}
                          {answer?.note && <div>{answer.note}</div>}
                          {answer?.evidenceLinks?.map(url => (
                            <div key={url}>
                              <Link to={url}>{url}</Link>
                            </div>
                          ))}
                        </Typography>
                      </Box>
                    );
                  })}
                </Box>
              </Box>
            );
          })}
        {retired.length > 0 && (
          <Box component="section">
            {retired.map(id => (
              <Typography key={id} variant="body2" color="textSecondary">
                {id}: {answerLabel(words, undefined, answers[id])} —{' '}
                {t('history.retired')}
              </Typography>
            ))}
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('history.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
