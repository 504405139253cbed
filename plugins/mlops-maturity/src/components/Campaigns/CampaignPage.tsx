import {
  EmptyState,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  Chip,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  Grid,
  LinearProgress,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import GetApp from '@material-ui/icons/GetApp';
import type {
  AssessmentStatus,
  CampaignProgressResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { useState } from 'react';
import { mlopsMaturityApiRef, type LocalizedMaturityModel } from '../../api';
import { useFormatters } from '../../hooks/useFormatters';
import { useLoader } from '../../hooks/useLoader';
import { useMaturityModel } from '../../hooks/useMaturityModel';
import { mlopsMaturityTranslationRef } from '../../translation';
import { downloadBlob } from '../common/download';
import { LoadError } from '../common/LoadError';
import { useStackedTableStyles } from '../common/stackedTable';
import { wordWrap } from '../OrganisationPage/tableStyles';
import { BurnupChart } from './BurnupChart';
import { CampaignForm } from './CampaignForm';
import { useOrganisationPath } from './useCampaignLink';
import { useCampaignText } from './useCampaignText';

const STATUS_KEYS: Record<AssessmentStatus, string> = {
  assessed: 'campaigns.statusAssessed',
  provisional: 'campaigns.statusProvisional',
  'not-assessed': 'campaigns.statusNotAssessed',
};

const useStyles = makeStyles(theme => ({
  // From the sm breakpoint up the tables are tables: words wrap whole
  // ("Recommendations", not "recomm-endations"); below, rows are stacked.
  words: { [theme.breakpoints.up('sm')]: { '& th, & td': wordWrap } },
}));

/** Whether a load failed with a 404 (`NotFoundError`): no such campaign. */
function isNotFound(error: Error): boolean {
  const e = error as Error & {
    response?: { status?: number };
    cause?: { name?: string };
  };
  return (
    e.response?.status === 404 ||
    e.name === 'NotFoundError' ||
    e.cause?.name === 'NotFoundError'
  );
}

/** A service's or team's name from its ref, for rows without a title. */
function nameOf(ref: string): string {
  return ref.slice(ref.indexOf('/') + 1);
}

/** The catalog page of an entity ref, as the catalog routes it. */
function catalogPath(ref: string): string {
  const [kind, rest] = [
    ref.slice(0, ref.indexOf(':')),
    ref.slice(ref.indexOf(':') + 1),
  ];
  const [namespace, name] = rest.split('/');
  return `/catalog/${namespace}/${kind}/${name}`;
}

function ProgressFigures({ progress }: { progress: CampaignProgressResponse }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatPercent } = useFormatters();
  const { total } = progress;
  return (
    <>
      {total.share === null ? (
        <Typography>{t('campaigns.progressNoAssessed')}</Typography>
      ) : (
        <>
          <Typography>
            {t('campaigns.progressSummary', {
              meeting: String(total.meeting),
              count: total.assessed,
              share: formatPercent(total.share),
            })}
          </Typography>
          <Box my={1}>
            <LinearProgress
              variant="determinate"
              value={total.share * 100}
              aria-label={t('campaigns.progressLabel')}
            />
          </Box>
        </>
      )}
      <Typography variant="body2" color="textSecondary">
        {[
          t('campaigns.progressInScope', { count: total.inScope }),
          t('campaigns.progressProvisional', { count: total.provisional }),
          t('campaigns.progressNotAssessed', { count: total.notAssessed }),
        ].join(' · ')}
      </Typography>
    </>
  );
}

function TeamsTable({ progress }: { progress: CampaignProgressResponse }) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { formatPercent } = useFormatters();
  const stacked = useStackedTableStyles();
  const classes = useStyles();
  return (
    <Table size="small" className={`${stacked.table} ${classes.words}`}>
      <TableHead>
        <TableRow>
          <TableCell>{t('campaigns.teamColumn')}</TableCell>
          <TableCell align="right">{t('campaigns.leftColumn')}</TableCell>
          <TableCell align="right">{t('campaigns.meetingColumn')}</TableCell>
          <TableCell align="right">{t('campaigns.assessedColumn')}</TableCell>
          <TableCell align="right">{t('campaigns.inScopeColumn')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {progress.teams.map(team => (
          <TableRow key={team.teamRef}>
            <TableCell data-label={t('campaigns.teamColumn')}>
              <Link to={catalogPath(team.teamRef)}>
                {team.title || nameOf(team.teamRef)}
              </Link>
            </TableCell>
            <TableCell align="right" data-label={t('campaigns.leftColumn')}>
              {team.left}
            </TableCell>
            <TableCell align="right" data-label={t('campaigns.meetingColumn')}>
              {team.meeting}
              {team.share !== null && ` (${formatPercent(team.share)})`}
            </TableCell>
            <TableCell align="right" data-label={t('campaigns.assessedColumn')}>
              {team.assessed}
            </TableCell>
            <TableCell align="right" data-label={t('campaigns.inScopeColumn')}>
              {team.inScope}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function MissingTable({
  model,
  progress,
}: {
  model: LocalizedMaturityModel;
  progress: CampaignProgressResponse;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const { needsText } = useCampaignText(model);
  const stacked = useStackedTableStyles();
  const classes = useStyles();
  // Owners by the titles the progress already holds.
  const teamTitles = new Map(
    progress.teams.map(team => [team.teamRef, team.title]),
  );
  if (!progress.missing.length) {
    return <Typography>{t('campaigns.missingNone')}</Typography>;
  }
  return (
    <>
      <Table size="small" className={`${stacked.table} ${classes.words}`}>
        <TableHead>
          <TableRow>
            <TableCell>{t('campaigns.serviceColumn')}</TableCell>
            <TableCell>{t('campaigns.teamColumn')}</TableCell>
            <TableCell>{t('campaigns.statusColumn')}</TableCell>
            <TableCell>{t('campaigns.needsColumn')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {progress.missing.map(service => (
            <TableRow key={service.entityRef}>
              <TableCell data-label={t('campaigns.serviceColumn')}>
                <Link to={catalogPath(service.entityRef)}>{service.title}</Link>
              </TableCell>
              <TableCell data-label={t('campaigns.teamColumn')}>
                {service.ownerRef
                  ? teamTitles.get(service.ownerRef) ?? nameOf(service.ownerRef)
                  : ''}
              </TableCell>
              <TableCell data-label={t('campaigns.statusColumn')}>
                {t(STATUS_KEYS[service.status] as 'campaigns.statusAssessed')}
              </TableCell>
              <TableCell data-label={t('campaigns.needsColumn')}>
                {needsText(service.shortfall).join('; ')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {progress.missingTotal > progress.missing.length && (
        <Typography variant="caption" color="textSecondary">
          {t('campaigns.missingMore', {
            shown: String(progress.missing.length),
            total: String(progress.missingTotal),
          })}
        </Typography>
      )}
    </>
  );
}

/**
 * A campaign's page (`campaigns/{id}` under the organisation page): its
 * goal and period, progress (share of the assessed services meeting the
 * goal, provisional ones apart), the burn-up, the teams ranked by what is
 * left, the services still missing the goal with what each needs, and the
 * CSV export; edit and close for users who may manage campaigns.
 */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const organisation = useOrganisationPath();
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const model = useMaturityModel();
  const { goalText, formatDay } = useCampaignText(model.value);
  const campaign = useLoader(
    () => api.getCampaign(campaignId),
    [api, campaignId],
  );
  const progress = useLoader(
    () => api.getCampaignProgress(campaignId),
    [api, campaignId],
  );
  const [editing, setEditing] = useState(false);
  const [closing, setClosing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<Error>();

  const error = campaign.error ?? progress.error ?? model.error;
  if (error) {
    if (isNotFound(error)) {
      return <EmptyState missing="data" title={t('campaigns.notFound')} />;
    }
    return (
      <LoadError
        error={error}
        onRetry={() => {
          campaign.retry();
          progress.retry();
          model.retry();
        }}
      />
    );
  }
  if (!campaign.value || !progress.value || !model.value) return <Progress />;
  const { campaign: current, canManage } = campaign.value;
  const open = current.status === 'open';

  const onExport = async () => {
    setBusy(true);
    setActionError(undefined);
    try {
      downloadBlob(
        await api.exportCampaign(current.id),
        `campaign-${current.id}.csv`,
      );
    } catch (e) {
      setActionError(e as Error);
    } finally {
      setBusy(false);
    }
  };
  const onClose = async () => {
    setBusy(true);
    setActionError(undefined);
    try {
      await api.closeCampaign(current.id);
      setClosing(false);
      campaign.retry();
    } catch (e) {
      setActionError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        {organisation && <Link to={organisation}>{t('campaigns.back')}</Link>}
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          style={{ gap: 8 }}
          mt={1}
        >
          <Typography
            variant="h4"
            component="h2"
            style={{ overflowWrap: 'anywhere' }}
          >
            {current.title}
          </Typography>
          <Chip
            size="small"
            label={
              open ? t('campaigns.statusOpen') : t('campaigns.statusClosed')
            }
          />
        </Box>
        <Typography variant="subtitle1">{goalText(current.goal)}</Typography>
        {/* The text colour: the secondary grey on the page's grey background
            is below 4.5:1 (axe color-contrast). */}
        <Typography variant="body2">
          {t('campaigns.period', {
            start: formatDay(current.startsOn),
            deadline: formatDay(current.deadline),
          })}
        </Typography>
        {current.description && (
          <Typography style={{ whiteSpace: 'pre-wrap', marginTop: 8 }}>
            {current.description}
          </Typography>
        )}
        <Box display="flex" flexWrap="wrap" mt={2} style={{ gap: 8 }}>
          <Button
            variant="outlined"
            color="primary"
            onClick={onExport}
            disabled={busy}
            startIcon={busy ? <CircularProgress size={16} /> : <GetApp />}
          >
            {t('campaigns.exportCsv')}
          </Button>
          {canManage && open && (
            <>
              <Button variant="outlined" onClick={() => setEditing(true)}>
                {t('campaigns.edit')}
              </Button>
              <Button variant="outlined" onClick={() => setClosing(true)}>
                {t('campaigns.close')}
              </Button>
            </>
          )}
        </Box>
        {actionError && (
          <Box mt={1}>
            <Alert severity="error" role="alert">
              {t('campaigns.exportFailed', { message: actionError.message })}
            </Alert>
          </Box>
        )}
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title={t('campaigns.progressTitle')}>
          <ProgressFigures progress={progress.value} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} md={6}>
        <InfoCard title={t('campaigns.burnupTitle')}>
          {progress.value.pointsHidden && (
            <Typography variant="body2">
              {t('campaigns.burnupHidden')}
            </Typography>
          )}
          {!progress.value.pointsHidden && !progress.value.points.length && (
            <Typography variant="body2">
              {t('campaigns.burnupEmpty')}
            </Typography>
          )}
          {progress.value.points.length > 0 && (
            <BurnupChart points={progress.value.points} />
          )}
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title={t('campaigns.teamsTitle')}>
          <TeamsTable progress={progress.value} />
        </InfoCard>
      </Grid>
      <Grid item xs={12}>
        <InfoCard title={t('campaigns.missingTitle')}>
          <MissingTable model={model.value} progress={progress.value} />
        </InfoCard>
      </Grid>
      {editing && (
        <CampaignForm
          model={model.value}
          campaign={current}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            campaign.retry();
            progress.retry();
          }}
        />
      )}
      <Dialog open={closing} onClose={() => setClosing(false)}>
        <DialogContent>
          <DialogContentText>{t('campaigns.closeConfirm')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setClosing(false)}>
            {t('campaigns.cancel')}
          </Button>
          <Button color="primary" onClick={onClose} disabled={busy}>
            {t('campaigns.close')}
          </Button>
        </DialogActions>
      </Dialog>
    </Grid>
  );
}
