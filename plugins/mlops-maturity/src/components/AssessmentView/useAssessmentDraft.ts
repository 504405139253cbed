import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import type {
  Answer,
  AnswerSet,
  Submission,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { isConflictError, mlopsMaturityApiRef } from '../../api';
import { answersForSave } from './answerValidation';
import type { Suggestions } from './suggestions';

/** Where the draft stands relative to the backend. */
export type SaveStatus =
  | 'idle'
  | 'pending'
  | 'saving'
  | 'saved'
  | 'error'
  | 'conflict';

/** Someone else saved the draft after the revision this page was based on. */
export interface DraftConflict {
  /** Who saved, when the backend told us. */
  by?: string;
  /** After "Reload their version": the user's own answers, kept aside. */
  mine?: AnswerSet;
}

/** What the form starts from. */
export interface DraftStart {
  answers: AnswerSet;
  revision: number;
  suggested: Suggestions;
  lastSaved?: { by: string; at: string };
}

/** How long typing must pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 1000;

function differs(a: Answer | undefined, b: Answer | undefined) {
  return JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
}

/** The answers of `mine` that differ from `theirs`. */
export function changedAnswers(mine: AnswerSet, theirs: AnswerSet): AnswerSet {
  return Object.fromEntries(
    Object.entries(mine).filter(([id, answer]) => differs(answer, theirs[id])),
  );
}

/**
 * The questionnaire's working copy: local answers, saved to the backend's
 * draft about a second after the last change, with optimistic locking. On a
 * 409 autosave stops and the user's answers stay on the page until they
 * choose to reload the other version (their answers are then kept aside and
 * can be re-applied) or to discard them.
 */
export function useAssessmentDraft(options: {
  entityRef: string;
  start: DraftStart;
  canEdit: boolean;
}) {
  const { entityRef, start, canEdit } = options;
  const api = useApi(mlopsMaturityApiRef);
  const [answers, setAnswersState] = useState(start.answers);
  const [suggested, setSuggested] = useState(start.suggested);
  const [status, setStatus] = useState<SaveStatus>('idle');
  const [saveError, setSaveError] = useState<Error>();
  const [lastSaved, setLastSaved] = useState(start.lastSaved);
  const [conflict, setConflict] = useState<DraftConflict>();

  // Refs hold what the asynchronous save needs at the moment it runs.
  const answersRef = useRef(start.answers);
  const revisionRef = useRef(start.revision);
  const inConflict = useRef(false);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const inFlight = useRef<Promise<void>>();
  const saveAgain = useRef(false);

  const setAnswers = (next: AnswerSet) => {
    answersRef.current = next;
    setAnswersState(next);
  };

  const enterConflict = useCallback(() => {
    inConflict.current = true;
    clearTimeout(timer.current);
    setStatus('conflict');
    setConflict({});
    // Learn who saved, for the message; the answers are only swapped on request.
    api.getAssessment(entityRef).then(
      res =>
        setConflict(c => (c && !c.mine ? { by: res.draft?.updatedBy } : c)),
      () => undefined,
    );
  }, [api, entityRef]);

  const flush = useCallback((): Promise<void> => {
    clearTimeout(timer.current);
    if (!canEdit || inConflict.current || !dirty.current) {
      return inFlight.current ?? Promise.resolve();
    }
    if (inFlight.current) {
      saveAgain.current = true;
      return inFlight.current;
    }
    const sent = answersRef.current;
    dirty.current = false;
    setStatus('saving');
    const run = api
      .saveDraft(entityRef, {
        revision: revisionRef.current,
        answers: answersForSave(sent),
      })
      .then(
        draft => {
          revisionRef.current = draft.revision;
          setLastSaved({ by: draft.updatedBy, at: draft.updatedAt });
          setSaveError(undefined);
          setStatus(answersRef.current === sent ? 'saved' : 'pending');
        },
        error => {
          if (isConflictError(error)) {
            dirty.current = true;
            enterConflict();
          } else {
            dirty.current = true;
            setSaveError(error);
            setStatus('error');
          }
        },
      )
      .finally(() => {
        inFlight.current = undefined;
        if (saveAgain.current) {
          saveAgain.current = false;
          flush();
        }
      });
    inFlight.current = run;
    return run;
  }, [api, entityRef, canEdit, enterConflict]);

  // Leaving the view within the autosave delay still saves the last change.
  const flushRef = useRef(flush);
  flushRef.current = flush;
  useEffect(() => () => void flushRef.current(), []);

  const update = (criterionId: string, answer: Answer | undefined) => {
    if (!canEdit) return;
    const next = { ...answersRef.current };
    if (answer) next[criterionId] = answer;
    else delete next[criterionId];
    setAnswers(next);
    setSuggested(({ [criterionId]: _dropped, ...rest }) => rest);
    dirty.current = true;
    if (inConflict.current) return;
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(), AUTOSAVE_DELAY_MS);
  };

  const reloadTheirs = async () => {
    const res = await api.getAssessment(entityRef);
    const mine = answersRef.current;
    revisionRef.current = res.revision;
    setAnswers(res.draft?.answers ?? res.latestSubmission?.answers ?? {});
    if (res.draft)
      setLastSaved({ by: res.draft.updatedBy, at: res.draft.updatedAt });
    dirty.current = false;
    setConflict({ by: res.draft?.updatedBy, mine });
  };

  const reapplyMine = () => {
    const mine = conflict?.mine ?? {};
    const merged = {
      ...answersRef.current,
      ...changedAnswers(mine, answersRef.current),
    };
    inConflict.current = false;
    setConflict(undefined);
    setAnswers(merged);
    dirty.current = true;
    flush();
  };

  const discardMine = () => {
    inConflict.current = false;
    setConflict(undefined);
    setStatus('idle');
    // Changes made to their version after reloading are still worth saving.
    if (dirty.current) flush();
  };

  /** Submits the current answers once any running save has finished. */
  const submit = async (): Promise<Submission> => {
    clearTimeout(timer.current);
    await inFlight.current;
    try {
      const submission = await api.submit(entityRef, {
        answers: answersForSave(answersRef.current),
        revision: revisionRef.current,
      });
      dirty.current = false;
      return submission;
    } catch (error) {
      if (isConflictError(error)) enterConflict();
      throw error;
    }
  };

  /**
   * Discards the stored draft at the revision this page holds, once any
   * running save has finished; pending changes on the page go with it. A
   * 409 (someone saved or submitted meanwhile) shows the conflict banner.
   */
  const discard = async (): Promise<void> => {
    clearTimeout(timer.current);
    await inFlight.current;
    try {
      await api.discardDraft(entityRef, revisionRef.current);
      dirty.current = false;
    } catch (error) {
      if (isConflictError(error)) enterConflict();
      throw error;
    }
  };

  return {
    answers,
    suggested,
    status,
    saveError,
    lastSaved,
    conflict,
    update,
    reloadTheirs,
    reapplyMine,
    discardMine,
    submit,
    discard,
  };
}
