import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Typography } from '@material-ui/core';
import type { OverviewSummary } from '@mlops-maturity/plugin-mlops-maturity-common';
import { useFormatters } from '../../hooks/useFormatters';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * The coverage of a set of services (a group, or the organisation) as the
 * backend counted it: assessed of in scope, stale, reviewed, provisional, and which
 * services the figures beside it count.
 */
export function CoverageSummary({
  summary,
}: {
  summary: Pick<OverviewSummary, 'coverage' | 'covers'>;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatPercent } = useFormatters();
  const { inScope, assessed, stale, provisional, reviewed } = summary.coverage;
  const parts = [
    t('coverage.assessed', {
      assessed: String(assessed),
      count: inScope,
      share: formatPercent(inScope ? assessed / inScope : 0),
    }),
    ...(stale > 0 ? [t('coverage.stale', { count: stale })] : []),
    // Reviewed coverage: the share of the assessed services an assessor reviewed.
    ...(assessed > 0
      ? [
          t('coverage.reviewed', {
            reviewed: String(reviewed),
            assessed: String(assessed),
            share: formatPercent(reviewed / assessed),
          }),
        ]
      : []),
    ...(provisional > 0
      ? [t('coverage.provisional', { count: provisional })]
      : []),
  ];
  return (
    <Typography
      variant="body2"
      color="textSecondary"
      data-testid="mlops-maturity-coverage"
    >
      {parts.join(' · ')}.{' '}
      {summary.covers === 'assessed+provisional'
        ? t('coverage.coversProvisional')
        : t('coverage.coversAssessed')}
    </Typography>
  );
}
