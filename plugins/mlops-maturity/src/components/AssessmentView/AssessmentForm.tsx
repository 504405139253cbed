import { type FocusEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button, Link, makeStyles, Typography } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import type {
  AnswerSet,
  EvidenceSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { isConflictError, type LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { AreaNavigation } from './AreaNavigation';
import { answersForSave, countAnswered } from './answerValidation';
import { ConflictBanner } from './ConflictBanner';
import { CriterionQuestion } from './CriterionQuestion';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { ERROR_SUMMARY_ID, ErrorSummary } from './ErrorSummary';
import {
  answerIssues,
  areaProgress,
  focusField,
  nextUnanswered,
} from './questionnaireGuide';
import { focusQuestion } from './scorecardEvidence';
import { SaveStatusText } from './SaveStatusText';
import { SubmitDialog } from './SubmitDialog';
import { type DraftStart, useAssessmentDraft } from './useAssessmentDraft';

/** The CSS variable holding the sticky bar's height plus a gap. */
const BAR_OFFSET = '--mlops-maturity-bar-offset';

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
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
  },
  // The areas beside the questions on wide screens, above them on narrow ones.
  // A field that takes keyboard focus scrolls into view clear of the sticky
  // bar, whose height (set as a variable below) grows as it wraps at 390 px.
  layout: {
    '& input, & textarea, & button, & a, & [tabindex]': {
      scrollMarginTop: `var(${BAR_OFFSET}, 0px)`,
    },
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: theme.spacing(3),
    [theme.breakpoints.up('md')]: {
      gridTemplateColumns: '260px minmax(0, 1fr)',
      alignItems: 'start',
    },
  },
  nav: {
    [theme.breakpoints.up('md')]: { position: 'sticky', top: theme.spacing(9) },
  },
  // The area's heading receives focus when the area changes.
  heading: {
    '&:focus': { outline: 'none' },
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  // The darker red keeps the contrast on the grey page background.
  toFix: {
    color:
      theme.palette.type === 'dark'
        ? theme.palette.error.light
        : theme.palette.error.dark,
  },
  pager: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: theme.spacing(2),
  },
}));

/** Where focus goes after the next render: an area's heading or a field. */
type FocusTarget =
  | { kind: 'area' }
  | { kind: 'question'; criterionId: string }
  | { kind: 'field'; fieldId: string };

