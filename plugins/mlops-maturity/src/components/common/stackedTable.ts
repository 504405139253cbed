import { makeStyles } from '@material-ui/core';
import { visuallyHidden } from './visuallyHidden';

/**
 * Styles for a table that becomes stacked rows on small screens (below the
 * `sm` breakpoint, 600 px): the header row is hidden from sight (screen
 * readers keep it), each row becomes a block and each cell shows its column
 * name, taken from the cell's `data-label` attribute, before its value. Put
 * `classes.table` on the `Table` and a `data-label` on every body cell.
 */
export const useStackedTableStyles = makeStyles(theme => ({
  table: {
    [theme.breakpoints.down('xs')]: {
      '& thead': { ...visuallyHidden },
      '& tbody, & tr, & td': { display: 'block', width: '100%' },
      '& tbody tr': {
        borderBottom: `1px solid ${theme.palette.divider}`,
        padding: theme.spacing(1, 0),
      },
      '& tbody td': {
        borderBottom: 'none',
        padding: theme.spacing(0.5, 1),
        whiteSpace: 'normal !important',
        overflowWrap: 'anywhere',
      },
      '& tbody td[data-label]::before': {
        content: 'attr(data-label)',
        display: 'block',
        fontWeight: theme.typography.fontWeightMedium,
        color: theme.palette.text.secondary,
        fontSize: theme.typography.caption.fontSize,
      },
      '& tbody td[data-label=""]::before': { display: 'none' },
    },
  },
}));
