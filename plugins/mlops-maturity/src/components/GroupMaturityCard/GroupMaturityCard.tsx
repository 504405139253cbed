import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Divider, Grid, makeStyles, Typography } from '@material-ui/core';
import { mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { useMaturityModel } from '../../hooks/useMaturityModel';
import { mlopsMaturityTranslationRef } from '../../translation';
import { CoverageSummary } from '../OrganisationPage/CoverageSummary';
import { LevelChip } from '../common/LevelChip';
import { LevelDistribution } from '../common/LevelDistribution';
import { areaLevelInfo, findArea } from '../common/levels';
import { LoadError } from '../common/LoadError';
import { useOrganisationLink } from './useOrganisationLink';

const useStyles = makeStyles(theme => ({
  figure: { fontVariantNumeric: 'tabular-nums' },
  areas: { listStyle: 'none', margin: 0, padding: 0 },
  area: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    padding: theme.spacing(0.5, 0),
  },
}));

/**
 * A Group's card: the maturity of the ML services it and its sub-groups own
 * (how many, assessed share, out of date, overall levels, median level per
 * area), from the backend's organisation figures, with a link to the
 * organisation page filtered to the group.
 * @public
 */
export function GroupMaturityCard() {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const { formatPercent } = useFormatters();
  const groupRef = useEntityRefString();
  const link = useOrganisationLink(groupRef);
  const model = useMaturityModel();
  const overview = useLoader(
    () => api.getOverview({ groupBy: 'owner', filters: { owner: [groupRef] } }),
    [api, groupRef],
  );

  let body;
  const error = overview.error ?? model.error;
  if (error) {
    body = (
      <LoadError
        error={error}
        onRetry={error === overview.error ? overview.retry : model.retry}
        noPermission={{
          title: t('organisation.noPermissionTitle'),
          description: t('organisation.noPermission'),
        }}
      />
    );
  } else if (!overview.value || !model.value) {
    body = <Progress />;
  } else if (overview.value.organisation.services === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {t('groupCard.empty')}
      </Typography>
    );
  } else {
    const summary = overview.value.organisation;
    const figure = (label: string, value: string) => (
      <Grid item xs={4}>
        <Typography variant="overline" component="p">
          {label}
        </Typography>
        <Typography variant="h6" component="p" className={classes.figure}>
          {value}
        </Typography>
      </Grid>
    );
    body = (
      <>
        <Grid container spacing={2}>
          {figure(t('groupCard.services'), String(summary.services))}
          {figure(
            t('groupCard.assessed'),
            t('groupCard.assessedValue', {
              assessed: String(summary.assessed),
              services: String(summary.services),
              share: formatPercent(summary.assessedShare),
            }),
          )}
          {figure(t('groupCard.stale'), String(summary.stale))}
        </Grid>
        <Box mt={1}>
          <CoverageSummary summary={summary} />
        </Box>
        <Box my={2}>
          <Typography variant="overline" component="p">
            {t('groupCard.overall')}
          </Typography>
          <LevelDistribution
            model={model.value}
            distribution={summary.overall}
          />
        </Box>
        <Divider />
        <Box mt={2}>
          <Typography variant="overline" component="p">
            {t('groupCard.areas')}
          </Typography>
          <ul className={classes.areas}>
            {summary.areas.map(area => {
              const level = areaLevelInfo(model.value!, area.medianLevelId);
              return (
                <li key={area.areaId} className={classes.area}>
                  <Typography variant="body2">
                    {findArea(model.value!, area.areaId)?.title ?? area.areaId}
                  </Typography>
                  <LevelChip title={level.title} tone={level.tone} />
                </li>
              );
            })}
          </ul>
        </Box>
      </>
    );
  }

  return (
    <InfoCard
      title={t('common.title')}
      deepLink={link ? { title: t('groupCard.open'), link } : undefined}
    >
      {body}
    </InfoCard>
  );
}
