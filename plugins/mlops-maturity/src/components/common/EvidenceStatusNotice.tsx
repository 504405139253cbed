import { Box } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * Says when the catalog evidence is incomplete or old, so that missing
 * evidence is not taken as absence and old evidence not taken as current.
 */
export function EvidenceStatusNotice({
  status,
  asOf,
}: {
  status: ScorecardResponse['evidenceStatus'];
  /** When the evidence was read; shown for `stale` evidence. */
  asOf?: string | null;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatDateTime } = useFormatters();
  if (status === 'available') return null;
  let text: string;
  if (status === 'stale' && asOf) {
    text = t('states.evidenceStale', { asOf: formatDateTime(asOf) });
  } else if (status === 'partial') {
    text = t('states.evidencePartial');
  } else {
    text = t('states.evidenceUnavailable');
  }
  return (
    <Box mb={2}>
      <Alert severity="info">{text}</Alert>
    </Box>
  );
}
