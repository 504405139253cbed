import {
  makeStyles,
  TableCell,
  Theme,
  Tooltip,
  Typography,
} from '@material-ui/core';
import ArrowDownward from '@material-ui/icons/ArrowDownward';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';
import { visuallyHidden } from '../common/visuallyHidden';

const useStyles = makeStyles<Theme, { color: string; tint: string }>(theme => ({
  cell: {
    backgroundColor: ({ tint }) => tint,
    borderLeft: ({ color }) => `4px solid ${color}`,
    minWidth: 120,
    verticalAlign: 'top',
    color: theme.palette.text.primary,
  },
  title: {
    display: 'flex',
    alignItems: 'center',
    whiteSpace: 'nowrap',
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  marker: { fontSize: '1rem', marginLeft: theme.spacing(0.5) },
  hidden: visuallyHidden,
}));

/**
 * One cell of the heatmap: a median level as text on a tint of its ladder
 * colour, the mean score under it, and an arrow (with a spoken label) when
 * the median is below the organisation's.
 */
export function HeatCell({
  title,
  color,
  tint,
  mean,
  below,
}: {
  /** The median level's title, or "Not assessed". */
  title: string;
  /** The level's colour, for the cell's edge. */
  color: string;
  /** The background behind the text. */
  tint: string;
  /** Already formatted, or undefined to leave it out. */
  mean?: string;
  below?: boolean;
}) {
  const classes = useStyles({ color, tint });
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <TableCell className={classes.cell}>
      <Typography variant="body2" component="span" className={classes.title}>
        {title}
        {below && (
          <Tooltip title={t('heatmap.belowMedian')}>
            <ArrowDownward
              className={classes.marker}
              data-testid="below-median"
              aria-hidden="false"
              role="img"
              aria-label={t('heatmap.belowMedian')}
            />
          </Tooltip>
        )}
      </Typography>
      {mean && (
        <Typography
          variant="caption"
          color="textSecondary"
          component="span"
          display="block"
        >
          <span className={classes.hidden}>, </span>
          {mean}
        </Typography>
      )}
    </TableCell>
  );
}
