import type { TestDatabaseId } from '@backstage/backend-test-utils';
import type { NotificationSendOptions } from '@backstage/plugin-notifications-node';
import request from 'supertest';
import { createTestDatabases } from '../../__testUtils__/databases';
import { expectMatchesSpec } from '../../__testUtils__/openApiSpec';
import { createOrganisationApp } from '../../__testUtils__/organisationApp';

jest.setTimeout(60_000);

const TEAM_A = 'group:default/team-a';
const TEAM_B = 'group:default/team-b';

/** Overall Defined or better for the data department's services (team-a and team-b). */
const campaign = {
  title: 'Defined by summer',
  description: 'Every data service at Defined',
  scope: { owner: ['data'] },
  goal: { overall: 'defined' },
  startsOn: '2026-06-01',
  deadline: '2026-07-31',
};

describe('campaign routes', () => {
  const databases = createTestDatabases();

  it.each(databases.eachSupportedId())(
    'creates a campaign and counts its progress from the index, %p',
    async (databaseId: TestDatabaseId) => {
      const { app, auditEvents } = await createOrganisationApp(
        databases,
        databaseId,
      );
      const created = await request(app).post('/campaigns').send(campaign);
      expect(created.status).toBe(201);
      expectMatchesSpec('post', '/campaigns', created);
      expect(created.body).toMatchObject({
        status: 'open',
        scope: { owner: ['group:default/data'] },
        createdBy: 'user:default/mock',
      });
      expect(auditEvents.at(-1)).toMatchObject({
        eventId: 'campaign-create',
        outcome: { status: 'succeeded' },
      });
      const id = created.body.id;

      const list = await request(app).get('/campaigns');
      expectMatchesSpec('get', '/campaigns', list);
      expect(list.body).toMatchObject({ canManage: true, items: [{ id }] });

      /*
       * In scope: svc-a1 (managed), svc-a2 (reproducible), svc-b1 (initial)
       * assessed; svc-b2 never assessed, provisional from its catalog
       * evidence (counted apart, below Defined). Meeting Defined: svc-a1 only, so
       * 1 of 3 assessed; team-b has 2 left, team-a 1.
       */
      const progress = await request(app).get(`/campaigns/${id}/progress`);
      expect(progress.status).toBe(200);
      expectMatchesSpec('get', '/campaigns/{id}/progress', progress);
      expect(progress.body.total).toEqual({
        inScope: 4,
        assessed: 3,
        meeting: 1,
        provisional: 1,
        provisionalMeeting: 0,
        notAssessed: 0,
        share: 1 / 3,
        left: 3,
      });
      expect(
        progress.body.teams.map((t: any) => [t.teamRef, t.meeting, t.left]),
      ).toEqual([
        [TEAM_B, 0, 2],
        [TEAM_A, 1, 1],
      ]);
      expect(progress.body.missingTotal).toBe(3);
      // The first burn-up point is written with the campaign.
      expect(progress.body.points).toEqual([
        { day: '2026-06-15', inScope: 4, assessed: 3, meeting: 1 },
      ]);
      expect(progress.body.pointsHidden).toBe(false);
      expect(progress.body.missing.map((m: any) => m.entityRef)).toEqual([
        'component:default/svc-a2',
        'component:default/svc-b1',
        'component:default/svc-b2',
      ]);
      expect(progress.body.missing[0].shortfall.overall).toEqual({
        levelId: 'reproducible',
        requiredLevelId: 'defined',
      });

      const csv = await request(app).get(`/campaigns/${id}/export.csv`);
      expect(csv.status).toBe(200);
      expect(csv.text.trim().split('\r\n')).toHaveLength(4);
      expect(csv.text).toContain('component:default/svc-b2');

      const card = await request(app).get(
        '/campaigns/entity/component/default/svc-b1',
      );
      expectMatchesSpec(
        'get',
        '/campaigns/entity/{kind}/{namespace}/{name}',
        card,
      );
      expect(card.body.items).toEqual([
        expect.objectContaining({
          campaignId: id,
          shortfall: expect.objectContaining({ meets: false }),
        }),
      ]);
      const outside = await request(app).get(
        '/campaigns/entity/component/default/svc-p1',
      );
      expect(outside.body.items).toEqual([]);
    },
  );

  it('notifies the teams missing the goal as soon as a campaign in force is created, once per team', async () => {
    const sent: NotificationSendOptions[] = [];
    const { app } = await createOrganisationApp(databases, 'SQLITE_3', {
      notifications: { send: async n => void sent.push(n) },
    });
    const created = await request(app).post('/campaigns').send(campaign);
    expect(created.status).toBe(201);
    // Sent after the answer: wait for both teams' notifications.
    for (let i = 0; i < 100 && sent.length < 2; i++) {
      await new Promise(resolve => setTimeout(resolve, 20));
    }
    expect(
      sent
        .map(n => [n.recipients, n.payload.scope])
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([
      [
        { type: 'entity', entityRef: TEAM_A },
        `mlops-maturity-campaign:${created.body.id}:start`,
      ],
      [
        { type: 'entity', entityRef: TEAM_B },
        `mlops-maturity-campaign:${created.body.id}:start`,
      ],
    ]);

    // A campaign that starts later tells nobody yet.
    await request(app)
      .post('/campaigns')
      .send({ ...campaign, startsOn: '2026-07-01' })
      .expect(201);
    await new Promise(resolve => setTimeout(resolve, 200));
    expect(sent).toHaveLength(2);
  });

  it('raises the effective targets of a service missing the goal, keeping a higher own target', async () => {
    const { app } = await createOrganisationApp(databases, 'SQLITE_3');
    const before = await request(app).get('/targets/component/default/svc-b1');
    expect(before.body.effective.monitoring).toBe('intermediate');
    await request(app)
      .put('/targets/component/default/svc-b1')
      .send({ targets: { development: 'advanced' } })
      .expect(200);

    await request(app)
      .post('/campaigns')
      .send({
        ...campaign,
        goal: {
          areas: { monitoring: 'advanced', development: 'intermediate' },
        },
      })
      .expect(201);
    const after = await request(app).get('/targets/component/default/svc-b1');
    expect(after.body.effective).toMatchObject({
      monitoring: 'advanced',
      development: 'advanced',
    });
    expect(after.body.targets).toEqual({ development: 'advanced' });
    const roadmap = await request(app).get('/roadmap/component/default/svc-b1');
    expect(
      roadmap.body.items.some(
        (i: any) => i.areaId === 'monitoring' && i.levelId === 'advanced',
      ),
    ).toBe(true);
  });

  it('edits and closes; a closed campaign is a record (409) and no longer raises targets', async () => {
    const { app, auditEvents } = await createOrganisationApp(
      databases,
      'SQLITE_3',
    );
    const { body } = await request(app).post('/campaigns').send(campaign);
    const edited = await request(app)
      .put(`/campaigns/${body.id}`)
      .send({
        ...campaign,
        title: 'Defined by autumn',
        deadline: '2026-10-31',
      });
    expect(edited.status).toBe(200);
    expectMatchesSpec('put', '/campaigns/{id}', edited);
    expect(edited.body).toMatchObject({
      title: 'Defined by autumn',
      deadline: '2026-10-31',
    });
    const closed = await request(app).post(`/campaigns/${body.id}/close`);
    expect(closed.status).toBe(200);
    expectMatchesSpec('post', '/campaigns/{id}/close', closed);
    expect(closed.body.status).toBe('closed');
    const again = await request(app)
      .put(`/campaigns/${body.id}`)
      .send(campaign);
    expect(again.status).toBe(409);
    expectMatchesSpec('put', '/campaigns/{id}', again);
    expect(auditEvents.map(e => [e.eventId, e.outcome?.status])).toEqual(
      expect.arrayContaining([
        ['campaign-update', 'succeeded'],
        ['campaign-close', 'succeeded'],
        ['campaign-update', 'failed'],
      ]),
    );
    const card = await request(app).get(
      '/campaigns/entity/component/default/svc-b1',
    );
    expect(card.body.items).toEqual([]);
    const one = await request(app).get(`/campaigns/${body.id}`);
    expectMatchesSpec('get', '/campaigns/{id}', one);
    expect(one.body.campaign.closedBy).toBe('user:default/mock');
  });

  it('refuses writes without campaign.manage (403) and bad input with a 400 naming the field', async () => {
    const { app } = await createOrganisationApp(databases, 'SQLITE_3', {
      denied: ['mlops-maturity.campaign.manage'],
    });
    const denied = await request(app).post('/campaigns').send(campaign);
    expect(denied.status).toBe(403);
    expectMatchesSpec('post', '/campaigns', denied);
    const list = await request(app).get('/campaigns');
    expect(list.body.canManage).toBe(false);

    const { app: manager } = await createOrganisationApp(databases, 'SQLITE_3');
    const bad = await request(manager)
      .post('/campaigns')
      .send({ ...campaign, goal: { areas: { monitoring: 'expert' } } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('goal.areas.monitoring');
    const badId = await request(manager).get('/campaigns/nope');
    expect(badId.status).toBe(400);
    const missing = await request(manager).get(
      '/campaigns/00000000-0000-4000-8000-000000000000',
    );
    expect(missing.status).toBe(404);
  });

  it('needs the overview read permission to read campaigns, and counts only the services the caller may read', async () => {
    const { app } = await createOrganisationApp(databases, 'SQLITE_3', {
      denied: ['mlops-maturity.overview.read'],
    });
    expect((await request(app).get('/campaigns')).status).toBe(403);

    const { app: blind } = await createOrganisationApp(databases, 'SQLITE_3', {
      denied: ['catalog.entity.read'],
    });
    const { body } = await request(blind).post('/campaigns').send(campaign);
    const progress = await request(blind).get(`/campaigns/${body.id}/progress`);
    expect(progress.body.total.inScope).toBe(0);
    expect(progress.body.pointsHidden).toBe(true);
    expect(progress.body.missing).toEqual([]);
  });
});
