import type {
  Campaign,
  CampaignProgressResponse,
  EntityCampaignsResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';

/** An open campaign: Monitoring & Maintenance at Intermediate for the fraud team. */
export const campaign: Campaign = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'Monitoring for production models',
  description: 'Every production model is monitored.',
  scope: { owner: ['group:default/fraud-team'], lifecycle: ['production'] },
  goal: { areas: { monitoring: 'intermediate' } },
  startsOn: '2026-12-01',
  deadline: '2027-03-31',
  status: 'open',
  createdBy: 'user:default/platform-lead',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedBy: 'user:default/platform-lead',
  updatedAt: '2026-12-01T09:00:00.000Z',
  closedBy: null,
  closedAt: null,
};

/** Its progress: 1 of 3 assessed services meets the goal. */
export const campaignProgress: CampaignProgressResponse = {
  campaignId: campaign.id,
  total: {
    inScope: 4,
    assessed: 3,
    meeting: 1,
    provisional: 1,
    provisionalMeeting: 0,
    notAssessed: 0,
    share: 1 / 3,
    left: 3,
  },
  teams: [
    {
      teamRef: 'group:default/fraud-team',
      title: 'Fraud Team',
      inScope: 4,
      assessed: 3,
      meeting: 1,
      provisional: 1,
      provisionalMeeting: 0,
      notAssessed: 0,
      share: 1 / 3,
      left: 3,
    },
  ],
  points: [
    { day: '2026-12-01', inScope: 4, assessed: 2, meeting: 0 },
    { day: '2026-12-02', inScope: 4, assessed: 3, meeting: 1 },
  ],
  pointsHidden: false,
  missing: [
    {
      entityRef: 'component:default/fraud-scorer',
      title: 'Fraud Scorer',
      ownerRef: 'group:default/fraud-team',
      status: 'assessed',
      shortfall: {
        meets: false,
        areas: [
          {
            areaId: 'monitoring',
            levelId: 'basic',
            requiredLevelId: 'intermediate',
          },
        ],
        overall: null,
        assessment: null,
      },
    },
  ],
  missingTotal: 3,
};

/** The fraud scorer misses the campaign's goal. */
export const entityCampaigns: EntityCampaignsResponse = {
  entityRef: 'component:default/fraud-scorer',
  items: [
    {
      campaignId: campaign.id,
      title: campaign.title,
      goal: campaign.goal,
      deadline: campaign.deadline,
      shortfall: campaignProgress.missing[0].shortfall,
    },
  ],
};
