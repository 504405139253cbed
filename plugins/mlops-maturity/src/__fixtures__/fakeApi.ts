import type { MlopsMaturityApi } from '../api';
import {
  assessmentResponse,
  draft,
  history,
  roadmap,
  submission,
  targetsResponse,
} from './assessments';
import { campaign, campaignProgress } from './campaigns';
import { model } from './model';
import {
  entitiesResponse,
  overviewResponse,
  teamReport,
  trendsResponse,
} from './overview';
import { scorecardResponse } from './scorecards';

/** A {@link MlopsMaturityApi} whose every method is a jest mock. */
export type FakeMlopsMaturityApi = {
  [K in keyof MlopsMaturityApi]: jest.Mock;
} & MlopsMaturityApi;

/**
 * A fake API answering with the fixtures: an assessed ML service with a
 * draft-less assessment, and an organisation of two teams. Override any
 * method per test.
 */
export function createFakeApi(
  overrides: Partial<Record<keyof MlopsMaturityApi, jest.Mock>> = {},
): FakeMlopsMaturityApi {
  let revision = 0;
  const fake = {
    getModel: jest.fn(async () => model),
    getScorecard: jest.fn(async () => scorecardResponse()),
    previewScorecard: jest.fn(async () => scorecardResponse()),
    getAssessment: jest.fn(async () => assessmentResponse()),
    saveDraft: jest.fn(async (_ref: string, req: { answers: any }) =>
      draft(req.answers, ++revision, 'user:default/guest'),
    ),
    discardDraft: jest.fn(async () => undefined),
    submit: jest.fn(async () =>
      submission('s3', '2025-05-01T10:00:00Z', 'reproducible', {
        development: 80,
        monitoring: 20,
      }),
    ),
    getSubmissions: jest.fn(async () => history),
    getSubmission: jest.fn(async (_ref: string, id: string) =>
      submission(id, '2025-03-01T10:00:00Z', 'reproducible', {
        development: 75,
        monitoring: 20,
      }),
    ),
    getTargets: jest.fn(async () => targetsResponse()),
    saveTargets: jest.fn(
      async (_ref: string, targets: Record<string, string>) => ({
        ...targetsResponse(),
        targets,
        effective: { ...targetsResponse().effective, ...targets },
      }),
    ),
    getRoadmap: jest.fn(async () => roadmap),
    getReviews: jest.fn(async () => ({
      entityRef: 'component:default/fraud-scorer',
      items: [],
      canReview: false,
    })),
    recordReview: jest.fn(async (ref: string, request: any) => ({
      ...request,
      id: 'r1',
      entityRef: ref,
      reviewedBy: 'user:default/platform-lead',
      reviewedAt: '2025-05-02T10:00:00Z',
    })),
    getReport: jest.fn(async () => '# Maturity report\n\nAll good.'),
    getOverview: jest.fn(async () => overviewResponse()),
    getOverviewEntities: jest.fn(async () => entitiesResponse()),
    getOverviewTrends: jest.fn(async () => trendsResponse),
    exportOverview: jest.fn(
      async () => new Blob(['entity_ref\r\n'], { type: 'text/csv' }),
    ),
    getTeamReport: jest.fn(async (_ref: string, format: string) =>
      format === 'markdown' ? '# Fraud Detection\n' : teamReport,
    ),
    listCampaigns: jest.fn(async () => ({
      items: [campaign],
      canManage: false,
    })),
    getCampaign: jest.fn(async () => ({ campaign, canManage: false })),
    createCampaign: jest.fn(async (input: object) => ({
      ...campaign,
      ...input,
    })),
    updateCampaign: jest.fn(async (_id: string, input: object) => ({
      ...campaign,
      ...input,
    })),
    closeCampaign: jest.fn(async () => ({ ...campaign, status: 'closed' })),
    getCampaignProgress: jest.fn(async () => campaignProgress),
    exportCampaign: jest.fn(
      async () => new Blob(['entityRef\r\n'], { type: 'text/csv' }),
    ),
    getEntityCampaigns: jest.fn(async () => ({
      entityRef: 'component:default/fraud-scorer',
      items: [],
    })),
    ...overrides,
  };
  return fake as unknown as FakeMlopsMaturityApi;
}
