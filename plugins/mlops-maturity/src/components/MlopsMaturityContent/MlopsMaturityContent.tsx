import { ReactNode, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Progress } from '@backstage/core-components';
import { useTranslationRef } from '@backstage/core-plugin-api/alpha';
import { Box, Tab, Tabs } from '@material-ui/core';
import { Alert } from '@material-ui/lab';
import { useMaturityModel } from '../../hooks/useMaturityModel';
import { useCanReview } from '../ReviewView/useCanReview';
import { mlopsMaturityTranslationRef } from '../../translation';
import { LoadError } from '../common/LoadError';
import type { ContentView } from '../common/useContentLink';
import { AssessmentView } from '../AssessmentView';
import { HistoryView } from '../HistoryView';
import { ReviewView } from '../ReviewView';
import { RoadmapView } from '../RoadmapView';
import { ScorecardView } from '../ScorecardView';

const VIEWS: ContentView[] = ['scorecard', 'assessment', 'roadmap', 'history'];

function TabPanel({
  view,
  children,
}: {
  view: ContentView;
  children: ReactNode;
}) {
  return (
    <div
      role="tabpanel"
      id={`mlops-maturity-panel-${view}`}
      aria-labelledby={`mlops-maturity-tab-${view}`}
    >
      <Box pt={2}>{children}</Box>
    </div>
  );
}

/**
 * The "MLOps maturity" entity tab: scorecard, assessment, roadmap and
 * history. The view is kept in the `view` search parameter so that links
 * (such as the card's next step) can open a given view.
 * @public
 */
export function MlopsMaturityContent() {
  const { t } = useTranslationRef(mlopsMaturityTranslationRef);
  const [params, setParams] = useSearchParams();
  const requested = params.get('view') as ContentView | null;
  // The Review view is there only for those who may review the latest submission.
  const canReview = useCanReview();
  const views: ContentView[] = canReview.value ? [...VIEWS, 'review'] : VIEWS;
  const view = requested && views.includes(requested) ? requested : 'scorecard';
  const model = useMaturityModel();
  const [notice, setNotice] = useState<string | undefined>();

  const show = (next: ContentView) => {
    setParams(
      prev => {
        const copy = new URLSearchParams(prev);
        copy.set('view', next);
        return copy;
      },
      { replace: true },
    );
  };

  let panel: ReactNode;
  if (model.error) {
    panel = <LoadError error={model.error} onRetry={model.retry} />;
  } else if (!model.value) {
    panel = <Progress />;
  } else if (view === 'assessment') {
    panel = (
      <AssessmentView
        model={model.value}
        onSubmitted={() => {
          setNotice(t('assessment.submitted'));
          show('scorecard');
        }}
      />
    );
  } else if (view === 'roadmap') {
    panel = <RoadmapView model={model.value} />;
  } else if (view === 'review') {
    panel = (
      <ReviewView
        model={model.value}
        onReviewed={() => {
          setNotice(t('review.recorded'));
          canReview.retry();
          show('scorecard');
        }}
      />
    );
  } else if (view === 'history') {
    panel = <HistoryView model={model.value} />;
  } else {
    panel = (
      <ScorecardView model={model.value} onStart={() => show('assessment')} />
    );
  }

  return (
    <>
      <Tabs
        value={view}
        onChange={(_event, next: ContentView) => {
          setNotice(undefined);
          show(next);
        }}
        aria-label={t('content.views')}
        indicatorColor="primary"
        textColor="primary"
        variant="scrollable"
      >
        {views.map(v => (
          <Tab
            key={v}
            value={v}
            label={t(`content.${v}`)}
            id={`mlops-maturity-tab-${v}`}
            aria-controls={`mlops-maturity-panel-${v}`}
          />
        ))}
      </Tabs>
      <TabPanel view={view}>
        {notice && (
          <Box mb={2}>
            <Alert severity="success" onClose={() => setNotice(undefined)}>
              {notice}
            </Alert>
          </Box>
        )}
        {panel}
      </TabPanel>
    </>
  );
}
