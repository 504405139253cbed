import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AnswerSet,
  AssessmentResponse,
  Draft,
  Localized,
  MaturityModel,
  MaturityReport,
  ModelLanguage,
  RoadmapItem,
  SaveDraftRequest,
  ScorecardResponse,
  Submission,
  SubmissionHistoryResponse,
  SubmitRequest,
  TargetsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';

/**
 * An entity the API talks about: a ref string such as
 * `component:default/fraud-scorer`, or its parsed form.
 * @public
 */
export type MlopsEntityRef = string | CompoundEntityRef;

/** The model with its texts in one language, as `GET /model?lang=` returns it. @public */
export type LocalizedMaturityModel = Localized<MaturityModel>;

/** `GET /roadmap/{kind}/{namespace}/{name}`. @public */
export interface RoadmapResponse {
  entityRef: string;
  /** Unmet criteria between each area's current and target level, in roadmap order. */
  items: RoadmapItem[];
  /** Target in force per area id. */
  targets: Record<string, string>;
}

/** Formats the report can be fetched in. @public */
export type ReportFormat = 'markdown' | 'json';

/**
 * The frontend's view of the MLOps maturity backend. Levels always come from
 * the backend: nothing here computes them.
 * @public
 */
export interface MlopsMaturityApi {
  /** The model with its texts in `lang`. */
  getModel(lang: ModelLanguage): Promise<LocalizedMaturityModel>;
  /** The entity's current scorecard, from its latest submission and the catalog's evidence. */
  getScorecard(entityRef: MlopsEntityRef): Promise<ScorecardResponse>;
  /**
   * The scorecard the given answers would produce, without saving anything
   * (`POST /scorecards/{kind}/{namespace}/{name}/preview`).
   */
  previewScorecard(
    entityRef: MlopsEntityRef,
    answers: AnswerSet,
  ): Promise<ScorecardResponse>;
  /** The draft, the latest submission and whether the caller may edit. */
  getAssessment(entityRef: MlopsEntityRef): Promise<AssessmentResponse>;
  /** Saves the draft; rejects with a 409 error when someone else saved since `revision`. */
  saveDraft(
    entityRef: MlopsEntityRef,
    request: SaveDraftRequest,
  ): Promise<Draft>;
  /** Submits the assessment; rejects with a 409 error when the draft moved on. */
  submit(
    entityRef: MlopsEntityRef,
    request: SubmitRequest,
  ): Promise<Submission>;
  /** Past submissions, without their answers. */
  getSubmissions(entityRef: MlopsEntityRef): Promise<SubmissionHistoryResponse>;
  /** One past submission with its answers. */
  getSubmission(entityRef: MlopsEntityRef, id: string): Promise<Submission>;
  /** Explicit and effective target levels per area. */
  getTargets(entityRef: MlopsEntityRef): Promise<TargetsResponse>;
  /** Replaces the explicit target levels. */
  saveTargets(
    entityRef: MlopsEntityRef,
    targets: Record<string, string>,
  ): Promise<TargetsResponse>;
  /** The ordered actions between current and target levels. */
  getRoadmap(entityRef: MlopsEntityRef): Promise<RoadmapResponse>;
  /** The report as Markdown text. */
  getReport(
    entityRef: MlopsEntityRef,
    format: 'markdown',
    lang: ModelLanguage,
  ): Promise<string>;
  /** The report as structured JSON. */
  getReport(
    entityRef: MlopsEntityRef,
    format: 'json',
    lang: ModelLanguage,
  ): Promise<MaturityReport>;
}

/**
 * Reference to the {@link MlopsMaturityApi}.
 * @public
 */
export const mlopsMaturityApiRef = createApiRef<MlopsMaturityApi>({
  id: 'plugin.mlops-maturity.service',
});
