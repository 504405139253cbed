import { Chip, makeStyles, Tooltip } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { Provenance } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';

const useStyles = makeStyles(theme => ({
  // White on the light theme's secondary colour is 4.18:1 (axe needs 4.5:1
  // at this size); its dark shade passes. The dark theme's colour passes as is.
  flagged:
    theme.palette.type === 'light'
      ? {
          backgroundColor: theme.palette.secondary.dark,
          color: theme.palette.secondary.contrastText,
        }
      : {},
}));

/**
 * Where a criterion's result comes from, with the meaning in a tooltip.
 * Conflicts and disputes stand out (they ask the team to check an answer); the rest stay
 * quiet so that they do not read as warnings.
 */
export function ProvenanceChip({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const classes = useStyles();
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
        className={flagged ? classes.flagged : undefined}
        label={t(`provenance.${provenance}`)}
      />
    </Tooltip>
  );
}
