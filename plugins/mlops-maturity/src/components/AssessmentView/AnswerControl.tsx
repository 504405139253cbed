import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { FormControlLabel, Radio, RadioGroup } from '@material-ui/core';
import {
  ANSWER_TYPE_DEFINITIONS,
  answerChoices,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';

type Criterion = LocalizedMaturityModel['areas'][number]['criteria'][number];

/**
 * The control for one criterion: the choices its answer type allows (yes/no,
 * the practice scale, or the criterion's own options), all as radio groups so
 * that the choices are visible at once and usable with the arrow keys.
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
  // The choices are the shared definition's; only the words are the UI's.
  const choices = answerChoices(criterion).map(choice => ({
    value: choice.value,
    label:
      choice.kind === 'fixed' ? t(`answers.${choice.value}`) : choice.label,
  }));
  return (
    <RadioGroup
      aria-labelledby={labelledBy}
      name={`answer-${criterion.id}`}
      value={value ?? ''}
      onChange={(_e, next) => onChange(next)}
      // The fixed choices are a few words each; options can be sentences.
      row={!ANSWER_TYPE_DEFINITIONS[criterion.answerType].usesOptions}
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
