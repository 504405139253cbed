import { Link } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { useEntityRefLink } from '@backstage/plugin-catalog-react';
import {
  Box,
  Chip,
  LinearProgress,
  makeStyles,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  TextField,
  Typography,
} from '@material-ui/core';
import type { OverviewEntityRow } from '@mlops-maturity/plugin-mlops-maturity-common';
import {
  LocalizedMaturityModel,
  mlopsMaturityApiRef,
  OverviewFilters,
  OverviewSortKey,
} from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { useUniqueId } from '../../hooks/useUniqueId';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelChip } from '../common/LevelChip';
import { areaLevelInfo, overallLevelInfo } from '../common/levels';
import { LoadError } from '../common/LoadError';
import { PAGE_SIZES } from './organisationParams';
import { ScrollRegion } from './ScrollRegion';
import { headerWrap } from './tableStyles';

const useStyles = makeStyles(theme => ({
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(1),
  },
  head: headerWrap,
  nowrap: { whiteSpace: 'nowrap' },
  score: { display: 'block', marginTop: 2 },
  // The pagination's controls wrap on a phone instead of widening the page.
  paginationToolbar: { flexWrap: 'wrap', paddingLeft: 0 },
  paginationSpacer: { display: 'none' },
}));

/** What the services list shows; the caller keeps it (in the URL or in state). */
export interface ServicesTableState {
  sort: OverviewSortKey;
  order: 'asc' | 'desc';
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** `group:default/fraud` becomes `fraud`: what a ref without a known title shows. */
export function refName(ref: string): string {
  return ref.slice(ref.indexOf('/') + 1);
}

/**
 * One page of the filtered services, paginated and sorted by the backend:
 * the browser only ever holds the rows on screen. Sort by a column header
 * or, for any key including area scores, with "Sort by". Owners show by
 * their title from `refTitles` (the overview's group titles), else by the
 * ref's name, with the full ref on hover.
 */
export function ServicesTable({
  model,
  filters,
  state,
  onChange,
  refTitles,
}: {
  model: LocalizedMaturityModel;
  filters: OverviewFilters;
  state: ServicesTableState;
  onChange: (change: Partial<ServicesTableState>) => void;
  /** Titles of owners (and systems, domains) by entity ref, where known. */
  refTitles?: ReadonlyMap<string, string>;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const entityLink = useEntityRefLink();
  const id = useUniqueId('services');
  const { formatDate, formatNumber } = useFormatters();
  const titleOf = (ref: string) => refTitles?.get(ref) || refName(ref);
  const { sort, order, page, pageSize } = state;
  const request = {
    filters,
    sort,
    order,
    offset: (page - 1) * pageSize,
    limit: pageSize,
  };
  const rows = useLoader(
    () => api.getOverviewEntities(request),
    [api, JSON.stringify(request)],
  );

  const sortKeys: Array<{ key: OverviewSortKey; label: string }> = [
    { key: 'name', label: t('services.service') },
    { key: 'owner', label: t('services.owner') },
    { key: 'overall', label: t('services.overall') },
    ...model.areas.flatMap(area => [
      {
        key: `area:${area.id}:level` as OverviewSortKey,
        label: t('services.areaLevel', { area: area.title }),
      },
      {
        key: `area:${area.id}:score` as OverviewSortKey,
        label: t('services.areaScore', { area: area.title }),
      },
    ]),
    { key: 'assessedAt', label: t('services.assessedAt') },
  ];

  const sortHeader = (key: OverviewSortKey, label: string) => (
    <TableCell
      sortDirection={sort === key ? order : false}
      className={classes.head}
    >
      <TableSortLabel
        active={sort === key}
        direction={sort === key ? order : 'asc'}
        onClick={() =>
          onChange({
            sort: key,
            order: sort === key && order === 'asc' ? 'desc' : 'asc',
          })
        }
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );

  const areaCell = (row: OverviewEntityRow, areaId: string) => {
    const result = row.areas[areaId];
    const level = areaLevelInfo(model, result?.levelId ?? null);
    return (
      <TableCell key={areaId}>
        <LevelChip
          title={level.title}
          tone={level.tone}
          provisional={row.status === 'provisional'}
        />
        {result?.score !== null && result?.score !== undefined && (
          <Typography
            variant="caption"
            color="textSecondary"
            className={classes.score}
          >
            {t('common.score', { score: formatNumber(result.score) })}
          </Typography>
        )}
      </TableCell>
    );
  };

  const value = rows.value;
  return (
    <>
      <div className={classes.toolbar}>
        <TextField
          select
          size="small"
          variant="outlined"
          id={`${id}-sort`}
          label={t('services.sortBy')}
          value={sortKeys.some(k => k.key === sort) ? sort : 'name'}
          onChange={e => onChange({ sort: e.target.value as OverviewSortKey })}
          style={{ minWidth: 220, maxWidth: '100%' }}
        >
          {sortKeys.map(k => (
            <MenuItem key={k.key} value={k.key}>
              {k.label}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          select
          size="small"
          variant="outlined"
          id={`${id}-order`}
          label={t('services.order')}
          value={order}
          onChange={e => onChange({ order: e.target.value as 'asc' | 'desc' })}
          style={{ minWidth: 140 }}
        >
          <MenuItem value="asc">{t('services.asc')}</MenuItem>
          <MenuItem value="desc">{t('services.desc')}</MenuItem>
        </TextField>
      </div>
      {rows.error && <LoadError error={rows.error} onRetry={rows.retry} />}
      {rows.loading && <LinearProgress aria-label={t('filters.loading')} />}
      {value && value.total === 0 && (
        <Box py={2}>
          <Typography variant="body2" color="textSecondary">
            {t('services.empty')}
          </Typography>
        </Box>
      )}
      {value && value.total > 0 && (
        <>
          <ScrollRegion label={t('services.region')}>
            <Table size="small" aria-busy={rows.loading}>
              <TableHead>
                <TableRow>
                  {sortHeader('name', t('services.service'))}
                  {sortHeader('owner', t('services.owner'))}
                  {sortHeader('overall', t('services.overall'))}
                  {model.areas.map(area => (
                    <TableCell
                      key={area.id}
                      className={classes.head}
                      sortDirection={
                        sort === `area:${area.id}:level` ? order : false
                      }
                    >
                      <TableSortLabel
                        active={
                          sort === `area:${area.id}:level` ||
                          sort === `area:${area.id}:score`
                        }
                        direction={
                          sort.startsWith(`area:${area.id}:`) ? order : 'asc'
                        }
                        onClick={() => {
                          const key: OverviewSortKey = `area:${area.id}:level`;
                          onChange({
                            sort: key,
                            order:
                              sort === key && order === 'asc' ? 'desc' : 'asc',
                          });
                        }}
                      >
                        {area.title}
                      </TableSortLabel>
                    </TableCell>
                  ))}
                  {sortHeader('assessedAt', t('services.assessedAt'))}
                </TableRow>
              </TableHead>
              <TableBody>
                {value.items.map(row => {
                  const overall = overallLevelInfo(model, row.overallLevelId);
                  return (
                    <TableRow key={row.entityRef}>
                      <TableCell component="th" scope="row" role="rowheader">
                        <Link to={entityLink(row.entityRef)}>
                          {row.title ?? row.name}
                        </Link>
                      </TableCell>
                      <TableCell>
                        {row.ownerRef ? (
                          <Link
                            to={entityLink(row.ownerRef)}
                            title={row.ownerRef}
                          >
                            {titleOf(row.ownerRef)}
                          </Link>
                        ) : (
                          '–'
                        )}
                      </TableCell>
                      <TableCell>
                        <LevelChip
                          title={overall.title}
                          tone={overall.tone}
                          provisional={row.status === 'provisional'}
                        />
                      </TableCell>
                      {model.areas.map(area => areaCell(row, area.id))}
                      <TableCell className={classes.nowrap}>
                        {row.assessedAt
                          ? formatDate(row.assessedAt)
                          : t('services.never')}
                        {row.stale && (
                          <Box mt={0.5}>
                            <Chip
                              size="small"
                              variant="outlined"
                              label={t('services.stale')}
                            />
                          </Box>
                        )}
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </ScrollRegion>
          <TablePagination
            component="div"
            classes={{
              toolbar: classes.paginationToolbar,
              spacer: classes.paginationSpacer,
            }}
            count={value.total}
            page={Math.min(
              page - 1,
              Math.max(0, Math.ceil(value.total / pageSize) - 1),
            )}
            rowsPerPage={pageSize}
            rowsPerPageOptions={PAGE_SIZES}
            onPageChange={(_event, next) => onChange({ page: next + 1 })}
            onRowsPerPageChange={e =>
              onChange({ pageSize: Number(e.target.value), page: 1 })
            }
            labelRowsPerPage={t('services.rowsPerPage')}
            labelDisplayedRows={({ from, to, count }) =>
              t('services.displayedRows', {
                from: String(from),
                to: String(to),
                total: String(count),
              })
            }
          />
        </>
      )}
    </>
  );
}
