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

const useStyles = makeStyles<Theme, { tone: LevelTone; provisional: boolean }>(
  theme => ({
    chip: {
      borderColor: ({ tone }) => toneColor(theme, tone),
      borderWidth: 2,
      borderStyle: ({ provisional }) => (provisional ? 'dashed' : 'solid'),
      color: theme.palette.text.primary,
      fontWeight: theme.typography.fontWeightMedium as number,
    },
  }),
);

/** Props of {@link LevelChip}. */
export interface LevelChipProps {
  /** The level's title; undefined = not assessed. */
  title?: string;
  tone: LevelTone;
  size?: 'small' | 'medium';
  /** A level from the catalog only (no submission): labelled provisional, dashed. */
  provisional?: boolean;
}

/**
 * A level as an outlined chip. The colour only reinforces the text label, so
 * the level reads the same without colour and in either theme; a
 * provisional level says so in its label.
 */
export function LevelChip({
  title,
  tone,
  size = 'small',
  provisional = false,
}: LevelChipProps) {
  const classes = useStyles({ tone, provisional });
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  let label = title ?? t('common.notAssessed');
  if (title && provisional) {
    label = t('coverage.provisionalLevel', { level: title });
  }
  return (
    <Chip
      className={classes.chip}
      variant="outlined"
      size={size}
      label={label}
    />
  );
}
