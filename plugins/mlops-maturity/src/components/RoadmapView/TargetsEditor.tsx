import { useState } from 'react';
import { InfoCard } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import {
  Box,
  Button,
  FormLabel,
  MenuItem,
  TextField,
  Typography,
} from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import type { TargetsResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { mlopsMaturityTranslationRef } from '../../translation';
import { areaLevelInfo } from '../common/levels';

/**
 * The target level of each area. Those allowed pick a level above the floor
 * and save; others see the targets with an explanation.
 */
export function TargetsEditor({
  model,
  entityRef,
  targets,
  areaLevels,
  onSaved,
}: {
  model: LocalizedMaturityModel;
  entityRef: string;
  targets: TargetsResponse;
  areaLevels: Record<string, string | null>;
  onSaved: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const [chosen, setChosen] = useState<Record<string, string>>(
    targets.effective,
  );
  const [saving, setSaving] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string }>();
  const changed = model.areas.some(
    a => chosen[a.id] !== targets.effective[a.id],
  );
  // The floor is where every area starts, so it is never a target.
  const choices = model.levels.slice(1);

  const save = async () => {
    setSaving(true);
    setResult(undefined);
    try {
      await api.saveTargets(entityRef, chosen);
      setResult({ ok: true, message: t('roadmap.targetsSaved') });
      onSaved();
    } catch (e) {
      setResult({ ok: false, message: (e as Error).message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <InfoCard title={t('roadmap.targets')}>
      {!targets.canEdit && (
        <Box mb={2}>
          <Alert severity="info">{t('roadmap.targetsReadOnly')}</Alert>
        </Box>
      )}
      <Box display="flex" flexWrap="wrap" style={{ gap: 24 }}>
        {model.areas.map(area => {
          const current = areaLevelInfo(model, areaLevels[area.id] ?? null);
          return (
            <Box key={area.id} minWidth={220} flex="1 1 220px">
              {/* A label above the field: area names are too long for a floating label. */}
              <FormLabel id={`target-label-${area.id}`}>
                <Typography variant="body2" component="span">
                  {t('roadmap.targetFor', { area: area.title })}
                </Typography>
              </FormLabel>
              <TextField
                select
                id={`target-${area.id}`}
                SelectProps={{ labelId: `target-label-${area.id}` }}
                value={chosen[area.id] ?? ''}
                disabled={!targets.canEdit || saving}
                onChange={e =>
                  setChosen({ ...chosen, [area.id]: e.target.value })
                }
                fullWidth
                margin="dense"
                variant="outlined"
                size="small"
              >
                {choices.map(level => (
                  <MenuItem key={level.id} value={level.id}>
                    {level.title}
                  </MenuItem>
                ))}
              </TextField>
              <Typography variant="caption" color="textSecondary">
                {t('roadmap.current', {
                  level: current.title ?? t('common.notAssessed'),
                })}
              </Typography>
            </Box>
          );
        })}
      </Box>
      {targets.canEdit && (
        <Box mt={2} display="flex" alignItems="center" style={{ gap: 16 }}>
          <Button
            variant="contained"
            color="primary"
            disabled={!changed || saving}
            onClick={save}
          >
            {t('roadmap.saveTargets')}
          </Button>
          {result && (
            <Typography
              role="status"
              variant="body2"
              color={result.ok ? 'textSecondary' : 'error'}
            >
              {result.message}
            </Typography>
          )}
        </Box>
      )}
    </InfoCard>
  );
}
