import type { ReactNode } from 'react';
import { Box, Typography } from '@material-ui/core';
import AssignmentOutlined from '@material-ui/icons/AssignmentOutlined';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * What an ML service without a submitted assessment shows: an invitation to
 * take it, never an empty table.
 */
export function NotAssessedInvitation({
  detectedCount = 0,
  action,
}: {
  /** Criteria the catalog already shows evidence for. */
  detectedCount?: number;
  action?: ReactNode;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Box display="flex" alignItems="flex-start" py={1}>
      <Box mr={2} mt={0.5} color="text.secondary">
        <AssignmentOutlined fontSize="large" />
      </Box>
      <Box>
        <Typography variant="h6" component="p">
          {t('invitation.title')}
        </Typography>
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('invitation.body')}
        </Typography>
        {detectedCount > 0 && (
          <Typography variant="body2" paragraph>
            {t('invitation.detected', { count: detectedCount })}
          </Typography>
        )}
        {action}
      </Box>
    </Box>
  );
}
