import { useState } from 'react';
import {
  InfoCard,
  MarkdownContent,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button, Typography, makeStyles } from '@material-ui/core';
import { parseEntityRef } from '@backstage/catalog-model';
import { mlopsMaturityApiRef } from '../../api';
import { useModelLanguage } from '../../hooks/useModelLanguage';
import { mlopsMaturityTranslationRef } from '../../translation';
import { downloadMarkdown } from '../common/download';
import { LoadError } from '../common/LoadError';

// On small screens the report's wide tables scroll inside the report, not the page.
const useStyles = makeStyles(theme => ({
  report: {
    maxWidth: '100%',
    overflowWrap: 'anywhere',
    [theme.breakpoints.down('xs')]: {
      '& table': { display: 'block', maxWidth: '100%', overflowX: 'auto' },
    },
  },
}));

/**
 * The maturity report (summary, areas, gaps, action plan) rendered from the
 * backend's Markdown, in the app's language: viewable, printable and
 * downloadable.
 */
export function ReportPanel({ entityRef }: { entityRef: string }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const classes = useStyles();
  const api = useApi(mlopsMaturityApiRef);
  const { lang } = useModelLanguage();
  const [report, setReport] = useState<{ lang: string; text: string }>();
  const [visible, setVisible] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<Error>();

  const load = async (): Promise<string | undefined> => {
    if (report?.lang === lang) return report.text;
    setLoading(true);
    setError(undefined);
    try {
      const text = await api.getReport(entityRef, 'markdown', lang);
      setReport({ lang, text });
      return text;
    } catch (e) {
      setError(e as Error);
      return undefined;
    } finally {
      setLoading(false);
    }
  };

  const fileName = `mlops-maturity-${parseEntityRef(entityRef).name}.md`;

  return (
    <InfoCard title={t('report.title')} subheader={t('report.description')}>
      <Box display="flex" flexWrap="wrap" style={{ gap: 8 }} mb={2}>
        <Button
          variant="outlined"
          aria-expanded={visible}
          onClick={async () => {
            if (visible) setVisible(false);
            else if (await load()) setVisible(true);
          }}
        >
          {visible ? t('report.hide') : t('report.view')}
        </Button>
        <Button
          variant="outlined"
          onClick={async () => {
            if (await load()) {
              setVisible(true);
              // Let the report render before the print dialog snapshots the page.
              setTimeout(() => window.print(), 0);
            }
          }}
        >
          {t('report.print')}
        </Button>
        <Button
          variant="outlined"
          onClick={async () => {
            const text = await load();
            if (text) downloadMarkdown(text, fileName);
          }}
        >
          {t('report.download')}
        </Button>
      </Box>
      {loading && <Progress />}
      {error && <LoadError error={error} />}
      {visible && report && (
        <Box component="article" className={classes.report}>
          <Typography component="div">
            <MarkdownContent content={report.text} />
          </Typography>
        </Box>
      )}
    </InfoCard>
  );
}
