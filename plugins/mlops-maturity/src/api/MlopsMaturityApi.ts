import { createApiRef } from '@backstage/core-plugin-api';
import type {
  AnswerSet,
  AssessmentResponse,
  Draft,
  Localized,
  MaturityModel,
  MaturityReport,
  ModelLanguage,
  OverviewEntitiesResponse,
  OverviewFilters,
  OverviewGroupBy,
  OverviewResponse,
  OverviewSortKey,
  OverviewTrendsResponse,
  Review,
  ReviewListResponse,
  ReviewRequest,
  RoadmapItem,
  SaveDraftRequest,
  ScorecardResponse,
  Submission,
  SubmissionHistoryResponse,
  SubmitRequest,
  TargetsResponse,
  TeamReport,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type {
  Campaign,
  CampaignInput,
  CampaignListResponse,
  CampaignProgressResponse,
  CampaignResponse,
  EntityCampaignsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { CompoundEntityRef } from '@backstage/catalog-model';

/**
 * An entity the API talks about: a ref string such as
 * `component:default/fraud-scorer`, or its parsed form.
 * @public
 */
export type MlopsEntityRef = string | CompoundEntityRef;

/**
 * The filters and sort keys of the organisation requests are the shared
 * query contract's (`OVERVIEW_LIST_FILTERS`, `OVERVIEW_SORT_COLUMNS`...),
 * re-exported as part of this plugin's API.
 * @public
 */
export type { OverviewFilters, OverviewSortKey };

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

/** `GET /overview`: how to group the filtered services. @public */
export interface OverviewRequest {
  groupBy: OverviewGroupBy;
  /** With `groupBy: 'owner'`: only Groups of this `spec.type`, such as `team`. */
  groupType?: string;
  filters?: OverviewFilters;
}

/** `GET /overview/entities`: one page of the filtered services. @public */
export interface OverviewEntitiesRequest {
  filters?: OverviewFilters;
  sort?: OverviewSortKey;
  order?: 'asc' | 'desc';
  /** Rows to skip; default 0, at most `OVERVIEW_MAX_OFFSET`. */
  offset?: number;
  /** Rows to return, at most `OVERVIEW_MAX_PAGE_SIZE`; default `OVERVIEW_DEFAULT_PAGE_SIZE`. */
  limit?: number;
}

/** `GET /overview/export`: every filtered service as CSV, in this order. @public */
export type OverviewExportRequest = Omit<
  OverviewEntitiesRequest,
  'offset' | 'limit'
>;

/** `GET /overview/trends`. @public */
export interface OverviewTrendsRequest {
  filters?: OverviewFilters;
  /**
   * Months back, the current one included; default
   * `OVERVIEW_DEFAULT_TREND_MONTHS`, at most `OVERVIEW_MAX_TREND_MONTHS`.
   */
  months?: number;
}

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
  /**
   * Discards the draft (`DELETE .../draft?revision=N`); rejects with a 409
   * error when the assessment moved on from `revision`, and a 404 one when
   * there is no draft.
   */
  discardDraft(entityRef: MlopsEntityRef, revision: number): Promise<void>;
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
  /** The entity's reviews, newest first, and whether the caller may review its latest submission. */
  getReviews(entityRef: MlopsEntityRef): Promise<ReviewListResponse>;
  /**
   * Records a review of the latest submission; rejects with 409 when a newer
   * submission exists and 403 without the review permission or for its author.
   */
  recordReview(
    entityRef: MlopsEntityRef,
    review: ReviewRequest,
  ): Promise<Review>;
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
  /**
   * The filtered services in one figure for the whole organisation and one
   * per owner, system or domain (`mlops-maturity.overview.read`).
   */
  getOverview(request: OverviewRequest): Promise<OverviewResponse>;
  /** One page of the filtered services, sorted by the backend. */
  getOverviewEntities(
    request: OverviewEntitiesRequest,
  ): Promise<OverviewEntitiesResponse>;
  /** The overall and area levels of the filtered services month by month. */
  getOverviewTrends(
    request: OverviewTrendsRequest,
  ): Promise<OverviewTrendsResponse>;
  /**
   * Every filtered service as a CSV file, fetched with the user's credentials
   * so that the browser can save it.
   */
  exportOverview(request: OverviewExportRequest): Promise<Blob>;
  /**
   * The team report of a Group (its sub-groups' services included), as
   * JSON; its figures count assessed services only unless
   * `includeProvisional`.
   */
  getTeamReport(
    groupRef: MlopsEntityRef,
    format: 'json',
    lang: ModelLanguage,
    options?: TeamReportOptions,
  ): Promise<TeamReport>;
  /** The team report of a Group as Markdown text. */
  getTeamReport(
    groupRef: MlopsEntityRef,
    format: 'markdown',
    lang: ModelLanguage,
    options?: TeamReportOptions,
  ): Promise<string>;
  /** Every campaign, and whether the caller may manage them (`GET /campaigns`). */
  listCampaigns(): Promise<CampaignListResponse>;
  /** One campaign (`GET /campaigns/{id}`). */
  getCampaign(id: string): Promise<CampaignResponse>;
  /** Creates a campaign (`mlops-maturity.campaign.manage`). */
  createCampaign(input: CampaignInput): Promise<Campaign>;
  /** Replaces what was written of an open campaign. */
  updateCampaign(id: string, input: CampaignInput): Promise<Campaign>;
  /** Closes an open campaign. */
  closeCampaign(id: string): Promise<Campaign>;
  /** A campaign's progress over the services the caller may read. */
  getCampaignProgress(id: string): Promise<CampaignProgressResponse>;
  /** The services missing a campaign's goal as CSV. */
  exportCampaign(id: string): Promise<Blob>;
  /** The campaigns in force whose scope holds an ML service, for its card. */
  getEntityCampaigns(
    entityRef: MlopsEntityRef,
  ): Promise<EntityCampaignsResponse>;
}

/**
 * Options of {@link MlopsMaturityApi.getTeamReport}.
 * @public
 */
export interface TeamReportOptions {
  /** Count the provisional (catalog-only) services in the figures too. */
  includeProvisional?: boolean;
}

/**
 * Reference to the {@link MlopsMaturityApi}.
 * @public
 */
export const mlopsMaturityApiRef = createApiRef<MlopsMaturityApi>({
  id: 'plugin.mlops-maturity.service',
});
