import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { FormControlLabel, Radio, RadioGroup } from '@material-ui/core';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';

type Criterion = LocalizedMaturityModel['areas'][number]['criteria'][number];

/**
 * The control for one answer type: yes/no, the practice scale (none, manual,
 * automated) or the criterion's own options, all as radio groups so that the
 * choices are visible at once and usable with the arrow keys.
 */
export function AnswerControl({
  criterion,
  value,
  labelledBy,
  disabled,
  onChange,
}: {
  criterion: Criterion;
  value: string | undefined;
  /** Id of the element holding the question, which names the group. */
  labelledBy: string;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  let choices: { value: string; label: string }[];
  switch (criterion.answerType) {
    case 'yes-no':
      choices = [
        { value: 'yes', label: t('answers.yes') },
        { value: 'no', label: t('answers.no') },
      ];
      break;
    case 'practice-scale':
      choices = [
        { value: 'none', label: t('answers.none') },
        { value: 'manual', label: t('answers.manual') },
        { value: 'automated', label: t('answers.automated') },
      ];
      break;
    default:
      choices = (criterion.options ?? []).map(o => ({
        value: o.id,
        label: o.label,
      }));
  }
  return (
    <RadioGroup
      aria-labelledby={labelledBy}
      name={`answer-${criterion.id}`}
      value={value ?? ''}
      onChange={(_e, next) => onChange(next)}
      row={criterion.answerType !== 'multiple-choice'}
    >
      {choices.map(choice => (
        <FormControlLabel
          key={choice.value}
          value={choice.value}
          control={<Radio color="primary" />}
          label={choice.label}
          disabled={disabled}
        />
      ))}
    </RadioGroup>
  );
}
