import type { Theme } from '@material-ui/core';
import { alpha } from '@material-ui/core/styles';

/** Where a level sits on a ladder of `count` levels, 0 (lowest) to 1 (highest); -1 when not assessed. */
function rung(index: number, count: number): number {
  if (index < 0) return -1;
  return count <= 1 ? 1 : index / (count - 1);
}

/**
 * The fill of a level in charts (bars, areas, cell borders): one hue, the
 * theme's primary colour, stronger for higher levels, so that any number
 * of levels stays in order in either theme; the theme's disabled colour
 * when not assessed. Colour is never the only cue: every use also shows the
 * level's title.
 */
export function ladderColor(theme: Theme, index: number, count: number) {
  const t = rung(index, count);
  if (t < 0) return theme.palette.action.disabled;
  return alpha(theme.palette.primary.main, 0.25 + 0.75 * t);
}

/**
 * The background of a heatmap cell holding a level's title: a lighter tint
 * of {@link ladderColor}, capped so that the theme's text colour keeps its
 * contrast on it in light and dark themes.
 */
export function ladderTint(theme: Theme, index: number, count: number) {
  const t = rung(index, count);
  if (t < 0) return theme.palette.action.hover;
  const strongest = theme.palette.type === 'dark' ? 0.4 : 0.45;
  return alpha(theme.palette.primary.main, 0.08 + strongest * t);
}
