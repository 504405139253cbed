import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Typography } from '@material-ui/core';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import type { SaveStatus } from './useAssessmentDraft';

/** "Saving…", "Saved" and friends, announced politely to screen readers. */
export function SaveStatusText({
  status,
  error,
  lastSaved,
}: {
  status: SaveStatus;
  error?: Error;
  lastSaved?: { by: string; at: string };
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatDateTime, formatUser } = useFormatters();
  let text = '';
  if (status === 'saving') text = t('assessment.saving');
  else if (status === 'saved') text = t('assessment.saved');
  else if (status === 'pending') text = t('assessment.unsaved');
  else if (status === 'error') {
    text = t('assessment.saveFailed', { message: error?.message ?? '' });
  } else if (status === 'idle' && lastSaved) {
    text = t('assessment.draftSaved', {
      when: formatDateTime(lastSaved.at),
      by: formatUser(lastSaved.by),
    });
  }
  return (
    <Typography
      role="status"
      variant="body2"
      color={status === 'error' ? 'error' : 'textSecondary'}
    >
      {text}
    </Typography>
  );
}
