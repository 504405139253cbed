/*
 * The organisation views under a policy that hides entities: every view
 * (overview, service list, CSV export, trends, team report) leaves out the
 * services the caller may not read in the catalog, in its figures and in
 * its rows, whichever way the catalog's decision is applied (SQL on the
 * index, the evidence snapshots, or the permission backend per service).
 */
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  AuthorizeResult,
  type AuthorizePermissionRequest,
  type PermissionCondition,
  type PermissionCriteria,
  type PermissionRuleParams,
  type PolicyDecision,
} from '@backstage/plugin-permission-common';
import type {
  OverviewEntityRow,
  OverviewGroup,
  TeamReport,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type express from 'express';
import type { Knex } from 'knex';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { criteriaOf } from '../../__testUtils__/fixtures';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { organisationEntities } from '../../__testUtils__/organisation';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';
import type { OverviewStore } from '../../overview/OverviewStore';
import {
  NO_SERVICE,
  VISIBLE_TO_ALL,
  type EntityVisibility,
} from '../../overview/queries/visibility';

jest.setTimeout(60_000);

const LABELS: Record<string, Record<string, string>> = {
  'svc-b1': { tier: 'gold' },
  // The catalog's HAS_LABEL ignores case when the exact key does not match.
  'svc-p1': { Tier: 'Gold' },
  'svc-x': { tier: 'silver' },
};

/**
 * The organisation of `organisation.ts` with labels on three services, and
 * one more ML service without an owner (svc-n, never assessed).
 */
const entities: Entity[] = [
  ...organisationEntities.map(entity =>
    LABELS[entity.metadata.name]
      ? {
          ...entity,
          metadata: {
            ...entity.metadata,
            labels: LABELS[entity.metadata.name],
          },
        }
      : entity,
  ),
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name: 'svc-n', title: 'Service svc-n' },
    spec: { type: 'ml-service', lifecycle: 'production' },
  },
];

const ALL = [
  'svc-a1',
  'svc-a2',
  'svc-b1',
  'svc-b2',
  'svc-n',
  'svc-p1',
  'svc-x',
];

function rule(name: string, params: PermissionRuleParams): PermissionCondition {
  return { rule: name, resourceType: 'catalog-entity', params };
}

const owner = (...claims: string[]) => rule('IS_ENTITY_OWNER', { claims });
const kind = (...kinds: string[]) => rule('IS_ENTITY_KIND', { kinds });
const label = (name: string, value?: string) =>
  rule(
    'HAS_LABEL',
    value === undefined ? { label: name } : { label: name, value },
  );
/** A rule of another module: nothing in this plugin can evaluate it. */
const custom = rule('IS_IN_COST_CENTRE', { centre: 'ml' });

function conditional(
  conditions: PermissionCriteria<PermissionCondition>,
): PolicyDecision {
  return {
    result: AuthorizeResult.CONDITIONAL,
    pluginId: 'catalog',
    resourceType: 'catalog-entity',
    conditions,
  };
}

/** What every organisation view shows: counts and rows. */
interface Views {
  /** `GET /overview`: the organisation's counts. */
  organisation: { services: number; assessed: number; stale: number };
  /** `GET /overview`: services per owner group (rolled up). */
  groups: Record<string, number>;
  /** `GET /overview/entities`: the rows' names and the total. */
  rows: string[];
  total: number;
  /** `GET /overview/export`: the CSV rows' names. */
  csv: string[];
  /** `GET /overview/trends`: services, and assessed services this month. */
  trends: { services: number; assessedNow: number };
  /** `GET /team-reports/default/data`: the department's report. */
  report: {
    services: number;
    assessed: number;
    subgroups: Record<string, number>;
    /** Assessed services that the first intermediate deployment criterion blocks. */
    deploymentGap: number;
  };
}

