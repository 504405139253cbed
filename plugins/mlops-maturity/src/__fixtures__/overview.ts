import type {
  LevelCount,
  OverviewEntitiesResponse,
  OverviewEntityRow,
  OverviewGroup,
  OverviewResponse,
  OverviewSummary,
  OverviewTrendsResponse,
  TeamReport,
} from '@mlops-maturity/plugin-mlops-maturity-common';

const OVERALL_IDS = ['initial', 'reproducible', 'managed', null];
const AREA_LEVEL_IDS = ['basic', 'intermediate', 'advanced', null];

const counts = (ids: Array<string | null>, values: number[]): LevelCount[] =>
  ids.map((levelId, i) => ({ levelId, count: values[i] ?? 0 }));

/** Figures over a set of services, with the fixture model's levels. */
export function summary(options: {
  services: number;
  assessed: number;
  stale?: number;
  /** Services without a submission whose catalog evidence gives them levels. */
  provisional?: number;
  /** Whether the levels count the provisional services too. */
  includeProvisional?: boolean;
  /** Services at initial, reproducible, managed, none. */
  overall: number[];
  medianOverall: string | null;
  /** Median and mean per area of the fixture model. */
  development: [string | null, number | null];
  monitoring: [string | null, number | null];
}): OverviewSummary {
  const { services, assessed, stale = 0, provisional = 0 } = options;
  const area = (
    areaId: string,
    [medianLevelId, meanScore]: [string | null, number | null],
  ) => ({
    areaId,
    distribution: counts(AREA_LEVEL_IDS, [assessed, 0, 0, services - assessed]),
    medianLevelId,
    meanScore,
  });
  return {
    covers: options.includeProvisional ? 'assessed+provisional' : 'assessed',
    coverage: {
      inScope: services,
      assessed,
      stale,
      provisional,
      reviewed: Math.min(1, assessed),
    },
    services,
    assessed,
    stale,
    assessedShare: services ? assessed / services : 0,
    staleShare: services ? stale / services : 0,
    overall: counts(OVERALL_IDS, options.overall),
    medianOverallLevelId: options.medianOverall,
    areas: [
      area('development', options.development),
      area('monitoring', options.monitoring),
    ],
  };
}

export const FRAUD_REF = 'group:default/fraud-detection';
export const FORECASTING_REF = 'group:default/forecasting';

/** A team at the organisation's median. */
export const fraudGroup: OverviewGroup = {
  ref: FRAUD_REF,
  title: 'Fraud Detection',
  type: 'team',
  parentRef: 'group:default/data-science',
  ...summary({
    services: 3,
    assessed: 3,
    stale: 1,
    overall: [0, 2, 1, 0],
    medianOverall: 'reproducible',
    development: ['intermediate', 72.5],
    monitoring: ['intermediate', 55],
  }),
};

/** A team below the organisation's median. */
export const forecastingGroup: OverviewGroup = {
  ref: FORECASTING_REF,
  title: 'Forecasting',
  type: 'team',
  parentRef: 'group:default/data-science',
  ...summary({
    services: 2,
    assessed: 1,
    overall: [1, 0, 0, 1],
    medianOverall: 'initial',
    development: ['basic', 20],
    monitoring: [null, null],
  }),
};

/** `GET /overview` grouped by team. */
export function overviewResponse(
  groups: OverviewGroup[] = [forecastingGroup, fraudGroup],
): OverviewResponse {
  const services = groups.reduce((n, g) => n + g.services, 0);
  return {
    groupBy: 'owner',
    organisation: summary({
      services,
      assessed: groups.reduce((n, g) => n + g.assessed, 0),
      stale: groups.reduce((n, g) => n + g.stale, 0),
      overall: [1, 2, 1, services - 4],
      medianOverall: services ? 'reproducible' : null,
      development: ['intermediate', 58],
      monitoring: ['intermediate', 55],
    }),
    groups,
    staleAfterDays: 180,
    refreshedAt: '2025-05-01T09:00:00Z',
  };
}

