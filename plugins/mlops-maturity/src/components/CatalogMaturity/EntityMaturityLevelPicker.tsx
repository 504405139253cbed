import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import CheckBoxIcon from '@material-ui/icons/CheckBox';
import CheckBoxOutlineBlankIcon from '@material-ui/icons/CheckBoxOutlineBlank';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  EntityAutocompletePicker,
  type DefaultEntityFilters,
} from '@backstage/plugin-catalog-react';
import {
  MATURITY_OVERALL_LEVEL_LABEL,
  MATURITY_STATUS_LABEL,
  type AssessmentStatus,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { useMaturityModel } from '../../hooks/useMaturityModel';
import { mlopsMaturityTranslationRef } from '../../translation';
import {
  EntityMaturityLevelFilter,
  EntityMaturityStatusFilter,
  type MaturityEntityFilters,
} from './maturityLabelFilters';

type Filters = DefaultEntityFilters & MaturityEntityFilters;

/** An option with its checkbox, as the catalog's own pickers show one. */
function option(text: string, selected: boolean) {
  return (
    <FormControlLabel
      control={
        <Checkbox
          icon={<CheckBoxOutlineBlankIcon fontSize="small" />}
          checkedIcon={<CheckBoxIcon fontSize="small" />}
          checked={selected}
        />
      }
      label={text}
      onClick={event => event.preventDefault()}
    />
  );
}

/**
 * A catalog filter by overall MLOps maturity level, for the catalog index
 * page (legacy: among `CatalogIndexPage`'s `filters`; new frontend system:
 * the plugin's `catalog-filter:mlops-maturity/maturity-level`). It filters
 * on the `mlops-maturity.io/overall-level` label that the backend's catalog
 * module writes, and offers the levels present in the catalog under their
 * titles in the app's language. Shows nothing when no entity has the
 * label (the module is not installed).
 * @public
 */
export function EntityMaturityLevelPicker() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { value: model } = useMaturityModel();
  const titleOf = (id: string) =>
    model?.overallLevels.find(l => l.id === id)?.title ?? id;
  return (
    <EntityAutocompletePicker<Filters, 'mlopsMaturityLevel'>
      label={t('catalogFilter.level')}
      name="mlopsMaturityLevel"
      path={`metadata.labels.${MATURITY_OVERALL_LEVEL_LABEL}`}
      Filter={EntityMaturityLevelFilter}
      getOptionLabel={titleOf}
      renderOption={(value, { selected }) => option(titleOf(value), selected)}
    />
  );
}

/**
 * A catalog filter by assessment status (assessed, provisional, not
 * assessed), on the `mlops-maturity.io/status` label; placed like
 * {@link EntityMaturityLevelPicker}.
 * @public
 */
export function EntityMaturityStatusPicker() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const titleOf = (status: string) => {
    switch (status as AssessmentStatus) {
      case 'assessed':
        return t('catalogFilter.assessed');
      case 'provisional':
        return t('catalogFilter.provisional');
      case 'not-assessed':
        return t('common.notAssessed');
      default:
        return status;
    }
  };
  return (
    <EntityAutocompletePicker<Filters, 'mlopsMaturityStatus'>
      label={t('catalogFilter.status')}
      name="mlopsMaturityStatus"
      path={`metadata.labels.${MATURITY_STATUS_LABEL}`}
      Filter={EntityMaturityStatusFilter}
      getOptionLabel={titleOf}
      renderOption={(value, { selected }) => option(titleOf(value), selected)}
    />
  );
}
