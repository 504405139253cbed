import { Chip, Tooltip } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Provenance } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * Where a criterion's result comes from, with the meaning in a tooltip.
 * Conflicts and disputes stand out (they ask the team to check an answer); the rest stay
 * quiet so that they do not read as warnings.
 */
export function ProvenanceChip({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  // A dispute asks the team to act, as a conflict does.
  const flagged = provenance === 'conflict' || provenance === 'disputed';
  return (
    <Tooltip title={t(`provenanceHelp.${provenance}`)}>
      <Chip
        // Focusable, so that keyboard users can reach the explanation too.
        tabIndex={0}
        size="small"
        variant={flagged ? 'default' : 'outlined'}
        color={flagged ? 'secondary' : 'default'}
        label={t(`provenance.${provenance}`)}
      />
    </Tooltip>
  );
}