/**
 * The questionnaire, one area at a time: the areas as a navigation list with
 * their progress and answers to fix, "Previous area" / "Next area", "Next
 * unanswered question" across areas, a summary of the answers to fix whose
 * links show the area and focus the field; with autosave of every area's
 * answers, conflict handling, submission and discarding the draft.
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
  const [areaIndex, setAreaIndex] = useState(0);
  // The question that last had focus, where "Next unanswered" goes on from.
  const lastQuestion = useRef<string>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const barRef = useRef<HTMLDivElement>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  // Keeps the focus margin equal to the bar's height as it wraps or unwraps.
  useEffect(() => {
    const bar = barRef.current;
    const layout = layoutRef.current;
    if (!bar || !layout) return undefined;
    const update = () =>
      layout.style.setProperty(BAR_OFFSET, `${bar.offsetHeight + 16}px`);
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(update);
    observer.observe(bar);
    return () => observer.disconnect();
  }, []);
  // Scrolls an element to the top of the view, just below the sticky bar
  // (whose height depends on the width of the screen).
  const scrollBelowBar = (element: HTMLElement | null) => {
    if (!element) return;
    element.style.scrollMarginTop = `${
      (barRef.current?.offsetHeight ?? 0) + 16
    }px`;
    element.scrollIntoView?.({ block: 'start' });
  };
  // Focus moves once the area is rendered and any dialog has closed: the
  // submit dialog keeps focus inside itself while open, and gives it back
  // when it closes.
  const [focusTarget, setFocusTarget] = useState<FocusTarget>();
  useEffect(() => {
    if (!focusTarget || confirming) return;
    if (focusTarget.kind === 'area') {
      scrollBelowBar(headingRef.current);
      headingRef.current?.focus({ preventScroll: true });
    } else if (focusTarget.kind === 'question') {
      focusQuestion(focusTarget.criterionId);
    } else {
      focusField(focusTarget.fieldId);
    }
    setFocusTarget(undefined);
  }, [focusTarget, confirming]);

  const areaOf = useMemo(
    () =>
      new Map(
        model.areas.flatMap((a, i) => a.criteria.map(c => [c.id, i] as const)),
      ),
    [model],
  );
  const showArea = (index: number) => {
    setAreaIndex(index);
    lastQuestion.current = undefined;
    setFocusTarget({ kind: 'area' });
  };
  const goToQuestion = (criterionId: string) => {
    setAreaIndex(areaOf.get(criterionId) ?? areaIndex);
    lastQuestion.current = criterionId;
    setFocusTarget({ kind: 'question', criterionId });
  };

  const total = model.areas.reduce((n, a) => n + a.criteria.length, 0);
  const issues = useMemo(
    () => answerIssues(model, draft.answers),
    [model, draft.answers],
  );
  const progress = areaProgress(model, draft.answers, issues);
  const invalid = issues.length > 0;
  const allAnswered = progress.every(p => p.answered === p.total);
  // Computed on click: the question last focused is not state.
  const goToNextUnanswered = () => {
    const next = nextUnanswered(model, draft.answers, {
      after: lastQuestion.current,
      fromArea: areaIndex,
    });
    if (next) goToQuestion(next.criterionId);
  };
  const area = model.areas[areaIndex];

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
      <div className={classes.bar} ref={barRef}>
        <div className={classes.actions}>
          <Typography variant="body2">
            {t('assessment.answered', {
              answered: String(countAnswered(draft.answers)),
              total: String(total),
            })}
          </Typography>
          {canEdit && !allAnswered && (
            <Button
              size="small"
              variant="outlined"
              color="primary"
              onClick={goToNextUnanswered}
            >
              {t('assessment.nextUnanswered')}
            </Button>
          )}
        </div>
        {canEdit && (
          <div className={classes.actions}>
            <SaveStatusText
              status={draft.status}
              error={draft.saveError}
              lastSaved={draft.lastSaved}
            />
            {invalid && (
              <Link
                component="button"
                variant="body2"
                className={classes.toFix}
                underline="always"
                aria-controls={ERROR_SUMMARY_ID}
                onClick={() => {
                  scrollBelowBar(summaryRef.current);
                  summaryRef.current?.focus({ preventScroll: true });
                }}
              >
                {t('assessment.toFix', { count: issues.length })}
              </Link>
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

      {canEdit && invalid && (
        <ErrorSummary
          ref={summaryRef}
          model={model}
          issues={issues}
          onGoTo={issue => {
            setAreaIndex(issue.areaIndex);
            lastQuestion.current = issue.criterionId;
            setFocusTarget({ kind: 'field', fieldId: issue.fieldId });
          }}
        />
      )}

      <div className={classes.layout} ref={layoutRef}>
        <div className={classes.nav}>
          <AreaNavigation
            model={model}
            progress={progress}
            current={areaIndex}
            onSelect={showArea}
          />
        </div>
        {area && (
          <Box
            component="section"
            key={area.id}
            aria-labelledby={`area-${area.id}`}
            onFocus={(e: FocusEvent<HTMLElement>) => {
              const id = (e.target as HTMLElement)
                .closest('[data-criterion]')
                ?.getAttribute('data-criterion');
              if (id) lastQuestion.current = id;
            }}
          >
            <Typography
              variant="h5"
              component="h2"
              id={`area-${area.id}`}
              tabIndex={-1}
              ref={headingRef}
              className={classes.heading}
            >
              {area.title}
            </Typography>
            {/* The page background is grey: secondary text would lack contrast. */}
            <Typography variant="body2">
              {t('assessment.areaPosition', {
                index: String(areaIndex + 1),
                total: String(model.areas.length),
              })}
              {' · '}
              {t('assessment.answered', {
                answered: String(progress[areaIndex].answered),
                total: String(progress[areaIndex].total),
              })}
            </Typography>
            <Typography variant="body2" paragraph>
              {area.description}
            </Typography>
            {area.criteria.map(criterion => (
              <Box key={criterion.id} mb={2} data-criterion={criterion.id}>
                <CriterionQuestion
                  criterion={criterion}
                  answer={draft.answers[criterion.id]}
                  suggestion={draft.suggested[criterion.id]}
                  disabled={!canEdit}
                  onChange={answer => draft.update(criterion.id, answer)}
                />
              </Box>
            ))}
            <div className={classes.pager}>
              {areaIndex > 0 ? (
                <Button
                  variant="outlined"
                  onClick={() => showArea(areaIndex - 1)}
                >
                  {t('assessment.previousArea', {
                    area: model.areas[areaIndex - 1].title,
                  })}
                </Button>
              ) : (
                <span />
              )}
              {areaIndex < model.areas.length - 1 && (
                <Button
                  variant="contained"
                  color="primary"
                  onClick={() => showArea(areaIndex + 1)}
                >
                  {t('assessment.nextArea', {
                    area: model.areas[areaIndex + 1].title,
                  })}
                </Button>
              )}
            </div>
          </Box>
        )}
      </div>
      {confirming && (
        <SubmitDialog
          model={model}
          entityRef={entityRef}
          answers={confirming}
          evidence={evidence}
          minimumCompleteness={minimumCompleteness}
          onGoToQuestion={criterionId => {
            goToQuestion(criterionId);
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
