import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type express from 'express';
import request from 'supertest';
import { createTestDatabases } from '../__testUtils__/databases';
import {
  FRAUD_PATH,
  SOME_CRITERION,
  metAnswer,
  unmetAnswer,
} from '../__testUtils__/fixtures';
import { expectMatchesSpec } from '../__testUtils__/openApiSpec';
import { sqliteTestApp } from '../__testUtils__/testApp';
import { findForbiddenKey } from './requireJsonBody';

jest.setTimeout(60_000);

const DRAFT = `/assessments/${FRAUD_PATH}/draft`;
const SUBMISSIONS = `/assessments/${FRAUD_PATH}/submissions`;
const SPEC_DRAFT = '/assessments/{kind}/{namespace}/{name}/draft';
const SPEC_SUBMISSIONS = '/assessments/{kind}/{namespace}/{name}/submissions';

const savedAnswers = { [SOME_CRITERION.id]: metAnswer(SOME_CRITERION) };
const otherAnswers = { [SOME_CRITERION.id]: unmetAnswer(SOME_CRITERION) };

/** Sends raw bytes with exactly the given headers: supertest always adds a Content-Type to a body. */
async function rawRequest(
  app: express.Express,
  method: string,
  path: string,
  body: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const server = http.createServer(app).listen(0);
  try {
    const { port } = server.address() as AddressInfo;
    return await new Promise((resolve, reject) => {
      const req = http.request(
        {
          port,
          method,
          path,
          headers: { 'content-length': Buffer.byteLength(body), ...headers },
        },
        res => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', chunk => {
            text += chunk;
          });
          res.on('end', () =>
            resolve({ status: res.statusCode!, body: JSON.parse(text) }),
          );
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  } finally {
    server.close();
  }
}

describe('requireJsonBody', () => {
  const databases = createTestDatabases();
  const setup = sqliteTestApp(databases);

  /** An app whose entity has a draft at revision 1 and no submission. */
  async function appWithDraft() {
    const app = await setup();
    const saved = await request(app.app)
      .put(DRAFT)
      .send({ revision: 0, answers: savedAnswers });
    expect(saved.status).toBe(200);
    return app;
  }

  /** The draft is still the one saved by `appWithDraft`, and nothing was submitted. */
  async function expectNothingWritten(app: express.Express) {
    const read = await request(app).get(`/assessments/${FRAUD_PATH}`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({
      revision: 1,
      draft: { answers: savedAnswers },
      latestSubmission: null,
    });
    const submissions = await request(app).get(SUBMISSIONS);
    expect(submissions.status).toBe(200);
    expect(submissions.body.items).toEqual([]);
  }

  const draftBody = JSON.stringify({ revision: 1, answers: otherAnswers });
  const submitBody = JSON.stringify({ answers: otherAnswers });

  describe.each([
    ['PUT', DRAFT, SPEC_DRAFT, draftBody],
    ['POST', SUBMISSIONS, SPEC_SUBMISSIONS, submitBody],
  ])('%s %s', (method, path, specPath, json) => {
    it.each<[string, Record<string, string>, string]>([
      ['text/plain', { 'content-type': 'text/plain' }, json],
      [
        'form data',
        { 'content-type': 'application/x-www-form-urlencoded' },
        `answers=${encodeURIComponent(JSON.stringify(otherAnswers))}`,
      ],
      [
        'multipart form data',
        { 'content-type': 'multipart/form-data; boundary=x' },
        `--x\r\nContent-Disposition: form-data; name="revision"\r\n\r\n1\r\n--x--\r\n`,
      ],
      [
        'JSON of another media type',
        { 'content-type': 'application/vnd.api+json' },
        json,
      ],
      ['no content type', {}, json],
    ])('answers 415 to %s and writes nothing', async (_, headers, body) => {
      const { app } = await appWithDraft();
      const res = await rawRequest(app, method, path, body, headers);
      expect(res.status).toBe(415);
      expect(res.body.error.name).toBe('UnsupportedMediaTypeError');
      expect(res.body.error.message).toContain(
        'Content-Type: application/json',
      );
      expect(res.body.error.message).toContain(
        headers['content-type'] ?? 'no Content-Type',
      );
      await expectNothingWritten(app);
    });

    it('documents the 415 in the spec', async () => {
      const { app } = await appWithDraft();
      const res = await request(app)
        [method === 'PUT' ? 'put' : 'post'](path)
        .set('Content-Type', 'text/plain')
        .send(json);
      expect(res.status).toBe(415);
      expectMatchesSpec(method.toLowerCase(), specPath, res);
    });

    it.each([
      [
        '__proto__',
        `{"answers": {"__proto__": {"polluted": true}}}`,
        'answers.__proto__',
      ],
      [
        'constructor',
        `{"answers": {"x": [{"constructor": 1}]}}`,
        'answers.x[0].constructor',
      ],
      ['prototype', `{"prototype": {}}`, 'prototype'],
    ])(
      'answers 400 naming a %s key and writes nothing',
      async (key, body, at) => {
        const { app } = await appWithDraft();
        const res = await rawRequest(app, method, path, body, {
          'content-type': 'application/json',
        });
        expect(res.status).toBe(400);
        expect(res.body.error.name).toBe('InputError');
        expect(res.body.error.message).toBe(
          `The request body must not contain the key ${key}, found at ${at}`,
        );
        await expectNothingWritten(app);
      },
    );
  });

  it('accepts JSON with a charset', async () => {
    const { app } = await appWithDraft();
    const res = await rawRequest(app, 'PUT', DRAFT, draftBody, {
      'content-type': 'application/json; charset=utf-8',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ revision: 2, answers: otherAnswers });
  });

  it('lets a POST without a body through: the refresh', async () => {
    const { app } = await setup();
    // Neither Content-Type nor Content-Length, as `curl -X POST` sends it.
    const server = http.createServer(app).listen(0);
    try {
      const { port } = server.address() as AddressInfo;
      const status = await new Promise<number>((resolve, reject) => {
        const req = http.request(
          { port, method: 'POST', path: '/overview/refresh' },
          res => {
            res.resume();
            resolve(res.statusCode!);
          },
        );
        req.on('error', reject);
        req.removeHeader('content-length');
        req.removeHeader('transfer-encoding');
        req.flushHeaders();
        req.end();
      });
      expect(status).toBe(200);
    } finally {
      server.close();
    }
    const res = await request(app).post('/overview/refresh');
    expect(res.status).toBe(200);
    expectMatchesSpec('post', '/overview/refresh', res);
  });

  it('lets a submission without a body through: it submits the draft', async () => {
    const { app } = await appWithDraft();
    const res = await rawRequest(app, 'POST', SUBMISSIONS, '');
    expect(res.status).toBe(201);
    expect(res.body.answers).toEqual(savedAnswers);
  });
});

describe('findForbiddenKey', () => {
  it.each([
    [{}, null],
    [{ answers: { a: { value: 'yes', note: '__proto__' } } }, null],
    [[1, 'constructor', null], null],
    [JSON.parse('{"__proto__": 1}'), { key: '__proto__', path: '__proto__' }],
    [
      JSON.parse('{"a": [{"b": {"prototype": 1}}], "c": 2}'),
      { key: 'prototype', path: 'a[0].b.prototype' },
    ],
    [
      JSON.parse('{"a": {"prototype": 1}, "constructor": 2}'),
      { key: 'constructor', path: 'constructor' },
    ],
    [
      JSON.parse('[{"x": 1}, {"constructor": 1}]'),
      { key: 'constructor', path: '[1].constructor' },
    ],
  ])('finds in %j: %j', (body, expected) => {
    expect(findForbiddenKey(body)).toEqual(expected);
  });

  it('walks bodies nested deeper than the call stack', () => {
    const depth = 100_000;
    const body = JSON.parse(
      `${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}`,
    );
    expect(findForbiddenKey(body)?.path).toBe(`${'a.'.repeat(depth)}__proto__`);
  });
});
