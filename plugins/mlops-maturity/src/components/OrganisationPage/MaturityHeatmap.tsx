import {
  Link,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
  useTheme,
} from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type {
  OverviewGroup,
  OverviewResponse,
  OverviewSummary,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelDistribution } from '../common/LevelDistribution';
import { ladderColor, ladderTint } from '../common/levelColors';
import { areaLevelInfo, overallLevelInfo } from '../common/levels';
import { visuallyHidden } from '../common/visuallyHidden';
import { HeatCell } from './HeatCell';
import type { Grouping } from './organisationParams';

const useStyles = makeStyles(theme => ({
  scroller: { overflowX: 'auto' },
  caption: visuallyHidden,
  organisation: {
    '& > *': { borderBottom: `2px solid ${theme.palette.divider}` },
  },
  clickable: { cursor: 'pointer' },
  groupCell: { minWidth: 160, verticalAlign: 'top' },
  groupButton: { textAlign: 'left' },
  servicesCell: { whiteSpace: 'nowrap', verticalAlign: 'top' },
  overallCell: { minWidth: 180, verticalAlign: 'top' },
}));

/**
 * Groups x areas: each cell is the median level of the group's services in
 * that area, tinted on the level ladder and labelled with the level's
 * title, with the mean score. The first row is the whole organisation; an
 * arrow marks a median below it. Selecting a group opens its details.
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
  const theme = useTheme();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatNumber } = useFormatters();
  const org = overview.organisation;
  const orgOverall = overallLevelInfo(model, org.medianOverallLevelId).index;
  const orgAreas = new Map(
    org.areas.map(a => [a.areaId, areaLevelInfo(model, a.medianLevelId).index]),
  );

  const groupTitle = (group: OverviewGroup) => {
    if (group.ref !== null) return group.title;
    return grouping === 'system'
      ? t('heatmap.noSystem')
      : t('heatmap.noDomain');
  };

  const cells = (summary: OverviewSummary, compare: boolean) => {
    const overall = overallLevelInfo(model, summary.medianOverallLevelId);
    return (
      <>
        <TableCell className={classes.servicesCell}>
          <Typography variant="body2">{summary.services}</Typography>
          <Typography variant="caption" color="textSecondary" display="block">
            {t('heatmap.assessedOf', {
              assessed: String(summary.assessed),
              services: String(summary.services),
            })}
          </Typography>
          {summary.stale > 0 && (
            <Typography variant="caption" color="textSecondary" display="block">
              {t('heatmap.stale', { count: summary.stale })}
            </Typography>
          )}
        </TableCell>
        <HeatCell
          title={overall.title ?? t('common.notAssessed')}
          color={ladderColor(theme, overall.index, model.overallLevels.length)}
          tint={ladderTint(theme, overall.index, model.overallLevels.length)}
          below={compare && overall.index >= 0 && overall.index < orgOverall}
        />
        <TableCell className={classes.overallCell}>
          <LevelDistribution model={model} distribution={summary.overall} />
        </TableCell>
        {model.areas.map(area => {
          const result = summary.areas.find(a => a.areaId === area.id);
          const level = areaLevelInfo(model, result?.medianLevelId ?? null);
          const orgIndex = orgAreas.get(area.id) ?? -1;
          return (
            <HeatCell
              key={area.id}
              title={level.title ?? t('common.notAssessed')}
              color={ladderColor(theme, level.index, model.levels.length)}
              tint={ladderTint(theme, level.index, model.levels.length)}
              mean={
                result?.meanScore === null || result?.meanScore === undefined
                  ? undefined
                  : t('heatmap.mean', {
                      score: formatNumber(result.meanScore),
                    })
              }
              below={compare && level.index >= 0 && level.index < orgIndex}
            />
          );
        })}
      </>
    );
  };

  return (
    <div className={classes.scroller}>
      <Table size="small">
        <caption className={classes.caption}>{t('heatmap.caption')}</caption>
        <TableHead>
          <TableRow>
            <TableCell>{t('heatmap.group')}</TableCell>
            <TableCell>{t('heatmap.services')}</TableCell>
            <TableCell colSpan={2}>{t('heatmap.overall')}</TableCell>
            {model.areas.map(area => (
              <TableCell key={area.id}>{area.title}</TableCell>
            ))}
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
          {overview.groups.map(group => {
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
      {overview.groups.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {t('heatmap.noGroups')}
        </Typography>
      )}
    </div>
  );
}
