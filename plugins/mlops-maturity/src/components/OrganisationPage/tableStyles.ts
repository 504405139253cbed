import type { Theme } from '@material-ui/core';
import type { CSSProperties } from '@material-ui/core/styles/withStyles';

/**
 * Text in tables wraps between words only: no hyphenation or break inside
 * a word ("Experimenta-ção", "Forecastin-g"), whatever the app's global
 * styles say; a table that gets too wide scrolls in its region instead.
 */
export const wordWrap: CSSProperties = {
  hyphens: 'manual',
  wordBreak: 'normal',
  overflowWrap: 'normal',
};

/** Table headers: {@link wordWrap}, aligned on their last line. */
export const headerWrap: CSSProperties = {
  ...wordWrap,
  verticalAlign: 'bottom',
};

/**
 * A wide table's own horizontal scroller, so that the page itself never
 * scrolls sideways. It is focusable (keyboard users scroll it with the
 * arrow keys), so its focus ring must show.
 */
export function scrollRegion(theme: Theme): CSSProperties {
  return {
    overflowX: 'auto',
    maxWidth: '100%',
    '& th, & td': wordWrap,
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  };
}
