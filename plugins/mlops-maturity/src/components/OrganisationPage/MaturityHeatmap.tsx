import { useState } from 'react';
import {
  Link,
  makeStyles,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
  useMediaQuery,
  useTheme,
} from '@material-ui/core';
import type { Theme } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type {
  OverviewGroup,
  OverviewResponse,
  OverviewSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { useModelLanguage } from '../../hooks/useModelLanguage';
import { useUniqueId } from '../../hooks/useUniqueId';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelDistribution } from '../common/LevelDistribution';
import { areaLevelInfo, overallLevelInfo } from '../common/levels';
import { HeatCell } from './HeatCell';
import { HeatmapList } from './HeatmapList';
import {
  AreaFigures,
  areaFigures,
  DEFAULT_HEATMAP_SORT,
  HeatmapSort,
  HeatmapSortKey,
  isBelowOrganisation,
  medianThreshold,
  sortGroups,
} from './heatmapRanking';
import { meanScaleGradient } from './meanScale';
import type { Grouping } from './organisationParams';
import { ScrollRegion } from './ScrollRegion';
import { headerWrap } from './tableStyles';
import { WeakestGroups } from './WeakestGroups';

const useStyles = makeStyles(theme => ({
  caption: {
    captionSide: 'top',
    textAlign: 'left',
    padding: theme.spacing(0, 0, 1),
    color: theme.palette.text.primary,
    ...theme.typography.subtitle2,
  },
  head: headerWrap,
  organisation: {
    '& > *': { borderBottom: `2px solid ${theme.palette.divider}` },
  },
  clickable: { cursor: 'pointer' },
  groupCell: { minWidth: 140, verticalAlign: 'top' },
  groupButton: { textAlign: 'left' },
  numberCell: { verticalAlign: 'top' },
  overallCell: { minWidth: 160, verticalAlign: 'top' },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    margin: theme.spacing(2, 0),
  },
  sortSelect: { minWidth: 200, maxWidth: '100%' },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginTop: theme.spacing(1),
  },
  ramp: {
    display: 'inline-block',
    width: 160,
    maxWidth: '40%',
    height: 12,
    borderRadius: 2,
    background: meanScaleGradient(),
  },
}));

/** The figures one row of the heatmap shows, shared by the table and the list. */
export interface HeatmapAreaValue {
  areaId: string;
  areaTitle: string;
  figures: AreaFigures;
  /** The median level's title, or why there is none. */
  label: string;
  /** "mean 27.8", or undefined without a mean. */
  mean?: string;
  below: boolean;
}

/**
 * Groups x areas. Each area cell is the backend's median level as text, on
 * a tint of the group's mean score (continuous, colour-blind-safe), with
 * the mean under it; a downward arrow marks a mean below the
 * organisation's mean in that area (the one rule, `isBelowOrganisation`).
 * The first row is the whole organisation. Every column sorts, by its
 * header button or the "Sort by" field; per area the weakest groups are
 * named in words. On a phone-sized screen the table becomes a list of
 * groups. Selecting a group opens its details.
 */
