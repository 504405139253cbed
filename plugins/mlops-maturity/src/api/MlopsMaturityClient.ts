import type { DiscoveryApi, FetchApi } from '@backstage/core-plugin-api';
import type {
  AnswerSet,
  AssessmentResponse,
  Draft,
  MaturityReport,
  ModelLanguage,
  OverviewEntitiesResponse,
  OverviewResponse,
  OverviewTrendsResponse,
  SaveDraftRequest,
  Review,
  ReviewListResponse,
  ReviewRequest,
  ScorecardResponse,
  Submission,
  SubmissionHistoryResponse,
  SubmitRequest,
  TargetsResponse,
  TeamReport,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { parseEntityRef } from '@backstage/catalog-model';
import type {
  LocalizedMaturityModel,
  MlopsEntityRef,
  MlopsMaturityApi,
  OverviewEntitiesRequest,
  OverviewExportRequest,
  OverviewRequest,
  OverviewTrendsRequest,
  RoadmapResponse,
  ReportFormat,
  TeamReportOptions,
} from './MlopsMaturityApi';
import type {
  Campaign,
  CampaignInput,
  CampaignListResponse,
  CampaignProgressResponse,
  CampaignResponse,
  EntityCampaignsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { entityPath } from './entityPath';
import { assertOk } from './errors';
import { overviewQueryString } from './overviewQueryString';

/** Options of {@link MlopsMaturityClient}. @public */
export interface MlopsMaturityClientOptions {
  discoveryApi: Pick<DiscoveryApi, 'getBaseUrl'>;
  fetchApi: Pick<FetchApi, 'fetch'>;
}

type RequestOptions = {
  method?: 'GET' | 'PUT' | 'POST' | 'DELETE';
  body?: unknown;
  accept?: 'json' | 'text' | 'csv';
};

const ACCEPT_HEADERS = {
  json: 'application/json',
  text: 'text/markdown, text/plain',
  csv: 'text/csv',
};

/**
 * {@link MlopsMaturityApi} over the backend's HTTP API, authenticated by the
 * app's `fetchApi`.
 * @public
 */
export class MlopsMaturityClient implements MlopsMaturityApi {
  private readonly discoveryApi: MlopsMaturityClientOptions['discoveryApi'];
  private readonly fetchApi: MlopsMaturityClientOptions['fetchApi'];
  // The model changes only when the backend restarts with a new file, and the
  // card and the tab both need it: one request per language is enough.
  private readonly models = new Map<string, Promise<LocalizedMaturityModel>>();

  constructor(options: MlopsMaturityClientOptions) {
    this.discoveryApi = options.discoveryApi;
    this.fetchApi = options.fetchApi;
  }

  getModel(lang: ModelLanguage): Promise<LocalizedMaturityModel> {
    let model = this.models.get(lang);
    if (!model) {
      model = this.request<LocalizedMaturityModel>(
        `/model?lang=${encodeURIComponent(lang)}`,
      );
      model.catch(() => this.models.delete(lang));
      this.models.set(lang, model);
    }
    return model;
  }

  getScorecard(entityRef: MlopsEntityRef): Promise<ScorecardResponse> {
    return this.request(`/scorecards/${entityPath(entityRef)}`);
  }

  previewScorecard(
    entityRef: MlopsEntityRef,
    answers: AnswerSet,
  ): Promise<ScorecardResponse> {
    return this.request(`/scorecards/${entityPath(entityRef)}/preview`, {
      method: 'POST',
      body: { answers },
    });
  }

  getAssessment(entityRef: MlopsEntityRef): Promise<AssessmentResponse> {
    return this.request(`/assessments/${entityPath(entityRef)}`);
  }

  saveDraft(
    entityRef: MlopsEntityRef,
    request: SaveDraftRequest,
  ): Promise<Draft> {
    return this.request(`/assessments/${entityPath(entityRef)}/draft`, {
      method: 'PUT',
      body: request,
    });
  }

  async discardDraft(
    entityRef: MlopsEntityRef,
    revision: number,
  ): Promise<void> {
    await this.request<void>(
      `/assessments/${entityPath(
        entityRef,
      )}/draft?revision=${encodeURIComponent(String(revision))}`,
      { method: 'DELETE' },
    );
  }

  submit(
    entityRef: MlopsEntityRef,
    request: SubmitRequest,
  ): Promise<Submission> {
    return this.request(`/assessments/${entityPath(entityRef)}/submissions`, {
      method: 'POST',
      body: request,
    });
  }

  getSubmissions(
    entityRef: MlopsEntityRef,
  ): Promise<SubmissionHistoryResponse> {
    return this.request(`/assessments/${entityPath(entityRef)}/submissions`);
  }

  getSubmission(entityRef: MlopsEntityRef, id: string): Promise<Submission> {
    return this.request(
      `/assessments/${entityPath(entityRef)}/submissions/${encodeURIComponent(
        id,
      )}`,
    );
  }

  getTargets(entityRef: MlopsEntityRef): Promise<TargetsResponse> {
    return this.request(`/targets/${entityPath(entityRef)}`);
  }

  saveTargets(
    entityRef: MlopsEntityRef,
    targets: Record<string, string>,
  ): Promise<TargetsResponse> {
    return this.request(`/targets/${entityPath(entityRef)}`, {
      method: 'PUT',
      body: { targets },
    });
  }

  getRoadmap(entityRef: MlopsEntityRef): Promise<RoadmapResponse> {
    return this.request(`/roadmap/${entityPath(entityRef)}`);
  }

  getReviews(entityRef: MlopsEntityRef): Promise<ReviewListResponse> {
    return this.request(`/reviews/${entityPath(entityRef)}`);
  }

  recordReview(
    entityRef: MlopsEntityRef,
    review: ReviewRequest,
  ): Promise<Review> {
    return this.request(`/reviews/${entityPath(entityRef)}`, {
      method: 'POST',
      body: review,
    });
  }

  getReport(
    entityRef: MlopsEntityRef,
    format: 'markdown',
    lang: ModelLanguage,
  ): Promise<string>;
  getReport(
    entityRef: MlopsEntityRef,
    format: 'json',
    lang: ModelLanguage,
  ): Promise<MaturityReport>;
  getReport(
    entityRef: MlopsEntityRef,
    format: ReportFormat,
    lang: ModelLanguage,
  ): Promise<unknown> {
    const query = new URLSearchParams({ format, lang });
    return this.request(`/reports/${entityPath(entityRef)}?${query}`, {
      accept: format === 'markdown' ? 'text' : 'json',
    });
  }

  getOverview(request: OverviewRequest): Promise<OverviewResponse> {
    const { groupBy, groupType, filters } = request;
    return this.request(
      `/overview${overviewQueryString(filters, { groupBy, groupType })}`,
    );
  }

  getOverviewEntities(
    request: OverviewEntitiesRequest,
  ): Promise<OverviewEntitiesResponse> {
    const { filters, sort, order, offset, limit } = request;
    return this.request(
      `/overview/entities${overviewQueryString(filters, {
        sort,
        order,
        offset,
        limit,
      })}`,
    );
  }

  getOverviewTrends(
    request: OverviewTrendsRequest,
  ): Promise<OverviewTrendsResponse> {
    const { filters, months } = request;
    return this.request(
      `/overview/trends${overviewQueryString(filters, { months })}`,
    );
  }

  exportOverview(request: OverviewExportRequest): Promise<Blob> {
    const { filters, sort, order } = request;
    return this.request(
      `/overview/export${overviewQueryString(filters, {
        format: 'csv',
        sort,
        order,
      })}`,
      { accept: 'csv' },
    );
  }

  getTeamReport(
    groupRef: MlopsEntityRef,
    format: 'json',
    lang: ModelLanguage,
    options?: TeamReportOptions,
  ): Promise<TeamReport>;
  getTeamReport(
    groupRef: MlopsEntityRef,
    format: 'markdown',
    lang: ModelLanguage,
    options?: TeamReportOptions,
  ): Promise<string>;
  getTeamReport(
    groupRef: MlopsEntityRef,
    format: ReportFormat,
    lang: ModelLanguage,
    options: TeamReportOptions = {},
  ): Promise<unknown> {
    const { namespace, name } =
      typeof groupRef === 'string'
        ? parseEntityRef(groupRef, { defaultKind: 'group' })
        : groupRef;
    const query = new URLSearchParams({ format, lang });
    if (options.includeProvisional) query.set('includeProvisional', 'true');
    return this.request(
      `/team-reports/${[namespace, name]
        .map(encodeURIComponent)
        .join('/')}?${query}`,
      { accept: format === 'markdown' ? 'text' : 'json' },
    );
  }

  listCampaigns(): Promise<CampaignListResponse> {
    return this.request('/campaigns');
  }

  getCampaign(id: string): Promise<CampaignResponse> {
    return this.request(`/campaigns/${encodeURIComponent(id)}`);
  }

  createCampaign(input: CampaignInput): Promise<Campaign> {
    return this.request('/campaigns', { method: 'POST', body: input });
  }

  updateCampaign(id: string, input: CampaignInput): Promise<Campaign> {
    return this.request(`/campaigns/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: input,
    });
  }

  closeCampaign(id: string): Promise<Campaign> {
    return this.request(`/campaigns/${encodeURIComponent(id)}/close`, {
      method: 'POST',
    });
  }

  getCampaignProgress(id: string): Promise<CampaignProgressResponse> {
    return this.request(`/campaigns/${encodeURIComponent(id)}/progress`);
  }

  exportCampaign(id: string): Promise<Blob> {
    return this.request(`/campaigns/${encodeURIComponent(id)}/export.csv`, {
      accept: 'csv',
    });
  }

  getEntityCampaigns(
    entityRef: MlopsEntityRef,
  ): Promise<EntityCampaignsResponse> {
    return this.request(`/campaigns/entity/${entityPath(entityRef)}`);
  }

  /** The one place that talks HTTP: every non-2xx becomes a `ResponseError`. */
  private async request<T>(
    path: string,
    options: RequestOptions = {},
  ): Promise<T> {
    const { method = 'GET', body, accept = 'json' } = options;
    const baseUrl = await this.discoveryApi.getBaseUrl('mlops-maturity');
    const headers: Record<string, string> = { Accept: ACCEPT_HEADERS[accept] };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await assertOk(
      await this.fetchApi.fetch(`${baseUrl}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );
    // 204 No Content (a discarded draft) has no body to parse.
    if (response.status === 204) {
      return undefined as T;
    }
    if (accept === 'text') {
      return (await response.text()) as T;
    }
    if (accept === 'csv') {
      return (await response.blob()) as T;
    }
    return (await response.json()) as T;
  }
}