async function views(app: express.Express): Promise<Views> {
  const [overview, list, csv, trends, report] = await Promise.all([
    request(app).get('/overview'),
    request(app).get('/overview/entities?pageSize=200'),
    request(app).get('/overview/export?format=csv'),
    request(app).get('/overview/trends?months=2'),
    request(app).get('/team-reports/default/data?limit=50'),
  ]);
  for (const res of [overview, list, csv, trends, report]) {
    expect(res.status).toBe(200);
  }
  expectMatchesSpec('get', '/overview', overview);
  expectMatchesSpec('get', '/overview/entities', list);
  expectMatchesSpec('get', '/overview/export', csv);
  expectMatchesSpec('get', '/overview/trends', trends);
  expectMatchesSpec('get', '/team-reports/{namespace}/{name}', report);
  const teamReport: TeamReport = report.body;
  const deployment = criteriaOf('deployment', 'intermediate')[0].id;
  return {
    organisation: {
      services: overview.body.organisation.services,
      assessed: overview.body.organisation.assessed,
      stale: overview.body.organisation.stale,
    },
    groups: Object.fromEntries(
      (overview.body.groups as OverviewGroup[]).map(g => [g.ref, g.services]),
    ),
    rows: (list.body.items as OverviewEntityRow[]).map(r => r.name),
    total: list.body.total,
    csv: csv.text
      .split('\r\n')
      .slice(1, -1)
      .map(line => line.split(',')[1]),
    trends: {
      services: trends.body.services,
      assessedNow: trends.body.months.at(-1).assessed,
    },
    report: {
      services: teamReport.summary.services,
      assessed: teamReport.summary.assessed,
      subgroups: Object.fromEntries(
        teamReport.subgroups.map(g => [g.ref, g.services]),
      ),
      deploymentGap:
        teamReport.whereToInvest.find(g => g.criterionId === deployment)
          ?.services ?? 0,
    },
  };
}

