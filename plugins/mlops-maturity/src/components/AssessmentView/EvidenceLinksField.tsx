import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  FormHelperText,
  IconButton,
  TextField,
} from '@material-ui/core';
import DeleteOutline from '@material-ui/icons/DeleteOutline';
import { ANSWER_MAX_EVIDENCE_LINKS } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';

/** The evidence links of one answer: one field to start with, more on request. */
export function EvidenceLinksField({
  criterionId,
  links,
  badLinks,
  tooManyMessage,
  disabled,
  onChange,
}: {
  criterionId: string;
  links: string[];
  badLinks: number[];
  /** Shown when there are more links than the backend accepts. */
  tooManyMessage?: string;
  disabled: boolean;
  onChange: (links: string[]) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const shown = links.length ? links : [''];
  return (
    <Box>
      {shown.map((link, index) => {
        const label = t('question.evidenceLink', { index: String(index + 1) });
        const bad = badLinks.includes(index);
        return (
          <Box key={index} display="flex" alignItems="flex-start">
            <TextField
              id={`link-${criterionId}-${index}`}
              label={label}
              type="url"
              value={link}
              disabled={disabled}
              error={bad}
              helperText={bad ? t('question.linkInvalid') : undefined}
              onChange={e => {
                const next = [...shown];
                next[index] = e.target.value;
                onChange(next);
              }}
              fullWidth
              margin="dense"
              variant="outlined"
              size="small"
            />
            {shown.length > 1 && !disabled && (
              <IconButton
                aria-label={t('question.removeLink', {
                  index: String(index + 1),
                })}
                onClick={() => onChange(shown.filter((_, i) => i !== index))}
              >
                <DeleteOutline />
              </IconButton>
            )}
          </Box>
        );
      })}
      {tooManyMessage && (
        <FormHelperText error>{tooManyMessage}</FormHelperText>
      )}
      {!disabled && shown.length < ANSWER_MAX_EVIDENCE_LINKS && (
        <Button size="small" onClick={() => onChange([...shown, ''])}>
          {t('question.addLink')}
        </Button>
      )}
    </Box>
  );
}
