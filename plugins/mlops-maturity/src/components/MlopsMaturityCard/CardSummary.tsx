import { Box, Divider, Typography } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { AreaScoreBars } from '../common/AreaScoreBars';
import { EvidenceStatusNotice } from '../common/EvidenceStatusNotice';
import { LevelChip } from '../common/LevelChip';
import { areaLevelInfo, findArea, overallLevelInfo } from '../common/levels';
import type { ContentView } from '../common/useContentLink';
import { NextSteps } from './NextSteps';
import { ReviewSummary } from '../common/ReviewSummary';

/** The card's body once an assessment has been submitted: levels, the next overall level and the steps towards it. */
export function CardSummary({
  model,
  response,
  linkTo,
}: {
  model: LocalizedMaturityModel;
  response: ScorecardResponse;
  /** Links into the tab, for the next steps. */
  linkTo: (view: ContentView) => string;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatDate, formatUser } = useFormatters();
  const { scorecard, assessed } = response;
  const overall = overallLevelInfo(model, scorecard.overall.levelId);
  const conflicts = scorecard.counts.conflict ?? 0;

  return (
    <>
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
      <EvidenceStatusNotice
        status={response.evidenceStatus}
        asOf={response.evidenceAsOf}
      />
      <Typography variant="overline" component="p">
        {t('card.overallLevel')}
      </Typography>
      <Box display="flex" alignItems="center" mb={1}>
        <LevelChip title={overall.title} tone={overall.tone} size="medium" />
      </Box>
      {overall.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {overall.description}
        </Typography>
      )}
      <ReviewSummary model={model} scorecard={scorecard} />
      <Box mb={2}>
        <NextSteps model={model} scorecard={scorecard} linkTo={linkTo} />
      </Box>
      <Divider />
      <Box mt={2}>
        <Typography variant="overline" component="p">
          {t('card.areas')}
        </Typography>
        <Box component="ul" p={0} m={0} mb={2} style={{ listStyle: 'none' }}>
          {scorecard.areas.map(area => {
            const level = areaLevelInfo(model, area.levelId);
            return (
              <Box
                component="li"
                key={area.areaId}
                display="flex"
                alignItems="center"
                justifyContent="space-between"
                py={0.5}
              >
                <Typography variant="body2">
                  {findArea(model, area.areaId)?.title ?? area.areaId}
                </Typography>
                <Box display="flex" alignItems="center">
                  <Box mr={1}>
                    <Typography
                      variant="body2"
                      color="textSecondary"
                      style={{ whiteSpace: 'nowrap' }}
                    >
                      {area.score === null
                        ? t('common.scoreNone')
                        : t('common.score', {
                            score: String(Math.round(area.score)),
                          })}
                    </Typography>
                  </Box>
                  <LevelChip title={level.title} tone={level.tone} />
                </Box>
              </Box>
            );
          })}
        </Box>
        <AreaScoreBars
          items={scorecard.areas.map(area => ({
            id: area.areaId,
            label: findArea(model, area.areaId)?.title ?? area.areaId,
            score: area.score,
          }))}
        />
      </Box>
      {assessed && (
        <Typography variant="body2" color="textSecondary">
          {t('card.lastAssessed', {
            when: formatDate(assessed.at),
            by: formatUser(assessed.by),
          })}
        </Typography>
      )}
      {conflicts > 0 && (
        <Box mt={1}>
          <Alert severity="info">
            {t('card.conflicts', { count: conflicts })}
          </Alert>
        </Box>
      )}
    </>
  );
}
