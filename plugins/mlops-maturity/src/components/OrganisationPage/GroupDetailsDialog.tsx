import { useState } from 'react';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Dialog,
  DialogContent,
  DialogTitle,
  IconButton,
  Typography,
} from '@material-ui/core';
import Close from '@material-ui/icons/Close';
import type { OverviewSummary } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel, OverviewFilters } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { CoverageSummary } from './CoverageSummary';
import { groupFilterKey, Grouping, PAGE_SIZES } from './organisationParams';
import { ServicesTable, ServicesTableState } from './ServicesTable';
import { TeamReportView } from './TeamReportView';

/**
 * The details of one group of the heatmap: its coverage, for teams and
 * departments the team report (where to invest, action plan), then the group's services
 * within the page's filters.
 */
export function GroupDetailsDialog({
  model,
  grouping,
  groupRef,
  title,
  filters,
  summary,
  onClose,
}: {
  model: LocalizedMaturityModel;
  grouping: Grouping;
  groupRef: string;
  title: string;
  filters: OverviewFilters;
  /** The group's figures from the overview, for its coverage; absent when the overview has no such group. */
  summary?: OverviewSummary;
  onClose: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [table, setTable] = useState<ServicesTableState>({
    sort: 'name',
    order: 'asc',
    page: 1,
    pageSize: PAGE_SIZES[0],
  });
  const isOwner = groupFilterKey(grouping) === 'owner';
  const groupFilters = { ...filters, [groupFilterKey(grouping)]: [groupRef] };

  return (
    <Dialog
      open
      onClose={onClose}
      fullWidth
      maxWidth="lg"
      aria-labelledby="mlops-maturity-group-title"
    >
      <DialogTitle id="mlops-maturity-group-title" disableTypography>
        <Box display="flex" alignItems="center" justifyContent="space-between">
          <Typography variant="h5" component="h2">
            {title}
          </Typography>
          <IconButton aria-label={t('drillDown.close')} onClick={onClose}>
            <Close />
          </IconButton>
        </Box>
      </DialogTitle>
      <DialogContent dividers>
        {summary && (
          <Box mb={2}>
            <CoverageSummary summary={summary} />
          </Box>
        )}
        {isOwner ? (
          <TeamReportView
            groupRef={groupRef}
            includeProvisional={filters.includeProvisional === true}
          />
        ) : (
          <Typography variant="body2" color="textSecondary">
            {t('drillDown.noReport')}
          </Typography>
        )}
        <Box mt={4}>
          <Typography variant="h6" component="h3" gutterBottom>
            {t('drillDown.services', { group: title })}
          </Typography>
          <ServicesTable
            model={model}
            filters={groupFilters}
            state={table}
            onChange={change =>
              setTable(current => ({
                ...current,
                ...change,
                page:
                  change.page ??
                  (change.sort || change.order || change.pageSize
                    ? 1
                    : current.page),
              }))
            }
          />
        </Box>
      </DialogContent>
    </Dialog>
  );
}
