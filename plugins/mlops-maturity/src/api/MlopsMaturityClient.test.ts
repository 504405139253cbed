import { ResponseError } from '@backstage/errors';
import { MlopsMaturityClient } from './MlopsMaturityClient';
import { isConflictError, isNotAllowedError } from './errors';

const BASE = 'http://localhost:7007/api/mlops-maturity';

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

function setup(response: () => Response) {
  const fetch = jest.fn(async (_url: string, _init?: RequestInit) =>
    response(),
  );
  const client = new MlopsMaturityClient({
    discoveryApi: { getBaseUrl: async () => BASE },
    fetchApi: { fetch: fetch as any },
  });
  return { client, fetch };
}

describe('MlopsMaturityClient', () => {
  it('addresses the entity by kind, namespace and name, URL-encoded', async () => {
    const { client, fetch } = setup(() =>
      jsonResponse(200, { entityRef: 'x' }),
    );
    await client.getScorecard('component:team-a/odd name');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/scorecards/component/team-a/odd%20name`,
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('sends JSON bodies with the method each operation needs', async () => {
    const { client, fetch } = setup(() => jsonResponse(200, {}));
    await client.saveDraft('component:default/a', { revision: 2, answers: {} });
    await client.submit('component:default/a', { revision: 3 });
    await client.saveTargets('component:default/a', { monitoring: 'advanced' });
    await client.previewScorecard('component:default/a', {
      x: { value: 'yes' },
    });
    expect(
      fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body]),
    ).toEqual([
      [
        `${BASE}/assessments/component/default/a/draft`,
        'PUT',
        '{"revision":2,"answers":{}}',
      ],
      [
        `${BASE}/assessments/component/default/a/submissions`,
        'POST',
        '{"revision":3}',
      ],
      [
        `${BASE}/targets/component/default/a`,
        'PUT',
        '{"targets":{"monitoring":"advanced"}}',
      ],
      [
        `${BASE}/scorecards/component/default/a/preview`,
        'POST',
        '{"answers":{"x":{"value":"yes"}}}',
      ],
    ]);
  });

  it('turns a 409 into a recognisable conflict error', async () => {
    const { client } = setup(() =>
      jsonResponse(409, {
        error: {
          name: 'ConflictError',
          message: 'Draft is at revision 5, not 4',
        },
        response: { statusCode: 409 },
      }),
    );
    const error = await client
      .saveDraft('component:default/a', { revision: 4, answers: {} })
      .catch(e => e);
    expect(ResponseError.is(error)).toBe(true);
    expect(error.response.status).toBe(409);
    expect(error.cause.name).toBe('ConflictError');
    expect(isConflictError(error)).toBe(true);
    expect(isNotAllowedError(error)).toBe(false);
  });

  it('discards the draft with DELETE and the revision in the query, reading no body from the 204', async () => {
    const { client, fetch } = setup(() => new Response(null, { status: 204 }));
    await expect(
      client.discardDraft('component:default/a', 7),
    ).resolves.toBeUndefined();
    expect(
      fetch.mock.calls.map(([url, init]) => [url, init?.method, init?.body]),
    ).toEqual([
      [
        `${BASE}/assessments/component/default/a/draft?revision=7`,
        'DELETE',
        undefined,
      ],
    ]);
  });

  it('rejects a stale discard with a conflict error', async () => {
    const { client } = setup(() =>
      jsonResponse(409, {
        error: { name: 'ConflictError', message: 'At revision 8' },
        response: { statusCode: 409 },
      }),
    );
    const error = await client
      .discardDraft('component:default/a', 7)
      .catch(e => e);
    expect(isConflictError(error)).toBe(true);
  });

  it('turns a 403 into a "not allowed" error', async () => {
    const { client } = setup(() =>
      jsonResponse(403, {
        error: { name: 'NotAllowedError', message: 'No' },
        response: { statusCode: 403 },
      }),
    );
    const error = await client
      .getAssessment('component:default/a')
      .catch(e => e);
    expect(isNotAllowedError(error)).toBe(true);
    expect(isConflictError(error)).toBe(false);
  });

  it('fetches the model once per language', async () => {
    const { client, fetch } = setup(() => jsonResponse(200, { id: 'm' }));
    await client.getModel('pt-BR');
    await client.getModel('pt-BR');
    await client.getModel('en');
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      `${BASE}/model?lang=pt-BR`,
      `${BASE}/model?lang=en`,
    ]);
  });

  it('retries the model after a failure', async () => {
    const responses = [
      jsonResponse(503, { error: { name: 'Error', message: 'down' } }),
      jsonResponse(200, { id: 'm' }),
    ];
    const { client, fetch } = setup(() => responses.shift()!);
    await expect(client.getModel('en')).rejects.toThrow();
    await expect(client.getModel('en')).resolves.toEqual({ id: 'm' });
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('returns the report as Markdown text', async () => {
    const { client, fetch } = setup(
      () =>
        new Response('# Report', {
          status: 200,
          headers: { 'Content-Type': 'text/markdown' },
        }),
    );
    await expect(
      client.getReport('component:default/a', 'markdown', 'pt-BR'),
    ).resolves.toBe('# Report');
    expect(fetch.mock.calls[0][0]).toBe(
      `${BASE}/reports/component/default/a?format=markdown&lang=pt-BR`,
    );
  });

  it('sends the organisation filters as repeated query parameters', async () => {
    const { client, fetch } = setup(() => jsonResponse(200, {}));
    await client.getOverview({
      groupBy: 'owner',
      groupType: 'team',
      filters: {
        owner: ['group:default/a', 'group:default/b'],
        lifecycle: ['production'],
        assessed: true,
        stale: false,
      },
    });
    await client.getOverviewEntities({
      filters: { domain: ['domain:default/risk'] },
      sort: 'area:monitoring:score',
      order: 'desc',
      offset: 50,
      limit: 25,
    });
    await client.getOverviewTrends({ months: 6 });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      `${BASE}/overview?groupBy=owner&groupType=team&owner=group%3Adefault%2Fa&owner=group%3Adefault%2Fb&lifecycle=production&assessed=true&stale=false`,
      `${BASE}/overview/entities?sort=area%3Amonitoring%3Ascore&order=desc&offset=50&limit=25&domain=domain%3Adefault%2Frisk`,
      `${BASE}/overview/trends?months=6`,
    ]);
  });

  it('downloads the CSV export as a blob, with the credentials of fetchApi', async () => {
    const { client, fetch } = setup(
      () =>
        new Response('entity_ref\r\n', {
          status: 200,
          headers: { 'Content-Type': 'text/csv' },
        }),
    );
    const blob = await client.exportOverview({
      filters: { system: ['system:default/fraud'] },
      sort: 'name',
    });
    expect(await blob.text()).toBe('entity_ref\r\n');
    expect(fetch).toHaveBeenCalledWith(
      `${BASE}/overview/export?format=csv&sort=name&system=system%3Adefault%2Ffraud`,
      expect.objectContaining({
        method: 'GET',
        headers: { Accept: 'text/csv' },
      }),
    );
  });

  it('addresses team reports by the group namespace and name', async () => {
    const { client, fetch } = setup(
      () => new Response('# Team', { status: 200 }),
    );
    await expect(
      client.getTeamReport('group:default/fraud-detection', 'markdown', 'en'),
    ).resolves.toBe('# Team');
    await client.getTeamReport('team x', 'markdown', 'pt-BR');
    await client.getTeamReport('team-a', 'markdown', 'en', {
      includeProvisional: true,
    });
    expect(fetch.mock.calls.map(([url]) => url)).toEqual([
      `${BASE}/team-reports/default/fraud-detection?format=markdown&lang=en`,
      `${BASE}/team-reports/default/team%20x?format=markdown&lang=pt-BR`,
      `${BASE}/team-reports/default/team-a?format=markdown&lang=en&includeProvisional=true`,
    ]);
  });
});
