import { useState } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import type { AnswerSet } from '@mlops-maturity/plugin-mlops-maturity-common';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { changedAnswers, type DraftConflict } from './useAssessmentDraft';

/**
 * Shown when someone else saved first. Before reloading, the user's answers
 * are still on the page; after reloading, they are kept aside and can be
 * re-applied over the other version (or dropped).
 */
export function ConflictBanner({
  conflict,
  answers,
  onReload,
  onReapply,
  onDiscard,
}: {
  conflict: DraftConflict;
  answers: AnswerSet;
  onReload: () => Promise<void>;
  onReapply: () => void;
  onDiscard: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatUser } = useFormatters();
  const [reloading, setReloading] = useState(false);
  const [error, setError] = useState<Error>();

  if (conflict.mine) {
    const count = Object.keys(changedAnswers(conflict.mine, answers)).length;
    return (
      <Alert
        severity="warning"
        action={
          <Box display="flex" flexDirection="column">
            <Button color="inherit" size="small" onClick={onReapply}>
              {t('conflict.reapply')}
            </Button>
            <Button color="inherit" size="small" onClick={onDiscard}>
              {t('conflict.discard')}
            </Button>
          </Box>
        }
      >
        <AlertTitle>{t('conflict.title')}</AlertTitle>
        {t('conflict.stashed', { count })}
      </Alert>
    );
  }

  return (
    <Alert
      severity="warning"
      action={
        <Button
          color="inherit"
          size="small"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            onReload().then(
              () => setReloading(false),
              e => {
                setError(e);
                setReloading(false);
              },
            );
          }}
        >
          {t('conflict.reload')}
        </Button>
      }
    >
      <AlertTitle>{t('conflict.title')}</AlertTitle>
      {conflict.by
        ? t('conflict.body', { by: formatUser(conflict.by) })
        : t('conflict.bodyAnonymous')}
      {error && <div>{error.message}</div>}
    </Alert>
  );
}
