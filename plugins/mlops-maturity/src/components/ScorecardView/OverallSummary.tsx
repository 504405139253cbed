import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { AreaScoreBars } from '../common/AreaScoreBars';
import { LevelChip } from '../common/LevelChip';
import { findArea, overallLevelInfo } from '../common/levels';
import { OverallLadder } from './OverallLadder';

/** The overall level with its meaning, crosswalk, the overall ladder, authorship and staleness. */
export function OverallSummary({
  model,
  response,
}: {
  model: LocalizedMaturityModel;
  response: ScorecardResponse;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatDate, formatUser } = useFormatters();
  const { scorecard, assessed } = response;
  const overall = overallLevelInfo(model, scorecard.overall.levelId);
  const crosswalk = scorecard.overall.crosswalk ?? overall.crosswalk;
  let crosswalkText: string | undefined;
  if (crosswalk?.google && crosswalk.microsoft) {
    crosswalkText = t('scorecard.crosswalk', {
      google: crosswalk.google,
      microsoft: crosswalk.microsoft,
    });
  } else if (crosswalk?.google) {
    crosswalkText = t('scorecard.crosswalkGoogle', {
      google: crosswalk.google,
    });
  } else if (crosswalk?.microsoft) {
    crosswalkText = t('scorecard.crosswalkMicrosoft', {
      microsoft: crosswalk.microsoft,
    });
  }
  // The MLOps Community assessment is a checklist, not a ladder: a sentence of its own.
  if (crosswalk?.mlopsCommunity) {
    const community = t('scorecard.crosswalkMlopsCommunity', {
      mlopsCommunity: crosswalk.mlopsCommunity,
    });
    crosswalkText = crosswalkText ? `${crosswalkText} ${community}` : community;
  }

  return (
    <InfoCard title={t('scorecard.overall')}>
      {scorecard.staleness.isStale && (
        <Box mb={2}>
          <Alert severity="warning">
            {t('card.stale', {
              date: formatDate(
                scorecard.staleness.staleAt ??
                  scorecard.staleness.submittedAt ??
                  '',
              ),
            })}
          </Alert>
        </Box>
      )}
      <Box display="flex" flexWrap="wrap" style={{ gap: 32 }}>
        <Box flex="1 1 280px">
          <LevelChip title={overall.title} tone={overall.tone} size="medium" />
          {overall.description && (
            <Typography variant="body1" paragraph style={{ marginTop: 8 }}>
              {overall.description}
            </Typography>
          )}
          {crosswalkText && (
            <Typography variant="body2" color="textSecondary" paragraph>
              {crosswalkText}
            </Typography>
          )}
          {assessed && (
            <Typography variant="body2" color="textSecondary">
              {t('card.lastAssessed', {
                when: formatDate(assessed.at),
                by: formatUser(assessed.by),
              })}
            </Typography>
          )}
          <OverallLadder model={model} areas={scorecard.areas} />
          {(scorecard.counts.conflict ?? 0) > 0 && (
            <Box mt={1}>
              <Alert severity="info">
                {t('card.conflicts', { count: scorecard.counts.conflict })}
              </Alert>
            </Box>
          )}
        </Box>
        <Box flex="1 1 320px">
          <AreaScoreBars
            items={scorecard.areas.map(area => ({
              id: area.areaId,
              label: findArea(model, area.areaId)?.title ?? area.areaId,
              score: area.score,
            }))}
          />
        </Box>
      </Box>
    </InfoCard>
  );
}
