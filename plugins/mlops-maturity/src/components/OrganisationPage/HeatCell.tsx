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
import { meanTint } from './meanScale';

const useStyles = makeStyles<Theme, { background?: string; text?: string }>(
  theme => ({
    cell: {
      backgroundColor: ({ background }) =>
        background ?? theme.palette.action.hover,
      color: ({ text }) => text ?? theme.palette.text.primary,
      minWidth: 120,
      verticalAlign: 'top',
    },
    title: {
      display: 'flex',
      alignItems: 'center',
      fontWeight: theme.typography.fontWeightMedium as number,
      color: 'inherit',
    },
    // The caption keeps the cell's text colour: a grey "secondary" text
    // would not keep its contrast on every tint.
    mean: { color: 'inherit' },
    marker: { fontSize: '1rem', marginLeft: theme.spacing(0.5) },
    hidden: visuallyHidden,
  }),
);

/**
 * One area cell of the heatmap: the backend's median level as text (or why
 * there is none) on a tint of the group's mean score, the mean under it,
 * and an arrow with a spoken label when the mean is below the
 * organisation's (see `isBelowOrganisation`).
 */
export function HeatCell({
  title,
  meanScore,
  mean,
  below,
}: {
  /** The median level's title, or the reason there is none. */
  title: string;
  /** The mean score 0-100 that picks the tint; null for no tint. */
  meanScore: number | null;
  /** The mean, already formatted, or undefined to leave it out. */
  mean?: string;
  /** Whether to show the "below the organisation" marker. */
  below?: boolean;
}) {
  // Without a mean: the theme's neutral background and text.
  const tint = meanScore === null ? {} : meanTint(meanScore);
  const classes = useStyles(tint);
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <TableCell
      className={classes.cell}
      data-testid="heat-cell"
      data-mean={meanScore ?? undefined}
    >
      <Typography variant="body2" component="span" className={classes.title}>
        {title}
        {below && (
          <Tooltip title={t('heatmap.belowMean')}>
            <ArrowDownward
              className={classes.marker}
              data-testid="below-organisation"
              aria-hidden="false"
              role="img"
              aria-label={t('heatmap.belowMean')}
            />
          </Tooltip>
        )}
      </Typography>
      {mean && (
        <Typography
          variant="caption"
          component="span"
          display="block"
          className={classes.mean}
        >
          <span className={classes.hidden}>, </span>
          {mean}
        </Typography>
      )}
    </TableCell>
  );
}
