import { Box } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';

/** Says when the catalog could not be read, so that missing evidence is not taken as absence. */
export function EvidenceStatusNotice({
  status,
}: {
  status: ScorecardResponse['evidenceStatus'];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  if (status === 'available') return null;
  return (
    <Box mb={2}>
      <Alert severity="info">
        {status === 'unavailable'
          ? t('states.evidenceUnavailable')
          : t('states.evidencePartial')}
      </Alert>
    </Box>
  );
}
