/**
 * The heatmap's colour scale for mean scores (0-100): viridis, a continuous
 * ramp that is ordered in lightness and readable with every common colour
 * vision deficiency, and the same in light and dark themes. The text on a
 * tint is black or white, whichever contrasts more with it, which is at
 * least 4.58:1 for any colour (WCAG AA for normal text).
 */

/** Viridis at 0, 1/7, ..., 1 (matplotlib's values, rounded). */
const STOPS: Array<[number, number, number]> = [
  [68, 1, 84],
  [70, 50, 126],
  [54, 92, 141],
  [39, 127, 142],
  [31, 161, 135],
  [74, 193, 109],
  [160, 218, 57],
  [253, 231, 37],
];

const hex = (n: number) => Math.round(n).toString(16).padStart(2, '0');

function mix(score: number): [number, number, number] {
  const t = Math.min(1, Math.max(0, score / 100)) * (STOPS.length - 1);
  const i = Math.min(Math.floor(t), STOPS.length - 2);
  const f = t - i;
  const [a, b] = [STOPS[i], STOPS[i + 1]];
  return [0, 1, 2].map(c => a[c] + (b[c] - a[c]) * f) as [
    number,
    number,
    number,
  ];
}

/** WCAG relative luminance of an sRGB colour. */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of two luminances. */
function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * The tint of a mean score and the text colour to write on it
 * (`#000000` or `#ffffff`, whichever contrasts more).
 */
export function meanTint(score: number): {
  background: string;
  text: string;
  contrast: number;
} {
  const rgb = mix(score);
  const l = luminance(rgb);
  const onBlack = contrast(l, 0);
  const onWhite = contrast(l, 1);
  return {
    background: `#${rgb.map(hex).join('')}`,
    text: onBlack >= onWhite ? '#000000' : '#ffffff',
    contrast: Math.max(onBlack, onWhite),
  };
}

/** The scale as a CSS gradient, for the legend under the heatmap. */
export function meanScaleGradient(): string {
  const steps = [0, 25, 50, 75, 100].map(
    s => `${meanTint(s).background} ${s}%`,
  );
  return `linear-gradient(to right, ${steps.join(', ')})`;
}
