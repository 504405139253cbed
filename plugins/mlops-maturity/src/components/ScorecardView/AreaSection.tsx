import { InfoCard } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  LinearProgress,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@material-ui/core';
import type { AreaResult } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelChip } from '../common/LevelChip';
import { areaLevelInfo, findArea } from '../common/levels';
import { CriteriaTable } from './CriteriaTable';
import { LevelDescription } from './LevelDescription';

/** One area of the scorecard: its ladder, current and next level, and criteria. */
export function AreaSection({
  model,
  result,
}: {
  model: LocalizedMaturityModel;
  result: AreaResult;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const area = findArea(model, result.areaId);
  const current = areaLevelInfo(model, result.levelId);
  const nextLevel =
    current.index >= 0 ? model.levels[current.index + 1] : model.levels[0];
  const progressLevel = result.progress.levelId
    ? areaLevelInfo(model, result.progress.levelId).title ??
      result.progress.levelId
    : undefined;
  const target = areaLevelInfo(model, result.targetLevelId);
  const title = area?.title ?? result.areaId;

  return (
    <InfoCard title={title} subheader={area?.description}>
      <Box
        display="flex"
        alignItems="center"
        flexWrap="wrap"
        style={{ gap: 16 }}
      >
        <LevelChip title={current.title} tone={current.tone} size="medium" />
        <Typography variant="body2">
          {result.score === null
            ? t('common.scoreNone')
            : t('common.score', { score: String(Math.round(result.score)) })}
        </Typography>
        <Typography variant="body2" color="textSecondary">
          {result.targetReached
            ? t('scorecard.targetReached')
            : t('scorecard.target', {
                level: target.title ?? result.targetLevelId,
              })}
        </Typography>
      </Box>

      <Stepper
        activeStep={current.index}
        alternativeLabel
        aria-label={t('scorecard.ladder', { area: title })}
        style={{ background: 'transparent' }}
      >
        {model.levels.map((level, index) => (
          <Step
            key={level.id}
            completed={index <= current.index}
            aria-current={index === current.index ? 'step' : undefined}
          >
            <StepLabel>{level.title}</StepLabel>
          </Step>
        ))}
      </Stepper>

      {progressLevel ? (
        <Box mb={2}>
          <Typography variant="body2" id={`progress-${result.areaId}`}>
            {t('scorecard.progress', {
              met: String(result.progress.met),
              count: result.progress.total,
              level: progressLevel,
            })}
          </Typography>
          <LinearProgress
            variant="determinate"
            value={Math.round(result.progress.ratio * 100)}
            aria-labelledby={`progress-${result.areaId}`}
          />
        </Box>
      ) : (
        <Typography variant="body2" paragraph>
          {t('scorecard.top')}
        </Typography>
      )}

      <Box display="flex" flexWrap="wrap" style={{ gap: 24 }} mb={2}>
        {area && current.index >= 0 && (
          <LevelDescription
            heading={`${t('scorecard.current')}: ${current.title}`}
            description={area.levels[model.levels[current.index].id]}
          />
        )}
        {area && nextLevel && (
          <LevelDescription
            heading={`${t('scorecard.next')}: ${nextLevel.title}`}
            description={area.levels[nextLevel.id]}
            showTools
          />
        )}
      </Box>

      {area && (
        <CriteriaTable
          model={model}
          area={area}
          results={result.criteria}
          currentLevelIndex={current.index}
        />
      )}
    </InfoCard>
  );
}
