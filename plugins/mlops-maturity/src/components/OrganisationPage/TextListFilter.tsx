import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { TextField } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import { mlopsMaturityTranslationRef } from '../../translation';

/**
 * A multiple choice of plain values (lifecycles, types) with suggestions;
 * any other value can be typed and added with Enter.
 */
export function TextListFilter({
  label,
  suggestions,
  value,
  onChange,
}: {
  label: string;
  suggestions: string[];
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <Autocomplete
      multiple
      freeSolo
      size="small"
      options={suggestions}
      value={value}
      noOptionsText={t('filters.noOptions')}
      onChange={(_event, next) =>
        onChange(
          next.map(v => v.trim().toLocaleLowerCase('en-US')).filter(Boolean),
        )
      }
      filterSelectedOptions
      style={{ minWidth: 180 }}
      renderInput={params => (
        <TextField {...params} variant="outlined" label={label} />
      )}
    />
  );
}
