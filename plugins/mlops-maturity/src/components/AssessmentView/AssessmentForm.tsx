import { useEffect, useState } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button, makeStyles, Typography } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import type {
  AnswerSet,
  EvidenceSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { isConflictError, type LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { answersForSave, countAnswered, hasProblems } from './answerValidation';
import { ConflictBanner } from './ConflictBanner';
import { CriterionQuestion } from './CriterionQuestion';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { focusQuestion } from './scorecardEvidence';
import { SaveStatusText } from './SaveStatusText';
import { SubmitDialog } from './SubmitDialog';
import { type DraftStart, useAssessmentDraft } from './useAssessmentDraft';

const useStyles = makeStyles(theme => ({
  // Progress, save state and submit stay in view through a long questionnaire.
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: theme.zIndex.appBar - 1,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
    padding: theme.spacing(1, 0),
    marginBottom: theme.spacing(2),
    background: theme.palette.background.default,
    borderBottom: `1px solid ${theme.palette.divider}`,
  },
  actions: { display: 'flex', alignItems: 'center', gap: theme.spacing(2) },
}));

/**
 * The questionnaire by area, with autosave, conflict handling, submission
 * and discarding the draft.
 */
export function AssessmentForm({
  model,
  entityRef,
  start,
  canEdit,
  evidence,
  minimumCompleteness,
  onSubmitted,
  onDiscarded,
}: {
  model: LocalizedMaturityModel;
  entityRef: string;
  start: DraftStart;
  canEdit: boolean;
  /** The scorecard's evidence, for the completeness check before submitting. */
  evidence: EvidenceSet;
  /** The share of applicable questions a submission must cover. */
  minimumCompleteness: number;
  onSubmitted: () => void;
  /** Called once the draft is discarded: the caller loads the assessment again. */
  onDiscarded: () => void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const draft = useAssessmentDraft({ entityRef, start, canEdit });
  const [confirming, setConfirming] = useState<AnswerSet>();
  const [discarding, setDiscarding] = useState(false);
  // A question to focus once the submit dialog has closed: the dialog keeps
  // focus inside itself while open, and gives it back when it closes.
  const [goTo, setGoTo] = useState<string>();
  useEffect(() => {
    if (!goTo || confirming) return;
    focusQuestion(goTo);
    setGoTo(undefined);
  }, [goTo, confirming]);
  const total = model.areas.reduce((n, a) => n + a.criteria.length, 0);
  const invalid = hasProblems(draft.answers);

  return (
    <>
      {!canEdit && (
        <Box mb={2}>
          <Alert severity="info">
            <AlertTitle>{t('assessment.readOnlyTitle')}</AlertTitle>
            {t('assessment.readOnly')}
          </Alert>
        </Box>
      )}
      {draft.conflict && (
        <Box mb={2}>
          <ConflictBanner
            conflict={draft.conflict}
            answers={draft.answers}
            onReload={draft.reloadTheirs}
            onReapply={draft.reapplyMine}
            onDiscard={draft.discardMine}
          />
        </Box>
      )}
      <div className={classes.bar}>
        <Typography variant="body2">
          {t('assessment.answered', {
            answered: String(countAnswered(draft.answers)),
            total: String(total),
          })}
        </Typography>
        {canEdit && (
          <div className={classes.actions}>
            <SaveStatusText
              status={draft.status}
              error={draft.saveError}
              lastSaved={draft.lastSaved}
            />
            {invalid && (
              <Typography variant="body2" color="error">
                {t('assessment.submitInvalid')}
              </Typography>
            )}
            {draft.lastSaved && (
              <Button
                variant="outlined"
                disabled={!!draft.conflict}
                onClick={() => setDiscarding(true)}
              >
                {t('assessment.discardDraft')}
              </Button>
            )}
            <Button
              variant="contained"
              color="primary"
              disabled={invalid || !!draft.conflict}
              onClick={() => setConfirming(answersForSave(draft.answers))}
            >
              {t('assessment.submit')}
            </Button>
          </div>
        )}
      </div>

      {model.areas.map(area => (
        <Box
          component="section"
          key={area.id}
          mb={4}
          aria-labelledby={`area-${area.id}`}
        >
          <Typography variant="h5" component="h2" id={`area-${area.id}`}>
            {area.title}
          </Typography>
          <Typography variant="body2" color="textSecondary" paragraph>
            {area.description}
          </Typography>
          {area.criteria.map(criterion => (
            <Box key={criterion.id} mb={2}>
              <CriterionQuestion
                criterion={criterion}
                answer={draft.answers[criterion.id]}
                suggestion={draft.suggested[criterion.id]}
                disabled={!canEdit}
                onChange={answer => draft.update(criterion.id, answer)}
              />
            </Box>
          ))}
        </Box>
      ))}

      {confirming && (
        <SubmitDialog
          model={model}
          entityRef={entityRef}
          answers={confirming}
          evidence={evidence}
          minimumCompleteness={minimumCompleteness}
          onGoToQuestion={criterionId => {
            setGoTo(criterionId);
            setConfirming(undefined);
          }}
          onCancel={() => setConfirming(undefined)}
          onConfirm={async () => {
            try {
              await draft.submit();
            } catch (error) {
              // The conflict banner explains a 409; other errors stay in the dialog.
              if (isConflictError(error)) {
                setConfirming(undefined);
                return;
              }
              throw error;
            }
            setConfirming(undefined);
            onSubmitted();
          }}
        />
      )}
      {discarding && (
        <DiscardDraftDialog
          onCancel={() => setDiscarding(false)}
          onConfirm={async () => {
            try {
              await draft.discard();
            } catch (error) {
              // The conflict banner explains a 409; other errors stay in the dialog.
              if (isConflictError(error)) {
                setDiscarding(false);
                return;
              }
              throw error;
            }
            setDiscarding(false);
            onDiscarded();
          }}
        />
      )}
    </>
  );
}
