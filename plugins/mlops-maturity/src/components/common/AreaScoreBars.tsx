import { makeStyles, Typography } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  figure: { margin: 0 },
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(8rem, 2fr) 3fr 3.5rem',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
  track: { fill: theme.palette.action.selected },
  bar: { fill: theme.palette.primary.main },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
}));

/** One bar of {@link AreaScoreBars}. */
export interface AreaScoreBar {
  id: string;
  label: string;
  /** 0-100, or null when the area is not assessed. */
  score: number | null;
}

/**
 * A horizontal bar chart of area scores in plain SVG. Labels and values are
 * text next to the bars, so the chart reads without colour and screen readers
 * get the numbers; the bars themselves are decorative.
 */
export function AreaScoreBars({ items }: { items: AreaScoreBar[] }) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <figure className={classes.figure}>
      <Typography component="figcaption" variant="subtitle2" gutterBottom>
        {t('chart.areaScores')}
      </Typography>
      {items.map(item => (
        <div key={item.id} className={classes.row}>
          <Typography variant="body2">{item.label}</Typography>
          <svg width="100%" height="12" aria-hidden="true" focusable="false">
            <rect className={classes.track} width="100%" height="12" rx="3" />
            {item.score !== null && (
              <rect
                className={classes.bar}
                width={`${Math.max(0, Math.min(100, item.score))}%`}
                height="12"
                rx="3"
              />
            )}
          </svg>
          <Typography variant="body2" className={classes.value}>
            {item.score === null ? '–' : Math.round(item.score)}
          </Typography>
        </div>
      ))}
    </figure>
  );
}
