import { EmptyState, ResponseErrorPanel } from '@backstage/core-components';
import { Button } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { isNotAllowedError } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * A failed load: "no permission" for a 403 (not an error to debug), and
 * Backstage's error panel with the server's message otherwise.
 */
export function LoadError({
  error,
  onRetry,
  noPermission,
}: {
  error: Error;
  onRetry?: () => void;
  /** What to say on a 403 instead of the scorecard's message. */
  noPermission?: { title: string; description: string };
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (isNotAllowedError(error)) {
    return (
      <EmptyState
        missing="info"
        title={noPermission?.title ?? t('states.noPermissionTitle')}
        description={noPermission?.description ?? t('states.noPermission')}
      />
    );
  }
  return (
    <>
      <ResponseErrorPanel error={error} title={t('states.loadFailed')} />
      {onRetry && (
        <Button variant="outlined" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </>
  );
}
