import { useState } from 'react';
import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  Box,
  Button,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import GetApp from '@material-ui/icons/GetApp';
import { mlopsMaturityApiRef } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { useModelLanguage } from '../../hooks/useModelLanguage';
import { mlopsMaturityTranslationRef } from '../../translation';
import { downloadMarkdown } from '../common/download';
import { LoadError } from '../common/LoadError';

const useStyles = makeStyles(theme => ({
  section: { marginTop: theme.spacing(3) },
  plan: { paddingLeft: theme.spacing(3), margin: 0 },
  step: { marginBottom: theme.spacing(1.5) },
  nowrap: { whiteSpace: 'nowrap' },
}));

/**
 * A group's team report from the backend, in the app's language: its
 * summary, the gaps its services share ranked by how many services each
 * holds back ("where to invest"), and the action plan; downloadable as
 * Markdown. Its figures count assessed services only unless
 * `includeProvisional`, as the page's switch says.
 */
export function TeamReportView({
  groupRef,
  includeProvisional = false,
}: {
  groupRef: string;
  /** Count the provisional (catalog-only) services in the figures too. */
  includeProvisional?: boolean;
}) {
  const classes = useStyles();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const { lang } = useModelLanguage();
  const { formatPercent } = useFormatters();
  const report = useLoader(
    () =>
      includeProvisional
        ? api.getTeamReport(groupRef, 'json', lang, { includeProvisional })
        : api.getTeamReport(groupRef, 'json', lang),
    [api, groupRef, lang, includeProvisional],
  );
  const [downloadError, setDownloadError] = useState<Error>();

  if (report.error) {
    return <LoadError error={report.error} onRetry={report.retry} />;
  }
  if (!report.value) return <Progress />;
  const { summary, whereToInvest, actionPlan } = report.value;
  const recommendations = new Map(
    actionPlan.map(a => [a.criterionId, a.recommendation]),
  );

  const download = async () => {
    setDownloadError(undefined);
    try {
      const text = includeProvisional
        ? await api.getTeamReport(groupRef, 'markdown', lang, {
            includeProvisional,
          })
        : await api.getTeamReport(groupRef, 'markdown', lang);
      downloadMarkdown(
        text,
        `mlops-maturity-${parseEntityRef(groupRef).name}.md`,
      );
    } catch (e) {
      setDownloadError(e as Error);
    }
  };

  return (
    <div>
      <Box display="flex" alignItems="center" justifyContent="space-between">
        <Typography variant="h6" component="h3">
          {t('drillDown.summary')}
        </Typography>
        <Button variant="outlined" startIcon={<GetApp />} onClick={download}>
          {t('drillDown.download')}
        </Button>
      </Box>
      {downloadError && <LoadError error={downloadError} />}
      <Typography variant="body2" paragraph>
        {t('drillDown.medianOverall', {
          level: summary.medianOverallLevel.title,
        })}
      </Typography>
      {summary.text.map(line => (
        <Typography variant="body2" paragraph key={line}>
          {line}
        </Typography>
      ))}

      <section className={classes.section}>
        <Typography variant="h6" component="h3">
          {t('drillDown.whereToInvest')}
        </Typography>
        <Typography variant="body2" color="textSecondary" paragraph>
          {t('drillDown.whereToInvestHelp')}
        </Typography>
        {whereToInvest.length === 0 ? (
          <Typography variant="body2">{t('drillDown.noGaps')}</Typography>
        ) : (
          <Table size="small" aria-label={t('drillDown.whereToInvest')}>
            <TableHead>
              <TableRow>
                <TableCell className={classes.nowrap}>
                  {t('drillDown.rank')}
                </TableCell>
                <TableCell>{t('drillDown.gap')}</TableCell>
                <TableCell>{t('drillDown.area')}</TableCell>
                <TableCell className={classes.nowrap}>
                  {t('drillDown.blocks')}
                </TableCell>
                <TableCell>{t('drillDown.recommendation')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {whereToInvest.map((gap, index) => (
                <TableRow key={gap.criterionId}>
                  <TableCell>{index + 1}</TableCell>
                  <TableCell component="th" scope="row" role="rowheader">
                    {gap.question}
                  </TableCell>
                  <TableCell>
                    {gap.areaTitle} · {gap.levelTitle}
                  </TableCell>
                  <TableCell className={classes.nowrap}>
                    {t('drillDown.blocksValue', {
                      services: String(gap.services),
                      share: formatPercent(gap.share),
                    })}
                  </TableCell>
                  <TableCell>{recommendations.get(gap.criterionId)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      {actionPlan.length > 0 && (
        <section className={classes.section}>
          <Typography variant="h6" component="h3">
            {t('drillDown.actionPlan')}
          </Typography>
          <ol className={classes.plan}>
            {actionPlan.map(action => (
              <li key={action.criterionId} className={classes.step}>
                <Typography variant="subtitle2" component="p">
                  {t('drillDown.step', {
                    step: String(action.step),
                    question: action.question,
                  })}
                </Typography>
                <Typography variant="body2">{action.recommendation}</Typography>
                <Typography variant="caption" color="textSecondary">
                  {action.areaTitle} · {action.levelTitle} ·{' '}
                  {t('effort.label', { effort: action.effortTitle })} ·{' '}
                  {t('drillDown.blocksValue', {
                    services: String(action.services),
                    share: formatPercent(action.share),
                  })}
                  {action.exampleTools.length > 0 &&
                    ` · ${t('drillDown.tools', {
                      tools: action.exampleTools.join(', '),
                    })}`}
                </Typography>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
