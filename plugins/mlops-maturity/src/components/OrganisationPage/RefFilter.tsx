import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { TextField } from '@material-ui/core';
import { Autocomplete } from '@material-ui/lab';
import type { OverviewGroupBy } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityApiRef } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';

interface Option {
  ref: string;
  title: string;
}

/** `group:default/fraud` becomes `fraud`, for refs whose title is not loaded yet. */
const nameOf = (ref: string) => ref.slice(ref.indexOf('/') + 1);

/**
 * A multiple choice of owners, systems or domains. The choices are the
 * groups of `GET /overview` for that dimension, loaded the first time the
 * list opens, so the page does not pay for filters nobody uses.
 */
export function RefFilter({
  dimension,
  label,
  value,
  onChange,
}: {
  dimension: OverviewGroupBy;
  label: string;
  value: string[];
  onChange: (value: string[]) => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const [options, setOptions] = useState<Option[]>();
  const [loading, setLoading] = useState(false);

  const load = () => {
    if (options || loading) return;
    setLoading(true);
    api
      .getOverview({ groupBy: dimension })
      .then(
        response =>
          setOptions(
            response.groups.flatMap(g =>
              g.ref ? [{ ref: g.ref, title: g.title || nameOf(g.ref) }] : [],
            ),
          ),
        // The field still takes what the URL holds; an empty list is enough.
        () => setOptions([]),
      )
      .finally(() => setLoading(false));
  };

  const titleOf = (ref: string) =>
    options?.find(o => o.ref === ref)?.title ?? nameOf(ref);

  return (
    <Autocomplete
      multiple
      size="small"
      options={options?.map(o => o.ref) ?? []}
      value={value}
      loading={loading}
      loadingText={t('filters.loading')}
      noOptionsText={t('filters.noOptions')}
      onOpen={load}
      onChange={(_event, next) => onChange(next)}
      getOptionLabel={titleOf}
      filterSelectedOptions
      style={{ minWidth: 200 }}
      renderInput={params => (
        <TextField {...params} variant="outlined" label={label} />
      )}
    />
  );
}
