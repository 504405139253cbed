import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Grid,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import {
  CAMPAIGN_ASSESSED_WITHIN_MAX_DAYS,
  CAMPAIGN_DESCRIPTION_MAX,
  CAMPAIGN_TITLE_MAX,
  OVERVIEW_LIST_FILTERS,
  type Campaign,
  type CampaignInput,
  type OverviewListFilterKey,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { useState, type FormEvent } from 'react';
import { mlopsMaturityApiRef, type LocalizedMaturityModel } from '../../api';
import { useUniqueId } from '../../hooks/useUniqueId';
import { mlopsMaturityTranslationRef } from '../../translation';

const SCOPE_LABELS: Record<OverviewListFilterKey, string> = {
  owner: 'campaigns.fieldOwner',
  system: 'campaigns.fieldSystem',
  domain: 'campaigns.fieldDomain',
  lifecycle: 'campaigns.fieldLifecycle',
  type: 'campaigns.fieldType',
  tag: 'campaigns.fieldTag',
};

/** A form's values: text as typed; the backend checks and normalises them. */
interface FormValues {
  title: string;
  description: string;
  startsOn: string;
  deadline: string;
  scope: Record<OverviewListFilterKey, string>;
  areas: Record<string, string>;
  overall: string;
  assessedWithinDays: string;
}

function valuesOf(campaign?: Campaign): FormValues {
  const today = new Date().toISOString().slice(0, 10);
  return {
    title: campaign?.title ?? '',
    description: campaign?.description ?? '',
    startsOn: campaign?.startsOn ?? today,
    deadline: campaign?.deadline ?? '',
    scope: Object.fromEntries(
      OVERVIEW_LIST_FILTERS.map(key => [
        key,
        (campaign?.scope[key] ?? []).join(', '),
      ]),
    ) as Record<OverviewListFilterKey, string>,
    areas: { ...(campaign?.goal.areas ?? {}) },
    overall: campaign?.goal.overall ?? '',
    assessedWithinDays: campaign?.goal.assessedWithinDays
      ? String(campaign.goal.assessedWithinDays)
      : '',
  };
}

function inputOf(values: FormValues): CampaignInput {
  const scope: CampaignInput['scope'] = {};
  for (const key of OVERVIEW_LIST_FILTERS) {
    const list = values.scope[key]
      .split(',')
      .map(v => v.trim())
      .filter(Boolean);
    if (list.length) scope[key] = list;
  }
  const areas = Object.fromEntries(
    Object.entries(values.areas).filter(([, level]) => level),
  );
  return {
    title: values.title,
    description: values.description,
    startsOn: values.startsOn,
    deadline: values.deadline,
    scope,
    goal: {
      ...(Object.keys(areas).length ? { areas } : {}),
      ...(values.overall ? { overall: values.overall } : {}),
      ...(values.assessedWithinDays
        ? { assessedWithinDays: Number(values.assessedWithinDays) }
        : {}),
    },
  };
}

/**
 * Creates a campaign, or edits an open one, in a dialog. Shown only to
 * users allowed to manage campaigns; the backend checks everything again
 * and its 400 (which names the field) is shown as is.
 */
export function CampaignForm({
  model,
  campaign,
  onSaved,
  onCancel,
}: {
  model: LocalizedMaturityModel;
  /** The campaign to edit; a new one without. */
  campaign?: Campaign;
  onSaved: (campaign: Campaign) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const [values, setValues] = useState(() => valuesOf(campaign));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error>();
  // Every field has an id, so its label names it for assistive technology.
  const id = useUniqueId('campaign-form');
  const set = (patch: Partial<FormValues>) =>
    setValues(v => ({ ...v, ...patch }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const input = inputOf(values);
      const saved = campaign
        ? await api.updateCampaign(campaign.id, input)
        : await api.createCampaign(input);
      onSaved(saved);
    } catch (e) {
      setError(e as Error);
    } finally {
      setBusy(false);
    }
  };

  const title = campaign
    ? t('campaigns.formTitleEdit')
    : t('campaigns.formTitleNew');
  return (
    <Dialog
      open
      onClose={onCancel}
      aria-labelledby={`${id}-heading`}
      fullWidth
      maxWidth="md"
    >
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={`${id}-heading`}>{title}</DialogTitle>
        <DialogContent>
          {error && (
            <Box mb={2}>
              <Alert severity="error" role="alert">
                {t('campaigns.saveFailed', { message: error.message })}
              </Alert>
            </Box>
          )}
          <Grid container spacing={2}>
            <Grid item xs={12}>
              <TextField
                id={`${id}-title`}
                label={t('campaigns.fieldTitle')}
                value={values.title}
                onChange={e => set({ title: e.target.value })}
                required
                fullWidth
                inputProps={{ maxLength: CAMPAIGN_TITLE_MAX }}
              />
            </Grid>
            <Grid item xs={12}>
              <TextField
                id={`${id}-description`}
                label={t('campaigns.fieldDescription')}
                value={values.description}
                onChange={e => set({ description: e.target.value })}
                fullWidth
                multiline
                minRows={2}
                inputProps={{ maxLength: CAMPAIGN_DESCRIPTION_MAX }}
              />
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                id={`${id}-starts`}
                label={t('campaigns.fieldStartsOn')}
                type="date"
                value={values.startsOn}
                onChange={e => set({ startsOn: e.target.value })}
                required
                fullWidth
                InputLabelProps={{ shrink: true }}
              />
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                id={`${id}-deadline`}
                label={t('campaigns.fieldDeadline')}
                type="date"
                value={values.deadline}
                onChange={e => set({ deadline: e.target.value })}
                required
                fullWidth
                InputLabelProps={{ shrink: true }}
              />
            </Grid>
            <Grid item xs={12}>
              <Typography variant="subtitle2" component="h3">
                {t('campaigns.goalTitle')}
              </Typography>
            </Grid>
            {model.areas.map(area => (
              <Grid item xs={12} sm={6} key={area.id}>
                <TextField
                  select
                  id={`${id}-area-${area.id}`}
                  label={t('campaigns.fieldAreaGoal', { area: area.title })}
                  value={values.areas[area.id] ?? ''}
                  onChange={e =>
                    set({
                      areas: { ...values.areas, [area.id]: e.target.value },
                    })
                  }
                  fullWidth
                >
                  <MenuItem value="">{t('campaigns.noMinimum')}</MenuItem>
                  {model.levels.map(level => (
                    <MenuItem key={level.id} value={level.id}>
                      {level.title}
                    </MenuItem>
                  ))}
                </TextField>
              </Grid>
            ))}
            <Grid item xs={12} sm={6}>
              <TextField
                select
                id={`${id}-overall`}
                label={t('campaigns.fieldOverallGoal')}
                value={values.overall}
                onChange={e => set({ overall: e.target.value })}
                fullWidth
              >
                <MenuItem value="">{t('campaigns.noMinimum')}</MenuItem>
                {model.overallLevels.map(level => (
                  <MenuItem key={level.id} value={level.id}>
                    {level.title}
                  </MenuItem>
                ))}
              </TextField>
            </Grid>
            <Grid item xs={12} sm={6}>
              <TextField
                id={`${id}-within`}
                label={t('campaigns.fieldAssessedWithin')}
                type="number"
                value={values.assessedWithinDays}
                onChange={e => set({ assessedWithinDays: e.target.value })}
                fullWidth
                inputProps={{
                  min: 1,
                  max: CAMPAIGN_ASSESSED_WITHIN_MAX_DAYS,
                  step: 1,
                }}
              />
            </Grid>
            <Grid item xs={12}>
              <Typography variant="subtitle2" component="h3">
                {t('campaigns.scopeTitle')}
              </Typography>
            </Grid>
            {OVERVIEW_LIST_FILTERS.map(key => (
              <Grid item xs={12} sm={6} key={key}>
                <TextField
                  id={`${id}-scope-${key}`}
                  label={t(SCOPE_LABELS[key] as 'campaigns.fieldOwner')}
                  value={values.scope[key]}
                  onChange={e =>
                    set({ scope: { ...values.scope, [key]: e.target.value } })
                  }
                  fullWidth
                />
              </Grid>
            ))}
          </Grid>
        </DialogContent>
        <DialogActions>
          <Button onClick={onCancel}>{t('campaigns.cancel')}</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
          >
            {campaign ? t('campaigns.save') : t('campaigns.create')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
