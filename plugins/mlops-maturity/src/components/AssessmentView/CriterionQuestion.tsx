import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  Checkbox,
  FormControlLabel,
  FormLabel,
  makeStyles,
  Paper,
  TextField,
  Typography,
} from '@material-ui/core';
import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_NOTE_MAX_LENGTH,
  NOT_APPLICABLE_REASON_MAX_LENGTH,
  type Answer,
  type EvidenceItem,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { AnswerControl } from './AnswerControl';
import { answerProblems } from './answerValidation';
import { EvidenceLinksField } from './EvidenceLinksField';
import { SuggestionNotice } from './SuggestionNotice';

type Criterion = LocalizedMaturityModel['areas'][number]['criteria'][number];

const useStyles = makeStyles(theme => ({
  answerRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: theme.spacing(3),
  },
  // Note and links side by side on wide screens keep 40 questions scannable.
  details: {
    display: 'grid',
    gridTemplateColumns: '1fr',
    columnGap: theme.spacing(2),
    [theme.breakpoints.up('md')]: { gridTemplateColumns: '1fr 1fr' },
  },
}));

/**
 * One question: the answer control, its help, "not applicable" with the
 * required reason, a note and evidence links. A fieldset whose legend is the
 * question, so that every control is announced with it.
 */
export function CriterionQuestion({
  criterion,
  answer,
  suggestion,
  disabled,
  onChange,
}: {
  criterion: Criterion;
  answer: Answer | undefined;
  /** Catalog evidence that pre-filled this answer, until the user changes it. */
  suggestion?: EvidenceItem[];
  disabled: boolean;
  onChange: (answer: Answer | undefined) => void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const problems = answerProblems(answer);
  const legendId = `question-${criterion.id}`;
  const na = !!answer?.notApplicable;
  const set = (patch: Partial<Answer>) => onChange({ ...answer, ...patch });

  return (
    <Paper variant="outlined">
      <Box component="fieldset" border={0} m={0} p={2} minWidth={0}>
        <FormLabel component="legend" id={legendId} style={{ padding: 0 }}>
          <Typography variant="subtitle1" component="span" color="textPrimary">
            {criterion.question}
          </Typography>
        </FormLabel>
        {criterion.help && (
          <Typography variant="body2" color="textSecondary">
            {criterion.help}
          </Typography>
        )}
        {suggestion && <SuggestionNotice items={suggestion} />}

        <div className={classes.answerRow}>
          {!na && (
            <AnswerControl
              criterion={criterion}
              value={answer?.value}
              labelledBy={legendId}
              disabled={disabled}
              onChange={value => set({ value })}
            />
          )}
          <FormControlLabel
            control={
              <Checkbox
                checked={na}
                disabled={disabled}
                onChange={e =>
                  e.target.checked
                    ? onChange({
                        ...answer,
                        value: undefined,
                        notApplicable: { reason: '' },
                      })
                    : onChange({ ...answer, notApplicable: undefined })
                }
              />
            }
            label={t('question.notApplicable')}
          />
          {!disabled && answer && (answer.value !== undefined || na) && (
            <Button size="small" onClick={() => onChange(undefined)}>
              {t('question.clear')}
            </Button>
          )}
        </div>
        {na && (
          <TextField
            id={`na-reason-${criterion.id}`}
            label={t('question.naReason')}
            required
            value={answer?.notApplicable?.reason ?? ''}
            error={problems.naReasonMissing || problems.naReasonTooLong}
            helperText={
              (problems.naReasonMissing && t('question.naReasonRequired')) ||
              (problems.naReasonTooLong &&
                t('question.naReasonTooLong', {
                  max: String(NOT_APPLICABLE_REASON_MAX_LENGTH),
                })) ||
              undefined
            }
            disabled={disabled}
            onChange={e => set({ notApplicable: { reason: e.target.value } })}
            fullWidth
            margin="dense"
            variant="outlined"
            size="small"
          />
        )}
        <div className={classes.details}>
          {/* Read only, empty fields would only be noise. */}
          {(!disabled || answer?.note) && (
            <TextField
              id={`note-${criterion.id}`}
              label={t('question.note')}
              value={answer?.note ?? ''}
              error={problems.noteTooLong}
              helperText={
                problems.noteTooLong
                  ? t('question.noteTooLong', {
                      max: String(ANSWER_NOTE_MAX_LENGTH),
                    })
                  : undefined
              }
              disabled={disabled}
              onChange={e => set({ note: e.target.value })}
              fullWidth
              multiline
              minRows={1}
              margin="dense"
              variant="outlined"
              size="small"
            />
          )}
          {(!disabled || !!answer?.evidenceLinks?.length) && (
            <EvidenceLinksField
              criterionId={criterion.id}
              links={answer?.evidenceLinks ?? []}
              badLinks={problems.badLinks}
              tooManyMessage={
                problems.tooManyLinks
                  ? t('question.tooManyLinks', {
                      max: String(ANSWER_MAX_EVIDENCE_LINKS),
                    })
                  : undefined
              }
              disabled={disabled}
              onChange={evidenceLinks => set({ evidenceLinks })}
            />
          )}
        </div>
      </Box>
    </Paper>
  );
}
