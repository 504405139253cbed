import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import {
  creditTable,
  type AnswerSet,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { LocalizedMaturityModel, mlopsMaturityApiRef } from '../../api';
import { useEntityRefString } from '../../hooks/useEntityRefString';
import { useLoader } from '../../hooks/useLoader';
import { LoadError } from '../common/LoadError';
import { AssessmentForm } from './AssessmentForm';
import { evidenceFromScorecard } from './scorecardEvidence';
import { applySuggestions } from './suggestions';

/**
 * The Assessment view: loads the draft (or the latest submission to start
 * from) and the scorecard whose catalog evidence pre-fills unanswered
 * questions and tells which questions need no answer before submitting.
 * Discarding the draft loads both again.
 */
export function AssessmentView({
  model,
  onSubmitted,
}: {
  model: LocalizedMaturityModel;
  onSubmitted: () => void;
}) {
  const api = useApi(mlopsMaturityApiRef);
  const entityRef = useEntityRefString();
  const data = useLoader(async () => {
    const [assessment, scorecard] = await Promise.all([
      api.getAssessment(entityRef),
      // Suggestions are a help, not a requirement: the form works without them.
      api.getScorecard(entityRef).catch(() => undefined),
    ]);
    return { assessment, scorecard };
  }, [api, entityRef]);

  if (data.error) return <LoadError error={data.error} onRetry={data.retry} />;
  if (!data.value) return <Progress />;

  const { assessment, scorecard } = data.value;
  // Answers to questions a newer model dropped stay in the history but are
  // not carried into the questionnaire, and a value the criterion no longer
  // offers is dropped so the question is asked again: the backend would
  // refuse both (the shared answer definitions say which values are valid).
  const criteria = new Map(
    model.areas.flatMap(a => a.criteria.map(c => [c.id, c] as const)),
  );
  const base: AnswerSet = {};
  for (const [id, answer] of Object.entries(
    assessment.draft?.answers ?? assessment.latestSubmission?.answers ?? {},
  )) {
    const criterion = criteria.get(id);
    if (!criterion) continue;
    const offered =
      answer.value === undefined || creditTable(criterion).has(answer.value);
    const { value: _stale, ...rest } = answer;
    base[id] = offered ? answer : rest;
  }
  const { answers, suggested } = assessment.canEdit
    ? applySuggestions(model, scorecard, base)
    : { answers: base, suggested: {} };

  return (
    <AssessmentForm
      // A new load (another entity) starts a fresh form and draft state.
      key={`${entityRef}@${assessment.revision}`}
      model={model}
      entityRef={entityRef}
      canEdit={assessment.canEdit}
      evidence={evidenceFromScorecard(scorecard)}
      minimumCompleteness={assessment.minimumCompleteness}
      onDiscarded={data.retry}
      start={{
        answers,
        suggested,
        revision: assessment.revision,
        lastSaved: assessment.draft
          ? { by: assessment.draft.updatedBy, at: assessment.draft.updatedAt }
          : undefined,
      }}
      onSubmitted={onSubmitted}
    />
  );
}
