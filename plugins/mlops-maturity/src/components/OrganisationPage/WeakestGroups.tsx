import { makeStyles, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { OverviewGroup } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { weakestGroups } from './heatmapRanking';

const useStyles = makeStyles(theme => ({
  list: { margin: theme.spacing(0.5, 0, 0), paddingLeft: theme.spacing(2.5) },
}));

/**
 * Per area, the group(s) with the lowest mean score named in words, with
 * the mean and how many of their services are assessed in that area: the
 * answer to "which team is weakest in X?" without reading colours.
 */
export function WeakestGroups({
  model,
  groups,
  titleOf,
}: {
  model: LocalizedMaturityModel;
  groups: OverviewGroup[];
  titleOf: (group: OverviewGroup) => string;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatNumber } = useFormatters();
  const weakest = weakestGroups(model, groups);
  if (weakest.length === 0) return null;
  return (
    <section aria-labelledby="mlops-maturity-weakest-title">
      <Typography
        variant="subtitle2"
        component="h3"
        id="mlops-maturity-weakest-title"
      >
        {t('heatmap.weakestTitle')}
      </Typography>
      <ul className={classes.list}>
        {weakest.map(area => (
          <Typography
            key={area.areaId}
            component="li"
            variant="body2"
            data-testid={`weakest-${area.areaId}`}
          >
            {t('heatmap.weakest', {
              area: area.areaTitle,
              groups: area.groups
                .map(({ group, figures }) =>
                  t('heatmap.weakestGroup', {
                    group: titleOf(group),
                    score: formatNumber(area.mean),
                    assessed: String(figures.assessed),
                    count: figures.services,
                  }),
                )
                .join('; '),
            })}
          </Typography>
        ))}
      </ul>
    </section>
  );
}
