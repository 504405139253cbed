import { makeStyles, Typography, useTheme } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { LevelCount } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ladderColor } from './levelColors';
import { overallLevelInfo } from './levels';

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'block',
    width: '100%',
    minWidth: 96,
    height: 10,
    borderRadius: 2,
    overflow: 'hidden',
  },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: theme.spacing(1),
    listStyle: 'none',
    margin: theme.spacing(0.5, 0, 0),
    padding: 0,
  },
  swatch: {
    display: 'inline-block',
    width: 8,
    height: 8,
    borderRadius: 2,
    marginRight: 4,
  },
}));

/**
 * The overall levels of a set of services as a small stacked bar (lowest
 * level on the left) and a text legend with every non-zero count, so that
 * it reads without colour. The counts come from the backend.
 */
export function LevelDistribution({
  model,
  distribution,
}: {
  model: LocalizedMaturityModel;
  distribution: LevelCount[];
}) {
  const classes = useStyles();
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const total = distribution.reduce((sum, d) => sum + d.count, 0);
  const items = distribution
    .filter(d => d.count > 0)
    .map(d => {
      const info = overallLevelInfo(model, d.levelId);
      return {
        key: d.levelId ?? '',
        count: d.count,
        title: info.title ?? t('distribution.noLevel'),
        color: ladderColor(theme, info.index, model.overallLevels.length),
      };
    });
  let x = 0;
  return (
    <div>
      <svg
        className={classes.bar}
        viewBox="0 0 100 10"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect width="100" height="10" fill={theme.palette.action.hover} />
        {total > 0 &&
          items.map(item => {
            const width = (item.count / total) * 100;
            const rect = (
              <rect
                key={item.key}
                x={x}
                width={width}
                height="10"
                fill={item.color}
              />
            );
            x += width;
            return rect;
          })}
      </svg>
      <ul className={classes.legend} aria-label={t('distribution.label')}>
        {items.map(item => (
          <Typography
            component="li"
            variant="caption"
            key={item.key}
            color="textSecondary"
          >
            <span
              className={classes.swatch}
              style={{ backgroundColor: item.color }}
              aria-hidden="true"
            />
            {t('distribution.item', {
              level: item.title,
              number: String(item.count),
            })}
          </Typography>
        ))}
      </ul>
    </div>
  );
}
