import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { ButtonBase, makeStyles, Typography } from '@material-ui/core';
import ErrorOutline from '@material-ui/icons/ErrorOutline';
import CheckCircleOutline from '@material-ui/icons/CheckCircleOutline';
import type { LocalizedMaturityModel } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import type { AreaProgress } from './questionnaireGuide';

const useStyles = makeStyles(theme => ({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gap: theme.spacing(1),
    // Two columns on phones and tablets, one beside the questions on wide screens.
    gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))',
    [theme.breakpoints.up('md')]: { gridTemplateColumns: '1fr' },
  },
  item: {
    width: '100%',
    height: '100%',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    textAlign: 'left',
    padding: theme.spacing(1, 1.5),
    borderRadius: theme.shape.borderRadius,
    border: `1px solid ${theme.palette.divider}`,
    borderLeft: `4px solid ${theme.palette.divider}`,
    '&:hover': { background: theme.palette.action.hover },
    '&.Mui-focusVisible': {
      outline: `2px solid ${theme.palette.primary.main}`,
      outlineOffset: 2,
    },
  },
  current: {
    borderLeftColor: theme.palette.primary.main,
    background: theme.palette.action.selected,
  },
  status: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: theme.spacing(1),
  },
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    // The darker red keeps the contrast on the grey page background.
    color:
      theme.palette.type === 'dark'
        ? theme.palette.error.light
        : theme.palette.error.dark,
    fontWeight: theme.typography.fontWeightMedium as number,
  },
  done: {
    display: 'inline-flex',
    color: theme.palette.success?.main ?? theme.palette.primary.main,
  },
  icon: { fontSize: '1rem' },
}));

/**
 * The areas of the questionnaire as a navigation list: each a button with the
 * area's title, how many of its questions are answered and how many answers
 * must be fixed (as words, not colour alone). The current area is marked with
 * `aria-current="step"`.
 */
export function AreaNavigation({
  model,
  progress,
  current,
  onSelect,
}: {
  model: LocalizedMaturityModel;
  /** Per area, in the model's order (see `areaProgress`). */
  progress: AreaProgress[];
  /** Index of the area shown. */
  current: number;
  onSelect: (areaIndex: number) => void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return (
    <nav aria-label={t('assessment.areasNav')}>
      <ol className={classes.list}>
        {model.areas.map((area, index) => {
          const p = progress[index];
          const complete = p.answered === p.total;
          return (
            <li key={area.id}>
              <ButtonBase
                className={`${classes.item} ${
                  index === current ? classes.current : ''
                }`}
                aria-current={index === current ? 'step' : undefined}
                onClick={() => onSelect(index)}
              >
                <Typography
                  variant="subtitle2"
                  component="span"
                  color="textPrimary"
                >
                  {area.title}
                </Typography>
                {/* Keeps the words apart in the button's accessible name. */}{' '}
                <span className={classes.status}>
                  <Typography
                    variant="body2"
                    component="span"
                    color="textSecondary"
                  >
                    {t('assessment.answered', {
                      answered: String(p.answered),
                      total: String(p.total),
                    })}
                  </Typography>{' '}
                  {complete && p.toFix === 0 && (
                    <span className={classes.done}>
                      <CheckCircleOutline
                        className={classes.icon}
                        aria-hidden
                      />
                    </span>
                  )}
                  {p.toFix > 0 && (
                    <Typography
                      variant="body2"
                      component="span"
                      className={classes.badge}
                    >
                      <ErrorOutline className={classes.icon} aria-hidden />
                      {t('assessment.areaToFix', { count: p.toFix })}
                    </Typography>
                  )}
                </span>
              </ButtonBase>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
