import {
  coreServices,
  createServiceFactory,
  type BackstageCredentials,
  type PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
  type TestDatabaseId,
} from '@backstage/backend-test-utils';
import { catalogEntityReadPermission } from '@backstage/plugin-catalog-common/alpha';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import mcpActionsPlugin from '@backstage/plugin-mcp-actions-backend';
import {
  AuthorizeResult,
  type Permission,
} from '@backstage/plugin-permission-common';
import { defaultModel } from '@mlops-maturity/plugin-mlops-maturity-common';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/databases';
import {
  organisationEntities,
  submitOrganisation,
} from '../__testUtils__/organisation';
import { DatabaseAssessmentStore } from '../database/DatabaseAssessmentStore';
import { mlopsMaturityPlugin } from '../plugin';
import { compareGroups } from './compareGroupsAction';
import { roadmapSteps } from './getRoadmapAction';
import { scorecardSummary } from './getScorecardAction';
import { teamReportAnswer } from './getTeamReportAction';
import { serviceListPage } from './listServicesAction';

jest.setTimeout(120_000);

const API = '/api/mlops-maturity';
const READER = 'user:default/reader';
/** May use the plugin, but the catalog shows them no entity. */
const NO_CATALOG = 'user:default/no-catalog';
/** Refused every permission. */
const OUTSIDER = 'user:default/outsider';

function userOf(credentials: BackstageCredentials): string | undefined {
  return (credentials.principal as { userEntityRef?: string }).userEntityRef;
}

/** A policy by caller: the reader may do anything, the others see above. */
function decide(credentials: BackstageCredentials, permission: Permission) {
  const user = userOf(credentials);
  if (user === OUTSIDER) return AuthorizeResult.DENY;
  if (
    user === NO_CATALOG &&
    permission.name === catalogEntityReadPermission.name
  ) {
    return AuthorizeResult.DENY;
  }
  return AuthorizeResult.ALLOW;
}

const permissionsFactory = createServiceFactory({
  service: coreServices.permissions,
  deps: {},
  factory(): PermissionsService {
    return {
      async authorize(requests, { credentials }) {
        return requests.map(r => ({
          result: decide(credentials, r.permission),
        })) as any;
      },
      async authorizeConditional(requests, { credentials }) {
        return requests.map(r => ({
          result: decide(credentials, r.permission),
        })) as any;
      },
    };
  },
});

const TOOLS = [
  'mlops-maturity.get-scorecard',
  'mlops-maturity.get-roadmap',
  'mlops-maturity.list-services',
  'mlops-maturity.get-team-report',
  'mlops-maturity.compare-groups',
];

