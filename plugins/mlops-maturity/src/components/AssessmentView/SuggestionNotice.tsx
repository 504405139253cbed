import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box } from '@material-ui/core';
import { Alert, AlertTitle } from '@material-ui/lab';
import type { EvidenceItem } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * Marks an answer pre-filled from catalog evidence, with what was found. The
 * wording asks for confirmation: a linked tool is not proof of a practice.
 */
export function SuggestionNotice({ items }: { items: EvidenceItem[] }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Box my={1}>
      <Alert severity="info" variant="outlined">
        <AlertTitle>{t('question.suggested')}</AlertTitle>
        {t('question.suggestedHelp')}
        {items.length > 0 && (
          <Box component="ul" m={0} pl={2}>
            {items.map(item => (
              <li key={`${item.source}:${item.label}`}>{item.label}</li>
            ))}
          </Box>
        )}
      </Alert>
    </Box>
  );
}
