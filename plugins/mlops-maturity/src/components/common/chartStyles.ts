import { makeStyles } from '@material-ui/core';
import { visuallyHidden } from './visuallyHidden';

/**
 * Styles shared by the plugin's charts (the campaign burn-up, the
 * organisation's trend of levels, the history of area scores): a responsive
 * SVG, its axis and labels, and the wrapper of the screen-reader table.
 * Each chart sets its own `maxHeight` on the SVG.
 */
export const useChartStyles = makeStyles(theme => ({
  svg: { width: '100%', height: 'auto', display: 'block' },
  axis: { stroke: theme.palette.divider },
  label: { fill: theme.palette.text.secondary, fontSize: 11 },
  // The wrapper, not the table, is hidden: a table ignores width: 1px and
  // would still widen the page on a phone.
  hidden: visuallyHidden,
}));
