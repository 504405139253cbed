import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Typography } from '@material-ui/core';
import BlockIcon from '@material-ui/icons/Block';
import CancelIcon from '@material-ui/icons/Cancel';
import CheckCircleIcon from '@material-ui/icons/CheckCircle';
import TimelapseIcon from '@material-ui/icons/Timelapse';
import type { CriterionResult } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';

/** A criterion's state as the scorecard shows it. */
export type CriterionMarkKind = 'met' | 'partial' | 'notMet' | 'notApplicable';

/** The mark of a criterion result: not applicable, met (credit 1), partial (credit above 0) or not met. */
export function criterionMarkKind(
  result: Pick<CriterionResult, 'applicable' | 'met' | 'credit'>,
): CriterionMarkKind {
  if (!result.applicable) return 'notApplicable';
  if (result.met) return 'met';
  return result.credit > 0 ? 'partial' : 'notMet';
}

const ICONS = {
  met: CheckCircleIcon,
  partial: TimelapseIcon,
  notMet: CancelIcon,
  notApplicable: BlockIcon,
};

const COLORS = {
  met: 'success',
  partial: 'warning',
  notMet: 'error',
  notApplicable: 'text',
} as const;

/**
 * A pass / partial / fail / not-applicable mark: an icon with the state in
 * words beside it, so the state never rests on colour alone.
 */
export function CriterionMark({ kind }: { kind: CriterionMarkKind }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const Icon = ICONS[kind];
  return (
    <Box
      component="span"
      display="inline-flex"
      alignItems="center"
      style={{ gap: 4, whiteSpace: 'nowrap' }}
      data-mark={kind}
    >
      <Box
        component="span"
        display="inline-flex"
        color={
          COLORS[kind] === 'text' ? 'text.secondary' : `${COLORS[kind]}.main`
        }
      >
        <Icon fontSize="small" aria-hidden focusable={false} />
      </Box>
      <Typography variant="body2" component="span">
        {t(`status.${kind}`)}
      </Typography>
    </Box>
  );
}
