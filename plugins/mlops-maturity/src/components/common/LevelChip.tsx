import { Chip, makeStyles, Theme } from '@material-ui/core';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { mlopsMaturityTranslationRef } from '../../translation';
import type { LevelTone } from './levels';

function toneColor(theme: Theme, tone: LevelTone): string {
  switch (tone) {
    case 'high':
      return theme.palette.success.main;
    case 'middle':
      return theme.palette.info.main;
    case 'low':
      return theme.palette.warning.main;
    default:
      return theme.palette.text.disabled;
  }
}

const useStyles = makeStyles<Theme, { tone: LevelTone }>(theme => ({
  chip: {
    borderColor: ({ tone }) => toneColor(theme, tone),
    borderWidth: 2,
    color: theme.palette.text.primary,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
}));

/** Props of {@link LevelChip}. */
export interface LevelChipProps {
  /** The level's title; undefined = not assessed. */
  title?: string;
  tone: LevelTone;
  size?: 'small' | 'medium';
}

/**
 * A level as an outlined chip. The colour only reinforces the text label, so
 * the level reads the same without colour and in either theme.
 */
export function LevelChip({ title, tone, size = 'small' }: LevelChipProps) {
  const classes = useStyles({ tone });
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const label = title ?? t('common.notAssessed');
  return (
    <Chip
      className={classes.chip}
      variant="outlined"
      size={size}
      label={label}
    />
  );
}
