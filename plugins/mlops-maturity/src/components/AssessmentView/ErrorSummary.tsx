import { forwardRef } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Link } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import {
  ANSWER_MAX_EVIDENCE_LINKS,
  ANSWER_NOTE_MAX_LENGTH,
  NOT_APPLICABLE_REASON_MAX_LENGTH,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import type { AnswerIssue } from './questionnaireGuide';

/** The DOM id of the error summary, the target of the bar's "to fix" link. */
export const ERROR_SUMMARY_ID = 'mlops-assessment-errors';

/**
 * What must be fixed before submitting, at the top of the questionnaire: a
 * focusable region (focus moves here from the bar's "to fix" link) listing
 * every problem with its question and area, each a link that shows the area
 * and moves focus to the field.
 */
export const ErrorSummary = forwardRef<
  HTMLDivElement,
  {
    model: LocalizedMaturityModel;
    issues: AnswerIssue[];
    onGoTo: (issue: AnswerIssue) => void;
  }
>(function ErrorSummaryRegion({ model, issues, onGoTo }, ref) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const message = (problem: AnswerIssue['problem']) => {
    switch (problem.kind) {
      case 'naReasonMissing':
        return t('question.naReasonRequired');
      case 'naReasonTooLong':
        return t('question.naReasonTooLong', {
          max: String(NOT_APPLICABLE_REASON_MAX_LENGTH),
        });
      case 'noteTooLong':
        return t('question.noteTooLong', {
          max: String(ANSWER_NOTE_MAX_LENGTH),
        });
      case 'tooManyLinks':
        return t('question.tooManyLinks', {
          max: String(ANSWER_MAX_EVIDENCE_LINKS),
        });
      default:
        return `${t('question.evidenceLink', {
          index: String(problem.index + 1),
        })}: ${t('question.linkInvalid')}`;
    }
  };
  const titleId = `${ERROR_SUMMARY_ID}-title`;
  return (
    <Box mb={2}>
      <Alert
        ref={ref}
        id={ERROR_SUMMARY_ID}
        severity="error"
        // A region to move focus to, not a live alert that would interrupt
        // typing: each field also says what is wrong next to it.
        role="region"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <AlertTitle id={titleId}>
          {t('assessment.errorSummaryTitle', { count: issues.length })}
        </AlertTitle>
        <Box component="ul" m={0} pl={2}>
          {issues.map(issue => {
            const area = model.areas[issue.areaIndex];
            const question =
              area?.criteria.find(c => c.id === issue.criterionId)?.question ??
              issue.criterionId;
            return (
              <li key={issue.fieldId + issue.problem.kind}>
                <Link
                  component="button"
                  variant="body2"
                  align="left"
                  color="inherit"
                  underline="always"
                  onClick={() => onGoTo(issue)}
                >
                  {t('assessment.issue', {
                    question,
                    problem: message(issue.problem),
                    area: area?.title ?? '',
                  })}
                </Link>
              </li>
            );
          })}
        </Box>
      </Alert>
    </Box>
  );
});
