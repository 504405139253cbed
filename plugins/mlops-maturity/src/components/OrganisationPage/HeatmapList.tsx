import { Link, makeStyles, Theme, Typography } from '@material-ui/core';
import ArrowDownward from '@material-ui/icons/ArrowDownward';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';
import type { HeatmapAreaValue } from './MaturityHeatmap';
import { meanTint } from './meanScale';

const useStyles = makeStyles<Theme>(theme => ({
  list: { listStyle: 'none', margin: 0, padding: 0 },
  item: {
    borderTop: `1px solid ${theme.palette.divider}`,
    padding: theme.spacing(1.5, 0),
  },
  organisation: { borderTop: 'none' },
  areas: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)',
    gap: theme.spacing(0.5, 1),
    margin: theme.spacing(1, 0, 0),
  },
  area: {
    margin: 0,
    padding: theme.spacing(0.5, 1),
    borderRadius: 4,
    minWidth: 0,
    overflowWrap: 'break-word',
  },
  areaTitle: { fontWeight: theme.typography.fontWeightMedium as number },
  value: { margin: 0 },
  marker: { fontSize: '1rem', verticalAlign: 'middle' },
  title: { textAlign: 'left' },
}));

/** One group (or the organisation) as the list shows it. */
export interface HeatmapListRow {
  /** The group's ref, unique in the list. */
  key: string;
  /** The group's title. */
  title: string;
  /** Assessed services, already formatted ("3 of 4"). */
  coverage: string;
  /** The median overall level's title. */
  overall: string;
  /** Per area of the model, in model order. */
  areas: HeatmapAreaValue[];
  /** Opens the group's details; undefined when it has none. */
  onOpen?: () => void;
}

/**
 * The heatmap on a phone: one list item per group, in the heatmap's order,
 * with its assessed services, overall median and per area the median
 * level and mean on the same tint as the table's cells. Nothing scrolls
 * sideways.
 */
export function HeatmapList({
  organisation,
  groups,
}: {
  organisation: Omit<HeatmapListRow, 'key'>;
  groups: HeatmapListRow[];
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);

  const item = (row: Omit<HeatmapListRow, 'key'>) => (
    <>
      <Typography variant="subtitle2" component="h4">
        {row.onOpen ? (
          <Link
            component="button"
            variant="subtitle2"
            className={classes.title}
            aria-label={t('heatmap.open', { group: row.title })}
            onClick={row.onOpen}
          >
            {row.title}
          </Link>
        ) : (
          row.title
        )}
      </Typography>
      <Typography variant="body2">
        {t('heatmap.coverage')}: {row.coverage}
        {' · '}
        {t('heatmap.overall')}: {row.overall}
      </Typography>
      <dl className={classes.areas}>
        {row.areas.map(area => {
          const tint =
            area.figures.meanScore === null
              ? undefined
              : meanTint(area.figures.meanScore);
          return (
            <div
              key={area.areaId}
              className={classes.area}
              data-testid="heat-list-area"
              style={{
                backgroundColor: tint?.background,
                color: tint?.text,
              }}
            >
              <Typography
                component="dt"
                variant="caption"
                className={classes.areaTitle}
              >
                {area.areaTitle}
              </Typography>
              <Typography
                component="dd"
                variant="body2"
                className={classes.value}
              >
                {area.label}
                {area.below && (
                  <ArrowDownward
                    className={classes.marker}
                    aria-hidden="false"
                    role="img"
                    aria-label={t('heatmap.belowMean')}
                  />
                )}
              </Typography>
              {area.mean && (
                <Typography
                  component="dd"
                  variant="caption"
                  className={classes.value}
                >
                  {area.mean}
                </Typography>
              )}
            </div>
          );
        })}
      </dl>
    </>
  );

  return (
    <ul className={classes.list} aria-label={t('heatmap.list')}>
      <li className={`${classes.item} ${classes.organisation}`}>
        {item(organisation)}
      </li>
      {groups.map(row => (
        <li key={row.key} className={classes.item}>
          {item(row)}
        </li>
      ))}
    </ul>
  );
}
