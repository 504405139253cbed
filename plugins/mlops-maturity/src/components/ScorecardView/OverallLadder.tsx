import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Typography } from '@material-ui/core';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import RadioButtonUncheckedIcon from '@material-ui/icons/RadioButtonUnchecked';
import {
  overallNeeds,
  type AreaResult,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { areaLevelInfo, findArea, overallLevelInfo } from '../common/levels';

/**
 * "Deployment from Basic to Intermediate", one per area that must rise for
 * the next overall level (from the model's rules, via `overallNeeds`).
 */
export function useNextOverallLevel(
  model: LocalizedMaturityModel,
  areas: Pick<AreaResult, 'areaId' | 'levelId'>[],
) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const needs = overallNeeds(model, areas);
  const next = needs.next;
  return {
    needs,
    title: next
      ? overallLevelInfo(model, next.overallLevelId).title ??
        next.overallLevelId
      : undefined,
    risings: (next?.shortfalls ?? []).map(s =>
      t('scorecard.areaMustRise', {
        area: findArea(model, s.areaId)?.title ?? s.areaId,
        from: areaLevelInfo(model, s.levelId).title ?? t('common.notAssessed'),
        to: areaLevelInfo(model, s.requiredLevelId).title ?? s.requiredLevelId,
      }),
    ),
  };
}

/**
 * The five (or however many the model has) overall levels, lowest first,
 * marking those reached and where the service stands, then which areas must
 * rise for the next one.
 */
export function OverallLadder({
  model,
  areas,
}: {
  model: LocalizedMaturityModel;
  areas: Pick<AreaResult, 'areaId' | 'levelId'>[];
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { needs, title, risings } = useNextOverallLevel(model, areas);

  return (
    <Box mt={2}>
      <Typography variant="subtitle2" component="h3">
        {t('scorecard.overallLadder')}
      </Typography>
      <Box
        component="ol"
        aria-label={t('scorecard.overallLadderLabel')}
        display="flex"
        flexWrap="wrap"
        p={0}
        m={0}
        mt={1}
        style={{ listStyle: 'none', gap: 8 }}
      >
        {needs.ladder.map(step => {
          const here = step.overallLevelId === needs.currentLevelId;
          const Icon = step.reached
            ? CheckCircleIcon
            : RadioButtonUncheckedIcon;
          return (
            <Box
              component="li"
              key={step.overallLevelId}
              aria-current={here ? 'step' : undefined}
              display="flex"
              alignItems="center"
              px={1}
              py={0.5}
              border={here ? 2 : 1}
              borderColor={here ? 'primary.main' : 'divider'}
              borderRadius={4}
              style={{ gap: 4 }}
              data-reached={step.reached}
            >
              <Box
                component="span"
                display="inline-flex"
                color={step.reached ? 'success.main' : 'text.secondary'}
              >
                <Icon fontSize="small" aria-hidden focusable={false} />
              </Box>
              <Typography variant="body2" component="span">
                {overallLevelInfo(model, step.overallLevelId).title ??
                  step.overallLevelId}
              </Typography>
              <Typography
                variant="caption"
                color="textSecondary"
                component="span"
              >
                {`(${
                  here
                    ? t('scorecard.youAreHere')
                    : t(
                        step.reached
                          ? 'scorecard.reached'
                          : 'scorecard.notReached',
                      )
                })`}
              </Typography>
            </Box>
          );
        })}
      </Box>
      <Box mt={1}>
        {needs.next ? (
          <>
            <Typography variant="body2" component="p">
              {t('scorecard.overallNext', { level: title ?? '' })}
            </Typography>
            <Box component="ul" mt={0.5} mb={0} pl={3}>
              {risings.map(text => (
                <Typography key={text} component="li" variant="body2">
                  {text}
                </Typography>
              ))}
            </Box>
          </>
        ) : (
          <Typography variant="body2">{t('scorecard.overallTop')}</Typography>
        )}
      </Box>
    </Box>
  );
}
