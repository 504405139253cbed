/**
 * Horizontal grid lines with their values on the left, shared by the SVG
 * charts (history of area scores, trend of levels over months).
 */
export interface ChartGridLinesProps {
  /** The values to draw a line at. */
  values: number[];
  /** Maps a value to its y coordinate. */
  y: (value: number) => number;
  /** Left and right ends of the lines; labels sit just left of `x1`. */
  x1: number;
  x2: number;
  lineClassName: string;
  labelClassName: string;
}

/** Grid lines and value labels of an SVG chart. */
export function ChartGridLines(props: ChartGridLinesProps) {
  const { values, y, x1, x2, lineClassName, labelClassName } = props;
  return (
    <>
      {values.map(v => (
        <g key={v}>
          <line className={lineClassName} x1={x1} x2={x2} y1={y(v)} y2={y(v)} />
          <text
            className={labelClassName}
            x={x1 - 6}
            y={y(v) + 4}
            textAnchor="end"
          >
            {v}
          </text>
        </g>
      ))}
    </>
  );
}
