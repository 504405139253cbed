import type { Entity } from '@backstage/catalog-model';
import type { TableColumn } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  MATURITY_OVERALL_LEVEL_LABEL,
  MATURITY_STATUS_LABEL,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { useMaturityModel } from '../../hooks/useMaturityModel';
import { mlopsMaturityTranslationRef } from '../../translation';

function ColumnTitle() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  return <>{t('catalogFilter.column')}</>;
}

/** The cell: the level's title, marked provisional; "Not assessed"; or nothing while unknown. */
function MaturityLevelCell({ entity }: { entity: Entity }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { value: model } = useMaturityModel();
  const levelId = entity.metadata.labels?.[MATURITY_OVERALL_LEVEL_LABEL];
  const status = entity.metadata.labels?.[MATURITY_STATUS_LABEL];
  if (status === 'not-assessed') return <>{t('common.notAssessed')}</>;
  if (!levelId) return null;
  const title = model?.overallLevels.find(l => l.id === levelId)?.title;
  const text = title ?? levelId;
  return (
    <>
      {status === 'provisional'
        ? t('coverage.provisionalLevel', { level: text })
        : text}
    </>
  );
}

/**
 * A column of the legacy catalog table (`CatalogTable.columns` of
 * `CatalogIndexPage`) with each ML service's overall MLOps maturity level,
 * from the labels the backend's catalog module writes: the level's title
 * in the app's language ("Initial (provisional)" for a provisional one),
 * "Not assessed", or empty while unknown. Not sortable: filter by level
 * with {@link EntityMaturityLevelPicker} instead.
 * @public
 */
export function createMaturityLevelColumn<
  T extends { entity: Entity },
>(): TableColumn<T> {
  return {
    title: <ColumnTitle />,
    field: `entity.metadata.labels.${MATURITY_OVERALL_LEVEL_LABEL}`,
    // Level ids do not sort in the model's order; the filter narrows instead.
    sorting: false,
    render: row => <MaturityLevelCell entity={row.entity} />,
  };
}
