import type { ReactNode } from 'react';
import { makeStyles } from '@material-ui/core';
import { scrollRegion } from './tableStyles';

const useStyles = makeStyles(theme => ({ root: scrollRegion(theme) }));

/**
 * A wide table's own horizontal scroller, so that the page never scrolls
 * sideways: a named region that keyboard users can focus and scroll with
 * the arrow keys (axe's scrollable-region-focusable), with a visible focus
 * ring.
 */
export function ScrollRegion({
  label,
  labelledBy,
  children,
}: {
  /** The region's accessible name, when no element names it. */
  label?: string;
  /** The id of the element that names the region (a table's caption). */
  labelledBy?: string;
  children: ReactNode;
}) {
  const classes = useStyles();
  return (
    <div
      className={classes.root}
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      // A scrollable region must be focusable, or keyboard users cannot
      // reach what is off to the side; jsx-a11y does not know that case.
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
    >
      {children}
    </div>
  );
}
