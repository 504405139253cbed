import type { Theme } from '@material-ui/core';
import type { CSSProperties } from '@material-ui/core/styles/withStyles';

/**
 * Table headers wrap between words only: no hyphenation or break inside a
 * word ("Experimenta-ção"), whatever the app's global styles say.
 */
export const headerWrap: CSSProperties = {
  hyphens: 'manual',
  wordBreak: 'normal',
  overflowWrap: 'normal',
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
    '&:focus-visible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  };
}
