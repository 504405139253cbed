import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Button,
  FormControlLabel,
  makeStyles,
  MenuItem,
  Switch,
  TextField,
} from '@material-ui/core';
import { DEFAULT_ENTITY_SELECTORS } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { OverviewFilters } from '../../api';
import { useUniqueId } from '../../hooks/useUniqueId';
import { mlopsMaturityTranslationRef } from '../../translation';
import { ExportCsvButton } from './ExportCsvButton';
import { GROUPINGS, Grouping, OrganisationParams } from './organisationParams';
import { RefFilter } from './RefFilter';
import { TextListFilter } from './TextListFilter';

const LIFECYCLES = ['experimental', 'production', 'deprecated'];
const TYPES = DEFAULT_ENTITY_SELECTORS.flatMap(s => s.types ?? []);

const useStyles = makeStyles(theme => ({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(2),
    marginBottom: theme.spacing(3),
  },
  select: { minWidth: 160 },
  end: { marginLeft: 'auto' },
}));

type Flag = 'any' | 'true' | 'false';
const flagOf = (value: boolean | undefined): Flag =>
  value === undefined ? 'any' : (String(value) as Flag);
const valueOf = (flag: Flag) => (flag === 'any' ? undefined : flag === 'true');

/**
 * The controls of the organisation page: grouping, every filter, clearing
 * them, the switch that makes the figures count provisional (catalog-only)
 * services too, and the CSV export of what they select. Every control is labelled
 * and reachable with the keyboard.
 */
export function OrganisationToolbar({
  params,
  onChange,
}: {
  params: OrganisationParams;
  onChange: (change: Partial<OrganisationParams>) => void;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const id = useUniqueId('filters');
  const { filters } = params;
  const setFilter = <K extends keyof OverviewFilters>(
    key: K,
    value: OverviewFilters[K],
  ) => {
    const next = { ...filters, [key]: value };
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      delete next[key];
    }
    onChange({ filters: next });
  };
  // The provisional switch is not a filter: clearing the filters keeps it.
  const { includeProvisional, ...selecting } = filters;
  const hasFilters = Object.keys(selecting).length > 0;

  return (
    <div role="search" aria-label={t('filters.title')} className={classes.bar}>
      <TextField
        select
        size="small"
        variant="outlined"
        id={`${id}-grouping`}
        label={t('grouping.label')}
        value={params.grouping}
        onChange={e =>
          onChange({ grouping: e.target.value as Grouping, group: undefined })
        }
        className={classes.select}
      >
        {GROUPINGS.map(g => (
          <MenuItem key={g} value={g}>
            {t(`grouping.${g}`)}
          </MenuItem>
        ))}
      </TextField>
      <RefFilter
        dimension="domain"
        label={t('filters.domain')}
        value={filters.domain ?? []}
        onChange={v => setFilter('domain', v)}
      />
      <RefFilter
        dimension="system"
        label={t('filters.system')}
        value={filters.system ?? []}
        onChange={v => setFilter('system', v)}
      />
      <RefFilter
        dimension="owner"
        label={t('filters.owner')}
        value={filters.owner ?? []}
        onChange={v => setFilter('owner', v)}
      />
      <TextListFilter
        label={t('filters.lifecycle')}
        suggestions={LIFECYCLES}
        value={filters.lifecycle ?? []}
        onChange={v => setFilter('lifecycle', v)}
      />
      <TextListFilter
        label={t('filters.type')}
        suggestions={TYPES}
        value={filters.type ?? []}
        onChange={v => setFilter('type', v)}
      />
      <TextField
        select
        size="small"
        variant="outlined"
        id={`${id}-assessed`}
        label={t('filters.assessed')}
        value={flagOf(filters.assessed)}
        onChange={e => setFilter('assessed', valueOf(e.target.value as Flag))}
        className={classes.select}
      >
        <MenuItem value="any">{t('filters.any')}</MenuItem>
        <MenuItem value="true">{t('filters.assessedYes')}</MenuItem>
        <MenuItem value="false">{t('filters.assessedNo')}</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        variant="outlined"
        id={`${id}-stale`}
        label={t('filters.stale')}
        value={flagOf(filters.stale)}
        onChange={e => setFilter('stale', valueOf(e.target.value as Flag))}
        className={classes.select}
      >
        <MenuItem value="any">{t('filters.any')}</MenuItem>
        <MenuItem value="true">{t('filters.staleYes')}</MenuItem>
        <MenuItem value="false">{t('filters.staleNo')}</MenuItem>
      </TextField>
      <TextField
        select
        size="small"
        variant="outlined"
        id={`${id}-reviewed`}
        label={t('filters.reviewed')}
        value={flagOf(filters.reviewed)}
        onChange={e => setFilter('reviewed', valueOf(e.target.value as Flag))}
        className={classes.select}
      >
        <MenuItem value="any">{t('filters.any')}</MenuItem>
        <MenuItem value="true">{t('filters.reviewedYes')}</MenuItem>
        <MenuItem value="false">{t('filters.reviewedNo')}</MenuItem>
      </TextField>
      {hasFilters && (
        <Button
          onClick={() =>
            onChange({
              filters: includeProvisional ? { includeProvisional } : {},
            })
          }
        >
          {t('filters.clear')}
        </Button>
      )}
      <FormControlLabel
        control={
          <Switch
            color="primary"
            checked={includeProvisional === true}
            onChange={e =>
              setFilter('includeProvisional', e.target.checked || undefined)
            }
          />
        }
        label={t('coverage.includeProvisional')}
      />
      <div className={classes.end}>
        <ExportCsvButton
          filters={filters}
          sort={params.sort}
          order={params.order}
        />
      </div>
    </div>
  );
}
