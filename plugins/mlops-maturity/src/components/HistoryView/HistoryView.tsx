import { useState } from 'react';
import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import type { SubmissionSummary } from '@mlops-maturity/plugin-mlops-maturity-common';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LevelChip } from '../common/LevelChip';
import { LoadError } from '../common/LoadError';
import { areaLevelInfo, overallLevelInfo } from '../common/levels';
import { useStackedTableStyles } from '../common/stackedTable';
import { HistoryChart } from './HistoryChart';
import { ReviewHistory } from './ReviewHistory';
import { SubmissionDialog } from './SubmissionDialog';

/** The History view: a chart of area scores over time and the list of submissions. */
export function HistoryView({ model }: { model: LocalizedMaturityModel }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const stacked = useStackedTableStyles();
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const { formatDateTime, formatUser } = useFormatters();
  const history = useLoader(
    () => api.getSubmissions(entityRef),
    [api, entityRef],
  );
  const [open, setOpen] = useState<SubmissionSummary>();

  if (history.error)
    return <LoadError error={history.error} onRetry={history.retry} />;
  if (!history.value) return <Progress />;
  if (history.value.items.length === 0) {
    return <Typography variant="body1">{t('history.empty')}</Typography>;
  }

  const oldestFirst = [...history.value.items].sort((a, b) =>
    a.submittedAt.localeCompare(b.submittedAt),
  );

  return (
    <>
      <InfoCard>
        <HistoryChart model={model} submissions={oldestFirst} />
      </InfoCard>
      <Box mt={3}>
        <InfoCard title={t('history.submissions')}>
          <Table
            size="small"
            aria-label={t('history.submissions')}
            className={stacked.table}
          >
            <TableHead>
              <TableRow>
                <TableCell>{t('history.when')}</TableCell>
                <TableCell>{t('history.who')}</TableCell>
                <TableCell>{t('history.modelVersion')}</TableCell>
                <TableCell>{t('history.overall')}</TableCell>
                {model.areas.map(area => (
                  <TableCell key={area.id}>{area.title}</TableCell>
                ))}
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {[...oldestFirst].reverse().map(item => {
                const overall = overallLevelInfo(model, item.overallLevel);
                const when = formatDateTime(item.submittedAt);
                return (
                  <TableRow key={item.id}>
                    <TableCell data-label={t('history.when')}>{when}</TableCell>
                    <TableCell data-label={t('history.who')}>
                      {formatUser(item.submittedBy)}
                    </TableCell>
                    <TableCell data-label={t('history.modelVersion')}>
                      {item.modelVersion}
                    </TableCell>
                    <TableCell data-label={t('history.overall')}>
                      <LevelChip title={overall.title} tone={overall.tone} />
                    </TableCell>
                    {model.areas.map(area => {
                      const score = item.areaScores[area.id];
                      return (
                        <TableCell key={area.id} data-label={area.title}>
                          {areaLevelInfo(
                            model,
                            item.areaLevels[area.id] ?? null,
                          ).title ?? t('common.notAssessed')}
                          {typeof score === 'number'
                            ? ` (${Math.round(score)})`
                            : ''}
                        </TableCell>
                      );
                    })}
                    <TableCell data-label="">
                      <Button
                        size="small"
                        aria-label={t('history.viewAria', { when })}
                        onClick={() => setOpen(item)}
                      >
                        {t('history.view')}
                      </Button>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </InfoCard>
      </Box>
      <ReviewHistory entityRef={entityRef} submissions={history.value.items} />
      {open && (
        <SubmissionDialog
          model={model}
          entityRef={entityRef}
          summary={open}
          onClose={() => setOpen(undefined)}
        />
      )}
    </>
  );
}
