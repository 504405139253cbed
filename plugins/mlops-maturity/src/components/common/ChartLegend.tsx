import { makeStyles, Typography } from '@material-ui/core';

const useStyles = makeStyles(theme => ({
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    listStyle: 'none',
    padding: 0,
    margin: theme.spacing(1, 0, 0),
  },
  swatch: {
    display: 'inline-block',
    width: 10,
    height: 10,
    borderRadius: 2,
    marginRight: 6,
  },
  line: { marginRight: 4, verticalAlign: 'middle' },
}));

/** One entry of a {@link ChartLegend}. */
export interface ChartLegendItem {
  key: string;
  label: string;
  /** The series' colour, shown as a small square before the label. */
  color: string;
  /**
   * For a line chart: the series' `strokeDasharray` ('' for a solid line);
   * the legend then shows a short line in that dash instead of a square.
   */
  dash?: string;
}

/**
 * The legend under a chart: a colour square and a name per series. A chart
 * whose SVG is hidden from screen readers (its figures are in a table)
 * passes `decorative`, so that the names are not read twice.
 */
export function ChartLegend({
  items,
  decorative = false,
}: {
  items: ChartLegendItem[];
  decorative?: boolean;
}) {
  const classes = useStyles();
  return (
    <ul className={classes.legend} aria-hidden={decorative || undefined}>
      {items.map(item => (
        <li key={item.key}>
          {item.dash === undefined ? (
            <span
              className={classes.swatch}
              style={{ backgroundColor: item.color }}
              aria-hidden="true"
            />
          ) : (
            <svg
              className={classes.line}
              width="28"
              height="10"
              aria-hidden="true"
              focusable="false"
            >
              <line
                x1="0"
                x2="28"
                y1="5"
                y2="5"
                stroke={item.color}
                strokeWidth={2}
                strokeDasharray={item.dash}
              />
            </svg>
          )}
          <Typography variant="caption">{item.label}</Typography>
        </li>
      ))}
    </ul>
  );
}