/** One row of the services list. */
export function entityRow(
  name: string,
  overrides: Partial<OverviewEntityRow> = {},
): OverviewEntityRow {
  return {
    entityRef: `component:default/${name}`,
    kind: 'component',
    namespace: 'default',
    name,
    title: null,
    ownerRef: FRAUD_REF,
    systemRef: 'system:default/payments',
    domainRef: 'domain:default/risk',
    lifecycle: 'production',
    type: 'ml-service',
    tags: [],
    status: 'assessed',
    overallLevelId: 'reproducible',
    areas: {
      development: { levelId: 'intermediate', score: 75 },
      monitoring: { levelId: 'basic', score: 20 },
    },
    assessedAt: '2025-04-01T10:00:00Z',
    assessedBy: 'user:default/ana',
    submissionId: 's1',
    stale: false,
    reviewed: false,
    modelVersion: '1.0.0',
    ...overrides,
  };
}

/** `GET /overview/entities`: the first page of 120 services. */
export function entitiesResponse(
  overrides: Partial<OverviewEntitiesResponse> = {},
): OverviewEntitiesResponse {
  return {
    items: [
      entityRow('fraud-scorer', { title: 'Fraud scorer' }),
      entityRow('demand-forecast', {
        ownerRef: FORECASTING_REF,
        status: 'not-assessed',
        overallLevelId: null,
        areas: {},
        assessedAt: null,
        assessedBy: null,
        submissionId: null,
      }),
    ],
    total: 120,
    offset: 0,
    limit: 25,
    sort: 'name',
    order: 'asc',
    ...overrides,
  };
}

/** `GET /overview/trends`: three months, one more service assessed each month. */
export const trendsResponse: OverviewTrendsResponse = {
  services: 5,
  covers: 'assessed',
  provisional: 0,
  months: ['2025-03', '2025-04', '2025-05'].map((month, i) => ({
    month,
    end: `${month}-28T00:00:00Z`,
    assessed: 2 + i,
    provisional: 0,
    overall: counts(OVERALL_IDS, [1, 1 + i, 0, 3 - i]),
    medianOverallLevelId: 'reproducible',
    areas: [],
  })),
};

/** `GET /team-reports/default/fraud-detection?format=json`. */
export const teamReport: TeamReport = {
  lang: 'en',
  generatedAt: '2025-05-01T10:00:00Z',
  model: { id: 'test-model', version: '1.0.0', title: 'Test model' },
  group: {
    ref: FRAUD_REF,
    title: 'Fraud Detection',
    type: 'team',
    parentRef: 'group:default/data-science',
  },
  summary: {
    covers: 'assessed',
    services: 3,
    assessed: 3,
    stale: 1,
    provisional: 0,
    assessedShare: 1,
    staleShare: 1 / 3,
    overall: [
      {
        levelId: 'reproducible',
        title: 'Reproducible',
        count: 2,
        share: 2 / 3,
      },
      { levelId: 'managed', title: 'Managed', count: 1, share: 1 / 3 },
    ],
    medianOverallLevel: { id: 'reproducible', title: 'Reproducible' },
    text: ['Fraud Detection owns 3 ML services; all 3 are assessed.'],
  },
  areas: [],
  subgroups: [],
  whereToInvest: [
    {
      criterionId: 'mon-alerts',
      areaId: 'monitoring',
      areaTitle: 'Monitoring & Maintenance',
      levelId: 'intermediate',
      levelTitle: 'Intermediate',
      question: 'Are latency and errors alerted on?',
      services: 3,
      share: 1,
    },
    {
      criterionId: 'mon-drift',
      areaId: 'monitoring',
      areaTitle: 'Monitoring & Maintenance',
      levelId: 'advanced',
      levelTitle: 'Advanced',
      question: 'Is input drift checked?',
      services: 1,
      share: 1 / 3,
    },
  ],
  actionPlan: [
    {
      step: 1,
      criterionId: 'mon-alerts',
      areaId: 'monitoring',
      areaTitle: 'Monitoring & Maintenance',
      levelId: 'intermediate',
      levelTitle: 'Intermediate',
      question: 'Are latency and errors alerted on?',
      services: 3,
      share: 1,
      recommendation: 'Add alerts on latency and error rate.',
      exampleTools: ['Prometheus'],
      effort: 'low',
      effortTitle: 'Low',
    },
    {
      step: 2,
      criterionId: 'mon-drift',
      areaId: 'monitoring',
      areaTitle: 'Monitoring & Maintenance',
      levelId: 'advanced',
      levelTitle: 'Advanced',
      question: 'Is input drift checked?',
      services: 1,
      share: 1 / 3,
      recommendation: 'Check serving inputs for drift.',
      exampleTools: ['Evidently'],
      effort: 'high',
      effortTitle: 'High',
    },
  ],
};
