import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box } from '@material-ui/core';
import { useState } from 'react';
import { mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useLoader } from '../../hooks/useLoader';
import { useMaturityModel } from '../../hooks/useMaturityModel';
import { useModelLanguage } from '../../hooks/useModelLanguage';
import { mlopsMaturityTranslationRef } from '../../translation';
import { CampaignLines } from '../Campaigns/CampaignLines';
import { LoadError } from '../common/LoadError';
import { NotAssessedInvitation } from '../common/NotAssessedInvitation';
import { ProvisionalNotice } from '../common/ProvisionalNotice';
import { DEFAULT_CONTENT_PATH, useContentLink } from '../common/useContentLink';
import { CardSummary } from './CardSummary';
import { NextStepButton } from './NextStepButton';
import {
  peekPrefetchedScorecard,
  prefetchedModel,
  takePrefetchedScorecard,
} from './scorecardPrefetch';

/** Props of {@link MlopsMaturityCard}. @public */
export interface MlopsMaturityCardProps {
  /**
   * Path of the MLOps maturity tab relative to the entity page, for the
   * card's links. Defaults to `mlops-maturity`.
   */
  contentPath?: string;
}

/**
 * The entity overview card: overall and area levels, a chart of the area
 * scores, when and by whom it was assessed, the next overall level with the
 * criteria that get the service there soonest (links into the tab's
 * scorecard), provisional, stale and conflict states, and the next step.
 * @public
 */
export function MlopsMaturityCard({
  contentPath = DEFAULT_CONTENT_PATH,
}: MlopsMaturityCardProps) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const linkTo = useContentLink(contentPath);
  const { lang } = useModelLanguage();
  const model = useMaturityModel();
  // What the entity page prefetched (see LazyMlopsMaturityCard): the first
  // load takes that request, and when its answer has already arrived the
  // card shows it in its first render instead of a commit or two later.
  // (Rendering only peeks: React may render more than once before mounting.)
  const [arrived] = useState(() => ({
    entityRef,
    value: peekPrefetchedScorecard(api, entityRef),
  }));
  const scorecard = useLoader(
    () =>
      takePrefetchedScorecard(api, entityRef) ?? api.getScorecard(entityRef),
    [api, entityRef],
  );
  const scorecardValue =
    scorecard.value ??
    (arrived.entityRef === entityRef ? arrived.value : undefined);
  const modelValue = model.value ?? prefetchedModel(api, lang);

  let body;
  const error = scorecard.error ?? model.error;
  if (error) {
    body = (
      <LoadError
        error={error}
        onRetry={error === scorecard.error ? scorecard.retry : model.retry}
      />
    );
  } else if (!scorecardValue || !modelValue) {
    body = <Progress />;
  } else if (!scorecardValue.assessed) {
    const counts = scorecardValue.scorecard.counts;
    body = (
      <>
        <ProvisionalNotice model={modelValue} response={scorecardValue} />
        <NotAssessedInvitation
          detectedCount={(counts.detected ?? 0) + (counts.suggested ?? 0)}
          action={<NextStepButton scorecard={scorecardValue} linkTo={linkTo} />}
        />
        <CampaignLines entityRef={entityRef} model={modelValue} />
      </>
    );
  } else {
    body = (
      <>
        <CardSummary
          model={modelValue}
          response={scorecardValue}
          linkTo={linkTo}
        />
        <CampaignLines entityRef={entityRef} model={modelValue} />
        <Box mt={2}>
          <NextStepButton scorecard={scorecardValue} linkTo={linkTo} />
        </Box>
      </>
    );
  }

  return <InfoCard title={t('common.title')}>{body}</InfoCard>;
}
