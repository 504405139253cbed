import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type {
  CampaignGoal,
  CampaignShortfall,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { useMemo } from 'react';
import type { LocalizedMaturityModel } from '../../api';
import { useModelLanguage } from '../../hooks/useModelLanguage';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * Words for a campaign in the app's language: its goal ("Monitoring &
 * Maintenance ≥ Intermediate"), its days ("31 March 2027", a calendar day
 * in UTC as stored) and what a service needs to meet it. Levels are the
 * backend's; nothing is computed here.
 */
export function useCampaignText(model: LocalizedMaturityModel | undefined) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { locale } = useModelLanguage();
  return useMemo(() => {
    let days: Intl.DateTimeFormat;
    try {
      days = new Intl.DateTimeFormat(locale, {
        dateStyle: 'long',
        timeZone: 'UTC',
      });
    } catch {
      days = new Intl.DateTimeFormat('en', {
        dateStyle: 'long',
        timeZone: 'UTC',
      });
    }
    const areaTitle = (id: string) =>
      model?.areas.find(a => a.id === id)?.title ?? id;
    const levelTitle = (id: string | null) =>
      id === null
        ? t('common.notAssessed')
        : model?.levels.find(l => l.id === id)?.title ?? id;
    const overallTitle = (id: string | null) =>
      id === null
        ? t('campaigns.none')
        : model?.overallLevels.find(l => l.id === id)?.title ?? id;
    return {
      /** `2027-03-31` as a long date of the app's language. */
      formatDay: (day: string) => {
        const date = new Date(`${day}T00:00:00.000Z`);
        return Number.isNaN(date.getTime()) ? day : days.format(date);
      },
      goalText: (goal: CampaignGoal) =>
        [
          ...Object.entries(goal.areas ?? {}).map(([area, level]) =>
            t('campaigns.goalArea', {
              area: areaTitle(area),
              level: levelTitle(level),
            }),
          ),
          ...(goal.overall
            ? [
                t('campaigns.goalOverall', {
                  level: overallTitle(goal.overall),
                }),
              ]
            : []),
          ...(goal.assessedWithinDays
            ? [
                t('campaigns.goalAssessedWithin', {
                  count: goal.assessedWithinDays,
                }),
              ]
            : []),
        ].join(', '),
      needsText: (shortfall: CampaignShortfall): string[] => [
        ...(shortfall.overall
          ? [
              t('campaigns.needOverall', {
                current: overallTitle(shortfall.overall.levelId),
                required: overallTitle(shortfall.overall.requiredLevelId),
              }),
            ]
          : []),
        ...shortfall.areas.map(gap =>
          t('campaigns.needArea', {
            area: areaTitle(gap.areaId),
            current: levelTitle(gap.levelId),
            required: levelTitle(gap.requiredLevelId),
          }),
        ),
        ...(shortfall.assessment === 'missing'
          ? [t('campaigns.needAssessmentMissing')]
          : []),
        ...(shortfall.assessment === 'too-old'
          ? [t('campaigns.needAssessmentOld')]
          : []),
      ],
    };
  }, [locale, model, t]);
}
