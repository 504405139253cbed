import { EmptyState, InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button, Grid, Typography } from '@material-ui/core';
import { mlopsMaturityApiRef } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { useMaturityModel } from '../../hooks/useMaturityModel';
import { mlopsMaturityTranslationRef } from '../../translation';
import { CampaignsPanel } from '../Campaigns';
import { LoadError } from '../common/LoadError';
import { CoverageSummary } from './CoverageSummary';
import { GroupDetailsDialog } from './GroupDetailsDialog';
import { MaturityHeatmap } from './MaturityHeatmap';
import { groupingRequest } from './organisationParams';
import { OrganisationToolbar } from './OrganisationToolbar';
import { ServicesTable } from './ServicesTable';
import { TrendsPanel } from './TrendsPanel';
import { useOrganisationParams } from './useOrganisationParams';

const HEATMAP_TITLES = {
  team: 'heatmap.titleTeam',
  department: 'heatmap.titleDepartment',
  domain: 'heatmap.titleDomain',
  system: 'heatmap.titleSystem',
} as const;

/**
 * The organisation page's body: controls, heatmap, trend, services and the
 * open group's details, all driven by the URL's query string. Figures and
 * levels come from the backend's aggregates; the page never loads every
 * service.
 */
export function OrganisationContent() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const { formatDateTime } = useFormatters();
  const [params, update] = useOrganisationParams();
  const { grouping, filters } = params;
  // The provisional switch is not a filter: clearing the filters keeps it.
  const { includeProvisional, ...selecting } = filters;
  const filterKey = JSON.stringify(filters);
  const model = useMaturityModel();
  const overview = useLoader(
    () => api.getOverview({ ...groupingRequest(grouping), filters }),
    [api, grouping, filterKey],
  );

  const toolbar = <OrganisationToolbar params={params} onChange={update} />;
  const error = overview.error ?? model.error;
  if (error) {
    return (
      <>
        {toolbar}
        <LoadError
          error={error}
          onRetry={error === overview.error ? overview.retry : model.retry}
          noPermission={{
            title: t('organisation.noPermissionTitle'),
            description: t('organisation.noPermission'),
          }}
        />
      </>
    );
  }
  if (!overview.value || !model.value) {
    return (
      <>
        {toolbar}
        <Progress />
      </>
    );
  }
  if (overview.value.organisation.services === 0) {
    return (
      <>
        {toolbar}
        <EmptyState
          missing="data"
          title={t('organisation.emptyTitle')}
          description={t('organisation.emptyBody')}
          action={
            Object.keys(selecting).length > 0 ? (
              <Button
                variant="contained"
                color="primary"
                onClick={() =>
                  update({
                    filters: includeProvisional ? { includeProvisional } : {},
                  })
                }
              >
                {t('filters.clear')}
              </Button>
            ) : undefined
          }
        />
      </>
    );
  }

  const open = overview.value.groups.find(g => g.ref === params.group);
  // The services list shows owners by the titles the overview already holds.
  const refTitles = new Map(
    overview.value.groups.flatMap(g =>
      g.ref && g.title ? [[g.ref, g.title] as const] : [],
    ),
  );
  const { refreshedAt } = overview.value;
  return (
    <>
      {toolbar}
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <InfoCard
            title={t(HEATMAP_TITLES[grouping])}
            subheader={t('heatmap.description')}
          >
            <Box mb={2}>
              <CoverageSummary summary={overview.value.organisation} />
            </Box>
            <MaturityHeatmap
              model={model.value}
              overview={overview.value}
              grouping={grouping}
              onOpen={group => update({ group: group.ref ?? undefined })}
            />
            {refreshedAt && (
              <Typography variant="caption" color="textSecondary">
                {t('organisation.refreshedAt', {
                  when: formatDateTime(refreshedAt),
                })}
              </Typography>
            )}
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <CampaignsPanel model={model.value} />
        </Grid>
        <Grid item xs={12}>
          <TrendsPanel
            model={model.value}
            filters={filters}
            months={params.months}
            onMonthsChange={months => update({ months })}
          />
        </Grid>
        <Grid item xs={12}>
          <InfoCard title={t('services.title')}>
            <ServicesTable
              model={model.value}
              filters={filters}
              state={params}
              onChange={update}
              refTitles={refTitles}
            />
          </InfoCard>
        </Grid>
      </Grid>
      {params.group && (
        <GroupDetailsDialog
          model={model.value}
          grouping={grouping}
          groupRef={params.group}
          title={
            open?.title || params.group.slice(params.group.indexOf('/') + 1)
          }
          filters={filters}
          summary={open}
          onClose={() => update({ group: undefined })}
        />
      )}
    </>
  );
}
