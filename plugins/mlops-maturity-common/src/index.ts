/**
 * The MLOps maturity model, its schema and the pure scoring engine, shared by
 * the frontend and backend plugins.
 *
 * @packageDocumentation
 */

/** The plugin id shared by every package of the MLOps maturity family. @public */
export const MLOPS_MATURITY_PLUGIN_ID = 'mlops-maturity';

// The model: types, the default model, validation and file parsing.
export * from './model/types';
export { defaultModel } from './model/default';
export { maturityModelSchema } from './model/schema';
export { validateModel } from './model/validateModel';
export { parseModelFile } from './model/parseModelFile';
export {
  ModelValidationError,
  type ModelIssue,
} from './model/ModelValidationError';
export { localizeModel, toolNameIn } from './model/localizeModel';

// Which entities are scored.
export {
  DEFAULT_ENTITY_SELECTORS,
  matchesEntitySelectors,
  type EntitySelector,
} from './selection/entitySelectors';

// Evidence from the catalog and collectors.
export * from './evidence/types';
export { evaluateEvidence } from './evidence/evaluateEvidence';
export {
  relatedEntityRefsFor,
  collectorIdsFor,
} from './evidence/relatedEntityRefs';

// Answers: their shape, what each answer type allows, limits and checks.
export * from './scoring/answerTypes';
export * from './answers/answerDefinitions';

// Assessor reviews: their shape, verdicts, methods, limits and checks.
export * from './reviews/reviewDefinitions';

// Answers and targets as input.
export { validateAnswers } from './input/validateAnswers';
export { validateTargets } from './input/validateTargets';
export { carryOverAnswers } from './input/carryOverAnswers';
export {
  submissionCompleteness,
  DEFAULT_MINIMUM_COMPLETENESS,
  type SubmissionCompleteness,
  type CompletenessModel,
} from './input/submissionCompleteness';
export type {
  AnswerIssue,
  TargetIssue,
  AnswersValidationResult,
  TargetsValidationResult,
} from './input/inputIssues';

// Scoring.
export * from './scoring/scorecardTypes';
export {
  computeScorecard,
  type ScoringInput,
} from './scoring/computeScorecard';
export { effectiveTargets } from './scoring/targets';
export {
  overallNeeds,
  type OverallNeeds,
  type OverallLadderStep,
  type AreaShortfall,
  type OverallRulesModel,
} from './scoring/overallNeeds';
export { DEFAULT_STALE_AFTER_DAYS } from './scoring/staleness';
export { mlTestScoreBand } from './scoring/mlTestScore';
export { creditForAnswer } from './scoring/credit';
export { reviewableCriteria } from './scoring/reviewEffect';

// The report.
export * from './report/reportTypes';
export { buildReport, type BuildReportOptions } from './report/buildReport';
export type {
  ReportAssessmentMethod,
  ReportCriterionReview,
  ReportReviewMethod,
} from './report/assessmentMethod';
export { renderReportMarkdown } from './report/renderReportMarkdown';
export * from './report/team/teamReportTypes';
export { buildTeamReport } from './report/team/buildTeamReport';
export { renderTeamReportMarkdown } from './report/team/renderTeamReportMarkdown';

// HTTP bodies and permissions.
export * from './api/types';
export * from './api/overviewTypes';
export * from './api/overviewContract';
export * from './api/catalogLabels';
export * from './permissions';

// Campaigns: organisation-wide goals with deadlines.
export * from './campaigns';
