import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { MenuItem, TextField, Typography } from '@material-ui/core';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import type { OverviewFilters } from '../../api';
import { useLoader } from '../../hooks/useLoader';
import { useUniqueId } from '../../hooks/useUniqueId';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LoadError } from '../common/LoadError';
import { MaturityTrendChart } from './MaturityTrendChart';
import { TREND_MONTHS } from './organisationParams';

/** The trend chart of the filtered services, with its period. */
export function TrendsPanel({
  model,
  filters,
  months,
  onMonthsChange,
}: {
  model: LocalizedMaturityModel;
  filters: OverviewFilters;
  months: number;
  onMonthsChange: (months: number) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const id = useUniqueId('trends');
  const key = JSON.stringify(filters);
  const trends = useLoader(
    () => api.getOverviewTrends({ filters, months }),
    [api, key, months],
  );

  let body;
  if (trends.error) {
    body = <LoadError error={trends.error} onRetry={trends.retry} />;
  } else if (!trends.value) {
    body = <Progress />;
  } else if (trends.value.services === 0) {
    body = (
      <Typography variant="body2" color="textSecondary">
        {t('trends.empty')}
      </Typography>
    );
  } else {
    const current = trends.value.months[trends.value.months.length - 1];
    body = (
      <>
        <MaturityTrendChart model={model} trends={trends.value} />
        {current && current.provisional > 0 && (
          <Typography variant="caption" color="textSecondary">
            {t('coverage.trendCurrent', { count: current.provisional })}
          </Typography>
        )}
      </>
    );
  }

  return (
    <InfoCard
      title={t('trends.title')}
      action={
        <TextField
          select
          size="small"
          variant="outlined"
          id={`${id}-period`}
          label={t('trends.period')}
          value={months}
          onChange={e => onMonthsChange(Number(e.target.value))}
          style={{ minWidth: 160, marginTop: 8 }}
        >
          {TREND_MONTHS.map(n => (
            <MenuItem key={n} value={n}>
              {t('trends.months', { count: n })}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      {body}
    </InfoCard>
  );
}
