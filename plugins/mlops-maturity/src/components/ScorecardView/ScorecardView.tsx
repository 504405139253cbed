import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Button } from '@material-ui/core';
import { useEffect } from 'react';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useLoader } from '../../hooks/useLoader';
import { mlopsMaturityTranslationRef } from '../../translation';
import { EvidenceStatusNotice } from '../common/EvidenceStatusNotice';
import { LoadError } from '../common/LoadError';
import { NotAssessedInvitation } from '../common/NotAssessedInvitation';
import { ProvisionalNotice } from '../common/ProvisionalNotice';
import { AreaSection } from './AreaSection';
import { OverallSummary } from './OverallSummary';
import { ReviewSummary } from '../common/ReviewSummary';

/** The Scorecard view: overall level, then each area's ladder and criteria. */
export function ScorecardView({
  model,
  onStart,
}: {
  model: LocalizedMaturityModel;
  /** Opens the assessment view. */
  onStart: () => void;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const { value, error, retry } = useLoader(
    () => api.getScorecard(entityRef),
    [api, entityRef],
  );

  // A link to one criterion (the card's next steps) lands on its row once the
  // scorecard is shown.
  const loaded = Boolean(value);
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    if (!loaded || !id.startsWith('criterion-')) return;
    const row = document.getElementById(id);
    row?.scrollIntoView?.({ block: 'center' });
    row?.focus({ preventScroll: true });
  }, [loaded]);

  if (error) return <LoadError error={error} onRetry={retry} />;
  if (!value) return <Progress />;

  if (!value.assessed) {
    const { counts } = value.scorecard;
    return (
      <>
        <ProvisionalNotice model={model} response={value} />
        <NotAssessedInvitation
          detectedCount={(counts.detected ?? 0) + (counts.suggested ?? 0)}
          action={
            <Button variant="contained" color="primary" onClick={onStart}>
              {value.hasDraft
                ? t('card.continueDraft')
                : t('card.takeAssessment')}
            </Button>
          }
        />
      </>
    );
  }

  return (
    <>
      <EvidenceStatusNotice
        status={value.evidenceStatus}
        asOf={value.evidenceAsOf}
      />
      <OverallSummary model={model} response={value} />
      <ReviewSummary model={model} scorecard={value.scorecard} />
      {value.scorecard.areas.map(area => (
        <Box key={area.areaId} mt={3}>
          <AreaSection model={model} result={area} />
        </Box>
      ))}
    </>
  );
}
