import { useState } from 'react';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button, CircularProgress } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import GetApp from '@material-ui/icons/GetApp';
import {
  mlopsMaturityApiRef,
  OverviewFilters,
  OverviewSortKey,
} from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { downloadBlob } from '../common/download';

/**
 * Downloads every service the filters select as CSV, in the list's order.
 * The file is fetched with the user's credentials (a plain link would not
 * carry them) and saved from memory.
 */
export function ExportCsvButton({
  filters,
  sort,
  order,
}: {
  filters: OverviewFilters;
  sort: OverviewSortKey;
  order: 'asc' | 'desc';
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();

  const onClick = async () => {
    setBusy(true);
    setError(undefined);
    try {
      const blob = await api.exportOverview({ filters, sort, order });
      downloadBlob(blob, 'mlops-maturity-services.csv');
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box display="flex" alignItems="center" style={{ gap: 8 }}>
      {error && (
        <Alert severity="error">
          {t('organisation.exportFailed', { message: error.message })}
        </Alert>
      )}
      <Button
        variant="outlined"
        color="primary"
        onClick={onClick}
        disabled={busy}
        startIcon={busy ? <CircularProgress size={16} /> : <GetApp />}
      >
        {t('organisation.exportCsv')}
      </Button>
    </Box>
  );
}