describe('the maturity actions through the MCP actions backend', () => {
  const databases = createTestDatabases();

  async function start(databaseId: TestDatabaseId) {
    const knex = await databases.init(databaseId);
    const backend = await startTestBackend({
      features: [
        mlopsMaturityPlugin,
        mcpActionsPlugin,
        catalogServiceMock.factory({ entities: organisationEntities }),
        mockServices.database.factory({ knex }),
        permissionsFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: { actions: { pluginSources: ['mlops-maturity'] } },
          },
        }),
      ],
    });
    const store = await DatabaseAssessmentStore.create({
      database: mockServices.database({ knex }),
    });
    await submitOrganisation(store);
    const refreshed = await request(backend.server)
      .post(`${API}/overview/refresh`)
      .set('Authorization', mockCredentials.user.header(READER));
    expect(refreshed.status).toBe(200);
    const { port } = backend.server.address() as AddressInfo;
    return { backend, url: `http://localhost:${port}/api/mcp-actions/v1` };
  }

  /** An MCP client connected as `user`, with the official SDK's Streamable HTTP transport. */
  async function connect(url: string, user: string) {
    const client = new Client({ name: 'maturity-test', version: '1.0.0' });
    await client.connect(
      new StreamableHTTPClientTransport(new URL(url), {
        requestInit: {
          headers: { Authorization: mockCredentials.user.header(user) },
        },
      }),
    );
    return client;
  }

  async function call(client: Client, name: string, args: object) {
    const result = (await client.callTool({
      name: `mlops-maturity.${name}`,
      arguments: args as Record<string, unknown>,
    })) as {
      isError?: boolean;
      structuredContent?: unknown;
      content: Array<{ type: string; text?: string }>;
    };
    return result;
  }

  async function http(server: any, path: string, user = READER) {
    const res = await request(server)
      .get(`${API}${path}`)
      .set('Authorization', mockCredentials.user.header(user));
    expect(res.status).toBe(200);
    return res.body;
  }

  it.each(databases.eachSupportedId())(
    'lists the tools and answers each as the HTTP API does, on %p',
    async databaseId => {
      const { backend, url } = await start(databaseId);
      const server = backend.server;
      const client = await connect(url, READER);
      try {
        const { tools } = await client.listTools();
        const names = tools.map(t => t.name);
        expect(names).toEqual(expect.arrayContaining(TOOLS));
        for (const tool of tools.filter(t => TOOLS.includes(t.name))) {
          expect(tool.annotations).toMatchObject({
            readOnlyHint: true,
            destructiveHint: false,
          });
          expect(tool.description).toMatch(/Example/);
        }

        // get-scorecard
        const scorecard = await call(client, 'get-scorecard', {
          entityRef: 'svc-a1',
        });
        expect(scorecard.isError).toBeFalsy();
        const scorecardHttp = await http(
          server,
          '/scorecards/component/default/svc-a1',
        );
        expect(scorecard.structuredContent).toEqual(
          scorecardSummary(defaultModel, scorecardHttp, 'en'),
        );
        expect(scorecard.structuredContent).toMatchObject({
          entityRef: 'component:default/svc-a1',
          status: 'assessed',
          overall: { levelId: 'managed' },
        });

        // get-roadmap
        const roadmap = await call(client, 'get-roadmap', {
          entityRef: 'component:default/svc-b1',
          lang: 'pt-BR',
        });
        const roadmapHttp = await http(
          server,
          '/roadmap/component/default/svc-b1',
        );
        expect(roadmap.structuredContent).toEqual(
          roadmapSteps(defaultModel, roadmapHttp, 'pt-BR'),
        );
        expect(roadmapHttp.items.length).toBeGreaterThan(0);

        // list-services: owner with sub-groups, sorted by an area's level, paged
        const list = await call(client, 'list-services', {
          owner: ['data'],
          assessed: true,
          sort: 'area:monitoring:level',
          pageSize: 2,
          page: 1,
        });
        const listHttp = await http(
          server,
          '/overview/entities?owner=data&assessed=true&sort=area:monitoring:level&pageSize=2&page=1',
        );
        expect(list.structuredContent).toEqual(serviceListPage(listHttp));
        expect(listHttp.total).toBe(3);
        expect(listHttp.items).toHaveLength(2);

        // list-services by level: below Intermediate in Monitoring
        const below = await call(client, 'list-services', {
          owner: ['acme'],
          levelBelow: ['monitoring:intermediate'],
        });
        const belowHttp = await http(
          server,
          '/overview/entities?owner=acme&levelBelow=monitoring:intermediate',
        );
        expect(below.structuredContent).toEqual(serviceListPage(belowHttp));
        expect(belowHttp.items.map((i: { name: string }) => i.name)).toEqual([
          'svc-a2',
          'svc-b1',
          'svc-p1',
        ]);

        // get-team-report
        const team = await call(client, 'get-team-report', {
          group: 'data',
          limit: 3,
        });
        const teamHttp = await http(
          server,
          '/team-reports/default/data?limit=3',
        );
        expect(team.structuredContent).toEqual(
          teamReportAnswer({
            ...teamHttp,
            generatedAt: expect.any(String),
          }),
        );
        expect(teamHttp.whereToInvest.length).toBeGreaterThan(0);

        // compare-groups: weakest first
        const compare = await call(client, 'compare-groups', {
          area: 'monitoring',
          groupType: 'team',
        });
        const overviewHttp = await http(server, '/overview?groupType=team');
        const expected = compareGroups(
          defaultModel,
          overviewHttp,
          'monitoring',
          'en',
        );
        expect(compare.structuredContent).toEqual(expected);
        const means = expected.groups
          .map(g => g.meanScore)
          .filter((m): m is number => m !== null);
        expect(means).toEqual([...means].sort((a, b) => a - b));
        expect(expected.groups.length).toBeGreaterThanOrEqual(2);
      } finally {
        await client.close();
        await backend.stop();
      }
    },
  );

  it.each(databases.eachSupportedId())(
    'refuses a caller without permission, with an error and no data, on %p',
    async databaseId => {
      const { backend, url } = await start(databaseId);
      const outsider = await connect(url, OUTSIDER);
      const hidden = await connect(url, NO_CATALOG);
      try {
        for (const [name, args] of [
          ['get-scorecard', { entityRef: 'svc-a1' }],
          ['get-roadmap', { entityRef: 'svc-a1' }],
          ['list-services', {}],
          ['get-team-report', { group: 'data' }],
          ['compare-groups', { area: 'monitoring' }],
        ] as const) {
          const result = await call(outsider, name, args);
          expect(result.isError).toBe(true);
          expect(result.structuredContent).toBeUndefined();
          expect(result.content).toEqual([
            {
              type: 'text',
              text: expect.stringMatching(/^NotAllowedError: /),
            },
          ]);
          // Nothing but the refusal: no other service, level or figure.
          expect(JSON.stringify(result.content)).not.toMatch(
            /svc-(a2|b1|b2|p1|x)|managed|basic|intermediate|levelId|meanScore|total/i,
          );
        }

        // The catalog hides every entity from this caller: the scorecard
        // is a 404 as over HTTP, and the organisation reads are empty.
        const scorecard = await call(hidden, 'get-scorecard', {
          entityRef: 'svc-a1',
        });
        expect(scorecard.isError).toBe(true);
        expect(scorecard.content[0].text).toMatch(/^NotFoundError: /);
        const list = await call(hidden, 'list-services', {});
        expect(list.structuredContent).toMatchObject({ total: 0, items: [] });
        const listHttp = await http(
          backend.server,
          '/overview/entities',
          NO_CATALOG,
        );
        expect(list.structuredContent).toEqual(serviceListPage(listHttp));
      } finally {
        await outsider.close();
        await hidden.close();
        await backend.stop();
      }
    },
  );

  it('answers a malformed question with an input error naming the field', async () => {
    const { backend, url } = await start('SQLITE_3');
    const client = await connect(url, READER);
    try {
      const result = await call(client, 'list-services', {
        sort: 'area:nowhere:level',
      });
      expect(result.isError).toBe(true);
      expect(result.content[0].text).toMatch(/^InputError: .*sort/);
      const badRef = await call(client, 'get-scorecard', {
        entityRef: 'component:default/not a name',
      });
      expect(badRef.isError).toBe(true);
      expect(badRef.content[0].text).toMatch(/^InputError: entityRef/);
    } finally {
      await client.close();
      await backend.stop();
    }
  });
});
