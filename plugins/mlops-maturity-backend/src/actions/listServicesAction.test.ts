import {
  defaultModel,
  type OverviewEntityRow,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import { entitiesQuerySchema } from '../service/overviewQueries';
import { serviceListPage } from './listServicesAction';
import { filtersOfInput, routeQueryOf } from './organisationInput';

const row: OverviewEntityRow = {
  entityRef: 'component:default/svc-a1',
  kind: 'component',
  namespace: 'default',
  name: 'svc-a1',
  title: null,
  ownerRef: 'group:default/team-a',
  systemRef: 'system:default/recs',
  domainRef: null,
  lifecycle: 'production',
  type: 'ml-service',
  tags: ['gpu'],
  status: 'assessed',
  overallLevelId: 'managed',
  areas: {
    development: { levelId: 'advanced', score: 100 },
    monitoring: { levelId: null, score: null },
  },
  assessedAt: '2026-06-05T12:00:00.000Z',
  assessedBy: 'user:default/ana',
  submissionId: 'sub-1',
  stale: false,
  reviewed: true,
  modelVersion: '1.0.0',
};

describe('serviceListPage', () => {
  it('turns offset and limit into a page number and keeps each level per area', () => {
    const page = serviceListPage({
      items: [row],
      total: 41,
      offset: 40,
      limit: 20,
      sort: 'area:monitoring:level',
      order: 'desc',
    });
    expect(page).toEqual({
      total: 41,
      page: 3,
      pageSize: 20,
      sort: 'area:monitoring:level',
      order: 'desc',
      items: [
        {
          entityRef: 'component:default/svc-a1',
          title: 'svc-a1',
          ownerRef: 'group:default/team-a',
          systemRef: 'system:default/recs',
          domainRef: null,
          lifecycle: 'production',
          status: 'assessed',
          stale: false,
          reviewed: true,
          overallLevelId: 'managed',
          areaLevels: { development: 'advanced', monitoring: null },
          assessedAt: '2026-06-05T12:00:00.000Z',
        },
      ],
    });
  });
});

describe('the filters of an organisation action', () => {
  const schema = entitiesQuerySchema(defaultModel);

  it('reach the route parser as the same question over HTTP, and parse alike', () => {
    const input = {
      owner: ['team-a', 'Group:data'],
      system: ['recs'],
      tag: ['GPU'],
      assessed: false,
      stale: true,
      lang: 'en',
    };
    const fromAction = schema.parse(
      routeQueryOf(filtersOfInput(input), { sort: 'owner', pageSize: 5 }),
    );
    // What Express reads from ?owner=team-a&owner=Group:data&system=recs&...
    const fromHttp = schema.parse({
      owner: ['team-a', 'Group:data'],
      system: 'recs',
      tag: 'GPU',
      assessed: 'false',
      stale: 'true',
      sort: 'owner',
      pageSize: '5',
    });
    expect(fromAction).toEqual(fromHttp);
    expect(fromAction).toMatchObject({
      owner: ['group:default/team-a', 'group:default/data'],
      system: ['system:default/recs'],
      tag: ['gpu'],
      assessed: false,
      stale: true,
      offset: 0,
      limit: 5,
    });
  });

  it('leave out empty lists and what is not a filter', () => {
    expect(
      filtersOfInput({ owner: [], assessed: undefined, lang: 'en', page: 2 }),
    ).toEqual({});
    expect(routeQueryOf({}, { page: undefined })).toEqual({});
  });

  it('carry includeProvisional only when asked for', () => {
    expect(filtersOfInput({ includeProvisional: true })).toEqual({
      includeProvisional: true,
    });
    expect(routeQueryOf({ includeProvisional: true })).toEqual({
      includeProvisional: 'true',
    });
  });
});