describe('organisation views under the catalog read permission', () => {
  const databases = createTestDatabases();

  describe.each(databases.eachSupportedId())('on %p', databaseId => {
    let app: express.Express;
    let knex: Knex;
    let overview: OverviewStore;
    let authorize: jest.Mock;
    let authorizeConditional: jest.Mock;
    let defaultAuthorize: (...args: unknown[]) => unknown;
    let defaultConditional: (...args: unknown[]) => unknown;

    beforeAll(async () => {
      const created = await createOrganisationApp(databases, databaseId, {
        entities,
        catalog: catalogServiceMock({ entities }),
      });
      ({ app, knex, overview } = created);
      authorize = created.permissions.authorize as jest.Mock;
      authorizeConditional = created.permissions
        .authorizeConditional as jest.Mock;
      defaultAuthorize = authorize.getMockImplementation()!;
      defaultConditional = authorizeConditional.getMockImplementation()!;
    });

    afterEach(() => {
      authorize.mockReset().mockImplementation(defaultAuthorize);
      authorizeConditional.mockReset().mockImplementation(defaultConditional);
    });

    /** The catalog's read decision for every caller. */
    function catalogRead(decision: PolicyDecision) {
      authorizeConditional.mockImplementation(async requests =>
        requests.map(() => decision),
      );
    }

    /** Per-entity catalog read decisions: ALLOW for `allowed` refs; other permissions as before. */
    function perEntity(allowed: string[]) {
      authorize.mockImplementation(
        async (requests: AuthorizePermissionRequest[]) =>
          requests.map(r =>
            r.resourceRef
              ? {
                  result: allowed.includes(r.resourceRef)
                    ? AuthorizeResult.ALLOW
                    : AuthorizeResult.DENY,
                }
              : { result: AuthorizeResult.ALLOW },
          ),
      );
    }

    /** The refs the permission backend was asked about one by one, per call. */
    function perEntityCalls(): string[][] {
      return authorize.mock.calls
        .map(([requests]) =>
          (requests as AuthorizePermissionRequest[]).flatMap(
            r => r.resourceRef ?? [],
          ),
        )
        .filter(refs => refs.length > 0);
    }

    it('shows every service when the catalog allows reading every entity', async () => {
      const seen = await views(app);
      expect(seen.rows).toEqual(ALL);
      expect(seen.total).toBe(7);
      expect(seen.csv).toEqual(ALL);
      expect(seen.organisation).toEqual({ services: 7, assessed: 4, stale: 1 });
      expect(seen.trends).toEqual({ services: 7, assessedNow: 4 });
      expect(seen.report).toMatchObject({
        services: 4,
        assessed: 3,
        deploymentGap: 2,
      });
      // Asked once per request, without an entity.
      expect(authorizeConditional).toHaveBeenCalledTimes(5);
      expect(perEntityCalls()).toEqual([]);
    });

    it('shows nothing, with 200, when the catalog denies reading entities', async () => {
      catalogRead({ result: AuthorizeResult.DENY });
      const seen = await views(app);
      expect(seen).toEqual({
        organisation: { services: 0, assessed: 0, stale: 0 },
        groups: {},
        rows: [],
        total: 0,
        csv: [],
        trends: { services: 0, assessedNow: 0 },
        report: { services: 0, assessed: 0, subgroups: {}, deploymentGap: 0 },
      });
      expect(perEntityCalls()).toEqual([]);
    });

    it("shows only the owner's services under IS_ENTITY_OWNER, in the database", async () => {
      catalogRead(conditional(owner('group:default/team-a')));
      const seen = await views(app);
      expect(seen.rows).toEqual(['svc-a1', 'svc-a2']);
      expect(seen.total).toBe(2);
      expect(seen.csv).toEqual(['svc-a1', 'svc-a2']);
      expect(seen.organisation).toEqual({ services: 2, assessed: 2, stale: 1 });
      // Rolled up the hierarchy, with no trace of the other teams.
      expect(seen.groups).toEqual({
        'group:default/acme': 2,
        'group:default/data': 2,
        'group:default/team-a': 2,
      });
      expect(seen.trends).toEqual({ services: 2, assessedNow: 2 });
      // svc-b1 is hidden: the gap it shares with svc-a2 counts once.
      expect(seen.report).toEqual({
        services: 2,
        assessed: 2,
        subgroups: { 'group:default/team-a': 2 },
        deploymentGap: 1,
      });
      expect(perEntityCalls()).toEqual([]);
    });

    it('compares claims without regard to case, like the catalog’s own filter', async () => {
      catalogRead(
        conditional({
          anyOf: [kind('API'), owner('Group:Default/Team-B')],
        }),
      );
      const seen = await views(app);
      expect(seen.rows).toEqual(['svc-b1', 'svc-b2']);
      expect(seen.csv).toEqual(['svc-b1', 'svc-b2']);
      expect(seen.organisation).toEqual({ services: 2, assessed: 1, stale: 0 });
      expect(seen.report).toMatchObject({
        services: 2,
        subgroups: { 'group:default/team-b': 2 },
      });
    });

    it('applies IS_ENTITY_KIND to the kind of the service', async () => {
      catalogRead(conditional(kind('Component')));
      let seen = await views(app);
      expect(seen.rows).toEqual(ALL);
      expect(seen.organisation.services).toBe(7);

      catalogRead(conditional({ not: kind('component') }));
      seen = await views(app);
      expect(seen.rows).toEqual([]);
      expect(seen.csv).toEqual([]);
      expect(seen.organisation.services).toBe(0);
      expect(seen.trends.services).toBe(0);
      expect(seen.report.services).toBe(0);
      expect(perEntityCalls()).toEqual([]);
    });

    it('inverts IS_ENTITY_OWNER with not, services without an owner included', async () => {
      catalogRead(conditional({ not: owner('group:default/team-a') }));
      const seen = await views(app);
      expect(seen.rows).toEqual([
        'svc-b1',
        'svc-b2',
        'svc-n',
        'svc-p1',
        'svc-x',
      ]);
      expect(seen.csv).toEqual(seen.rows);
      expect(seen.total).toBe(5);
      expect(seen.organisation).toEqual({ services: 5, assessed: 2, stale: 0 });
      expect(seen.groups['group:default/team-a']).toBeUndefined();
      expect(seen.groups['group:default/data']).toBe(2);
      expect(seen.report).toMatchObject({ services: 2, deploymentGap: 1 });
    });

    it('evaluates HAS_LABEL on the evidence snapshots', async () => {
      catalogRead(conditional(label('tier', 'gold')));
      const seen = await views(app);
      expect(seen.rows).toEqual(['svc-b1', 'svc-p1']);
      expect(seen.csv).toEqual(['svc-b1', 'svc-p1']);
      expect(seen.organisation).toEqual({ services: 2, assessed: 2, stale: 0 });
      expect(seen.groups).toEqual({
        'group:default/acme': 2,
        'group:default/data': 1,
        'group:default/team-b': 1,
        'group:default/platform': 1,
      });
      expect(seen.trends).toEqual({ services: 2, assessedNow: 2 });
      expect(seen.report).toEqual({
        services: 1,
        assessed: 1,
        subgroups: { 'group:default/team-b': 1 },
        deploymentGap: 1,
      });
      // Decided here, without a call per service.
      expect(perEntityCalls()).toEqual([]);
    });

    it('composes a snapshot rule with a negated index rule', async () => {
      catalogRead(
        conditional({
          allOf: [label('tier'), { not: owner('group:default/platform') }],
        }),
      );
      const seen = await views(app);
      expect(seen.rows).toEqual(['svc-b1', 'svc-x']);
      expect(seen.csv).toEqual(['svc-b1', 'svc-x']);
      expect(seen.organisation).toEqual({ services: 2, assessed: 1, stale: 0 });
      expect(seen.groups).toEqual({
        'group:default/acme': 1,
        'group:default/data': 1,
        'group:default/team-b': 1,
        'user:default/solo': 1,
      });
      expect(perEntityCalls()).toEqual([]);
    });

    it('asks the permission backend per service for a rule it cannot evaluate', async () => {
      catalogRead(conditional(custom));
      perEntity(['component:default/svc-a2', 'component:default/svc-x']);
      const seen = await views(app);
      expect(seen.rows).toEqual(['svc-a2', 'svc-x']);
      expect(seen.total).toBe(2);
      expect(seen.csv).toEqual(['svc-a2', 'svc-x']);
      expect(seen.organisation).toEqual({ services: 2, assessed: 1, stale: 1 });
      expect(seen.trends).toEqual({ services: 2, assessedNow: 1 });
      expect(seen.report).toEqual({
        services: 1,
        assessed: 1,
        subgroups: { 'group:default/team-a': 1 },
        deploymentGap: 1,
      });
      // One batch per request, over the services each view reads: every
      // service for the overview, list, export and trends; data's for its report.
      const calls = perEntityCalls().map(refs => [...refs].sort());
      expect(calls).toHaveLength(5);
      const everyRef = ALL.map(name => `component:default/${name}`);
      expect(calls.filter(refs => refs.length === 7)).toEqual(
        Array(4).fill(everyRef),
      );
      expect(calls.find(refs => refs.length !== 7)).toEqual([
        'component:default/svc-a1',
        'component:default/svc-a2',
        'component:default/svc-b1',
        'component:default/svc-b2',
      ]);
    });

    it('asks per service only for what the index leaves open (anyOf with an unknown rule)', async () => {
      catalogRead(
        conditional({ anyOf: [owner('group:default/team-a'), custom] }),
      );
      perEntity(['component:default/svc-x']);
      const res = await request(app).get('/overview/entities');
      expect(res.body.items.map((r: OverviewEntityRow) => r.name)).toEqual([
        'svc-a1',
        'svc-a2',
        'svc-x',
      ]);
      expect(res.body.total).toBe(3);
      // team-a's services pass in the database and are never sent.
      expect(perEntityCalls().map(refs => [...refs].sort())).toEqual([
        [
          'component:default/svc-b1',
          'component:default/svc-b2',
          'component:default/svc-n',
          'component:default/svc-p1',
          'component:default/svc-x',
        ],
      ]);
      const overviewRes = await request(app).get('/overview');
      expect(overviewRes.body.organisation).toMatchObject({
        services: 3,
        assessed: 2,
      });
    });

    it('answers 503 when the permission backend does not answer in time', async () => {
      jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
      try {
        authorizeConditional.mockImplementation(() => new Promise(() => {}));
        const settled = request(app)
          .get('/overview/entities')
          .then(res => res);
        await new Promise(resolve => setImmediate(resolve));
        for (let i = 0; i < 50; i++) {
          jest.advanceTimersByTime(200);
          await new Promise(resolve => setImmediate(resolve));
        }
        const res = await settled;
        expect(res.status).toBe(503);
        expect(res.body.error.message).toMatch(
          /Permissions could not be checked/,
        );
      } finally {
        jest.useRealTimers();
      }
    });

    it('applies long lists of refs and owners as one parameter', async () => {
      const filler = Array.from(
        { length: 150 },
        (_, i) => `component:default/missing-${i}`,
      );
      const page = (visibleTo: EntityVisibility) =>
        overview.entities({
          filters: { visibleTo },
          staleBefore: new Date(0),
          sort: { by: 'name' },
          order: 'asc',
          offset: 0,
          limit: 50,
        });
      const byRefs = await page({
        where: NO_SERVICE,
        refs: [...filler, 'component:default/svc-p1'],
      });
      expect(byRefs.items.map(r => r.name)).toEqual(['svc-p1']);
      expect(byRefs.total).toBe(1);
      const byOwners = await page({
        where: {
          type: 'not',
          part: {
            type: 'owner',
            owners: [...filler, 'group:default/team-a'],
          },
        },
        refs: ['component:default/svc-a1'],
      });
      expect(byOwners.items.map(r => r.name)).toEqual([
        'svc-a1',
        'svc-b1',
        'svc-b2',
        'svc-n',
        'svc-p1',
        'svc-x',
      ]);
      expect((await page(VISIBLE_TO_ALL)).total).toBe(7);
    });

    // Last: it removes a snapshot.
    it('asks the permission backend for a service without a snapshot', async () => {
      await knex('evidence_snapshots')
        .where({ entity_ref: 'component:default/svc-p1' })
        .delete();
      catalogRead(conditional(label('tier', 'gold')));
      perEntity(['component:default/svc-p1']);
      const res = await request(app).get('/overview/entities');
      expect(res.body.items.map((r: OverviewEntityRow) => r.name)).toEqual([
        'svc-b1',
        'svc-p1',
      ]);
      expect(perEntityCalls()).toEqual([['component:default/svc-p1']]);

      perEntity([]);
      const hidden = await request(app).get('/overview');
      expect(hidden.body.organisation.services).toBe(1);
    });
  });
});
