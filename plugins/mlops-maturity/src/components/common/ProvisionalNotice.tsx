import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { overallLevelInfo } from './levels';

/**
 * The label of a provisional scorecard: a service with no submission whose
 * catalog evidence alone gives it levels shows "provisional — from the
 * catalog only", never an assessed level. Renders nothing for an assessed
 * service or one without levels.
 */
export function ProvisionalNotice({
  model,
  response,
}: {
  model: LocalizedMaturityModel;
  response: ScorecardResponse;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const levelId = response.scorecard.overall.levelId;
  if (response.assessed || levelId === null) return null;
  return (
    <Box mb={2}>
      <Alert severity="info" data-testid="mlops-maturity-provisional">
        {t('coverage.scorecard', {
          level: overallLevelInfo(model, levelId).title ?? levelId,
        })}
      </Alert>
    </Box>
  );
}
