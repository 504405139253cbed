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
}));

/** One entry of a {@link ChartLegend}. */
export interface ChartLegendItem {
  key: string;
  label: string;
  /** The series' colour, shown as a small square before the label. */
  color: string;
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
          <span
            className={classes.swatch}
            style={{ backgroundColor: item.color }}
            aria-hidden="true"
          />
          <Typography variant="caption">{item.label}</Typography>
        </li>
      ))}
    </ul>
  );
}