export function MaturityHeatmap({
  model,
  overview,
  grouping,
  onOpen,
}: {
  model: LocalizedMaturityModel;
  overview: OverviewResponse;
  grouping: Grouping;
  onOpen: (group: OverviewGroup) => void;
}) {
  const classes = useStyles();
  const theme = useTheme<Theme>();
  // A table of seven or more columns cannot fit a phone; a list can.
  const narrow = useMediaQuery(theme.breakpoints.down('xs'), { noSsr: true });
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatNumber } = useFormatters();
  const { locale } = useModelLanguage();
  const id = useUniqueId('heatmap');
  const [sort, setSort] = useState<HeatmapSort>(DEFAULT_HEATMAP_SORT);
  const org = overview.organisation;
  const threshold = medianThreshold(overview);

  const groupTitle = (group: OverviewGroup) => {
    if (group.ref !== null) return group.title || nameOf(group.ref);
    return grouping === 'system'
      ? t('heatmap.noSystem')
      : t('heatmap.noDomain');
  };

  const areaValues = (
    summary: OverviewSummary,
    compare: boolean,
  ): HeatmapAreaValue[] =>
    model.areas.map(area => {
      const figures = areaFigures(summary, area.id);
      const level = areaLevelInfo(model, figures.medianLevelId);
      const tooFew = figures.assessed < threshold;
      return {
        areaId: area.id,
        areaTitle: area.title,
        figures,
        label: tooFew
          ? t('heatmap.tooFew', {
              assessed: String(figures.assessed),
              services: String(figures.services),
            })
          : level.title ?? t('common.notAssessed'),
        mean:
          figures.meanScore === null
            ? undefined
            : t('heatmap.mean', { score: formatNumber(figures.meanScore) }),
        below:
          compare && isBelowOrganisation(figures, areaFigures(org, area.id)),
      };
    });

  const sorted = sortGroups(model, overview.groups, sort, groupTitle, locale);

  const columns: Array<{ key: HeatmapSortKey; label: string }> = [
    { key: 'group', label: t('heatmap.group') },
    { key: 'services', label: t('heatmap.services') },
    { key: 'coverage', label: t('heatmap.coverage') },
    { key: 'overall', label: t('heatmap.overall') },
    ...model.areas.flatMap(area => [
      {
        key: `area:${area.id}:mean` as HeatmapSortKey,
        label: t('heatmap.areaMean', { area: area.title }),
      },
      {
        key: `area:${area.id}:median` as HeatmapSortKey,
        label: t('heatmap.areaMedian', { area: area.title }),
      },
    ]),
  ];

  const toggle = (key: HeatmapSortKey) =>
    setSort(current => ({
      key,
      order: current.key === key && current.order === 'asc' ? 'desc' : 'asc',
    }));

  /** A column header whose button sorts by `key`; aria-sort on the cell. */
  const sortHeader = (
    key: HeatmapSortKey,
    label: string,
    options: { colSpan?: number; active?: boolean } = {},
  ) => {
    const active = options.active ?? sort.key === key;
    return (
      <TableCell
        key={key}
        colSpan={options.colSpan}
        sortDirection={active ? sort.order : false}
        className={classes.head}
      >
        <TableSortLabel
          active={active}
          direction={active ? sort.order : 'asc'}
          onClick={() => toggle(key)}
        >
          {label}
        </TableSortLabel>
      </TableCell>
    );
  };

  // Provisional (catalog-only) services are a count of their own.
  const coverageText = (summary: OverviewSummary) =>
    [
      t('heatmap.coverageValue', {
        assessed: String(summary.assessed),
        services: String(summary.services),
      }),
      ...(summary.coverage.provisional > 0
        ? [t('coverage.provisional', { count: summary.coverage.provisional })]
        : []),
    ].join(' · ');

  const cells = (summary: OverviewSummary, compare: boolean) => {
    const overall = overallLevelInfo(model, summary.medianOverallLevelId);
    return (
      <>
        <TableCell className={classes.numberCell}>
          <Typography variant="body2">{summary.services}</Typography>
          {summary.stale > 0 && (
            <Typography variant="caption" display="block">
              {t('heatmap.stale', { count: summary.stale })}
            </Typography>
          )}
        </TableCell>
        <TableCell className={classes.numberCell}>
          <Typography variant="body2">{coverageText(summary)}</Typography>
        </TableCell>
        <TableCell className={classes.overallCell}>
          <Typography variant="body2">
            {overall.title ?? t('common.notAssessed')}
          </Typography>
          <LevelDistribution model={model} distribution={summary.overall} />
        </TableCell>
        {areaValues(summary, compare).map(value => (
          <HeatCell
            key={value.areaId}
            title={value.label}
            meanScore={value.figures.meanScore}
            mean={value.mean}
            below={value.below}
          />
        ))}
      </>
    );
  };

  const sortField = (
    <div className={classes.controls}>
      <TextField
        select
        size="small"
        variant="outlined"
        id={`${id}-sort`}
        label={t('heatmap.sortBy')}
        value={sort.key}
        onChange={e =>
          setSort(s => ({ ...s, key: e.target.value as HeatmapSortKey }))
        }
        className={classes.sortSelect}
      >
        {columns.map(c => (
          <MenuItem key={c.key} value={c.key}>
            {c.label}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        variant="outlined"
        id={`${id}-order`}
        label={t('heatmap.order')}
        value={sort.order}
        onChange={e =>
          setSort(s => ({ ...s, order: e.target.value as 'asc' | 'desc' }))
        }
        style={{ minWidth: 140 }}
      >
        <MenuItem value="asc">{t('services.asc')}</MenuItem>
        <MenuItem value="desc">{t('services.desc')}</MenuItem>
      </TextField>
    </div>
  );

  const legend = (
    <div className={classes.legend}>
      <Typography variant="caption">{t('heatmap.scale')}</Typography>
      <Typography variant="caption">{t('heatmap.scaleLow')}</Typography>
      <span className={classes.ramp} aria-hidden="true" />
      <Typography variant="caption">{t('heatmap.scaleHigh')}</Typography>
    </div>
  );

  const weakest = (
    <WeakestGroups
      model={model}
      groups={overview.groups}
      titleOf={groupTitle}
    />
  );

  if (overview.groups.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('heatmap.noGroups')}
      </Typography>
    );
  }

  if (narrow) {
    return (
      <>
        {weakest}
        {sortField}
        <HeatmapList
          organisation={{
            title: t('heatmap.organisation'),
            coverage: coverageText(org),
            overall:
              overallLevelInfo(model, org.medianOverallLevelId).title ??
              t('common.notAssessed'),
            areas: areaValues(org, false),
          }}
          groups={sorted.map(group => ({
            key: group.ref ?? '',
            title: groupTitle(group),
            coverage: coverageText(group),
            overall:
              overallLevelInfo(model, group.medianOverallLevelId).title ??
              t('common.notAssessed'),
            areas: areaValues(group, true),
            onOpen: group.ref !== null ? () => onOpen(group) : undefined,
          }))}
        />
        {legend}
      </>
    );
  }

  return (
    <>
      {weakest}
      {sortField}
      <ScrollRegion labelledBy={`${id}-caption`}>
        <Table size="small">
          <caption id={`${id}-caption`} className={classes.caption}>
            {t('heatmap.caption')}
          </caption>
          <TableHead>
            <TableRow>
              {sortHeader('group', t('heatmap.group'))}
              {sortHeader('services', t('heatmap.services'))}
              {sortHeader('coverage', t('heatmap.coverage'))}
              {sortHeader('overall', t('heatmap.overall'))}
              {model.areas.map(area =>
                sortHeader(`area:${area.id}:mean`, area.title, {
                  // Sorting by the median level keeps the area's header marked.
                  active:
                    sort.key === `area:${area.id}:mean` ||
                    sort.key === `area:${area.id}:median`,
                }),
              )}
            </TableRow>
          </TableHead>
          <TableBody>
            <TableRow className={classes.organisation}>
              <TableCell
                component="th"
                scope="row"
                role="rowheader"
                className={classes.groupCell}
              >
                <Typography variant="subtitle2" component="span">
                  {t('heatmap.organisation')}
                </Typography>
              </TableCell>
              {cells(org, false)}
            </TableRow>
            {sorted.map(group => {
              const title = groupTitle(group);
              const canOpen = group.ref !== null;
              return (
                <TableRow
                  key={group.ref ?? ''}
                  hover={canOpen}
                  className={canOpen ? classes.clickable : undefined}
                  onClick={canOpen ? () => onOpen(group) : undefined}
                >
                  <TableCell
                    component="th"
                    scope="row"
                    role="rowheader"
                    className={classes.groupCell}
                    title={group.ref ?? undefined}
                  >
                    {canOpen ? (
                      <Link
                        component="button"
                        variant="body2"
                        className={classes.groupButton}
                        aria-label={t('heatmap.open', { group: title })}
                        onClick={(event: React.MouseEvent) => {
                          // The row handles the click too; open once.
                          event.stopPropagation();
                          onOpen(group);
                        }}
                      >
                        {title}
                      </Link>
                    ) : (
                      <Typography variant="body2">{title}</Typography>
                    )}
                  </TableCell>
                  {cells(group, true)}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </ScrollRegion>
      {legend}
    </>
  );
}

/** `group:default/fraud` becomes `fraud`, for a group without a title. */
function nameOf(ref: string): string {
  return ref.slice(ref.indexOf('/') + 1);
}
