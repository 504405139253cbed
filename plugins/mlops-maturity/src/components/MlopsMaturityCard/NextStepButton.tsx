import { Button } from '@material-ui/core';
import { Link as RouterLink } from 'react-router-dom';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import type { ScorecardResponse } from '@mlops-maturity/plugin-mlops-maturity-common';
import { mlopsMaturityTranslationRef } from '../../translation';
import type { ContentView } from '../common/useContentLink';

/**
 * The one thing to do next: take the assessment, continue a draft, or update
 * a submitted one. People who may not edit get a link to the details instead.
 */
export function NextStepButton({
  scorecard,
  linkTo,
}: {
  scorecard: ScorecardResponse;
  linkTo: (view: ContentView) => string;
}) {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  let label: string;
  let view: ContentView = 'assessment';
  if (!scorecard.canEdit) {
    label = t('card.viewDetails');
    view = 'scorecard';
  } else if (scorecard.hasDraft) {
    label = t('card.continueDraft');
  } else if (scorecard.assessed) {
    label = t('card.update');
  } else {
    label = t('card.takeAssessment');
  }
  return (
    <Button
      variant={scorecard.canEdit ? 'contained' : 'outlined'}
      color="primary"
      component={RouterLink}
      role="link"
      to={linkTo(view)}
    >
      {label}
    </Button>
  );
}
