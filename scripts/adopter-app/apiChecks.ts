/**
 * What the adopter check asks the started backend, as the app's guest user
 * (create-app's guest sign-in): the plugin serves a scorecard for the ML
 * service of the root README's "Getting started", with complete catalog
 * evidence, under the backend README's permission policy; bad requests get
 * clear errors.
 */
import { readFileSync } from 'node:fs';
import type { Backend } from './backendProcess';

/** One named check and its outcome. */
export interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

interface Reply {
  status: number;
  body: any;
  text: string;
}

const API = '/api/mlops-maturity';
/** The README's ML service, owned by `guests`, the guest's group. */
const SERVICE = 'component/default/fraud-scorer';
/** The template's ML service of another team. */
const OTHER_SERVICE = 'component/default/churn-model';
const sleep = (ms: number) => new Promise(r => setTimeout(r, ms));

async function send(
  baseUrl: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
): Promise<Reply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  return { status: response.status, body: parsed, text };
}

/** Fails the current check with `message`. */
const fail = (message: string): never => {
  throw new Error(message);
};

const short = (reply: Reply) => `${reply.status} ${reply.text.slice(0, 400)}`;

/**
 * The most mature answer to every criterion of the model: yes, automated, or
 * the last option of a multiple choice.
 */
function bestAnswers(model: any): Record<string, { value: string }> {
  const answers: Record<string, { value: string }> = {};
  for (const area of model?.areas ?? []) {
    for (const criterion of area.criteria ?? []) {
      const value =
        criterion.answerType === 'yes-no'
          ? 'yes'
          : criterion.answerType === 'practice-scale'
          ? 'automated'
          : criterion.options?.[criterion.options.length - 1]?.id;
      answers[criterion.id] = { value };
    }
  }
  return answers;
}

/** Runs every check; a check that throws is a failure, the others still run. */
export async function checkApi(backend: Backend): Promise<CheckResult[]> {
  const { baseUrl } = backend;
  const results: CheckResult[] = [];
  const check = async (name: string, body: () => Promise<void>) => {
    try {
      await body();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, detail: (error as Error).message });
    }
  };

  await check('a request without credentials gets 401', async () => {
    const reply = await send(baseUrl, 'GET', `${API}/scorecards/${SERVICE}`);
    if (reply.status !== 401) fail(short(reply));
  });

  const signIn = await send(baseUrl, 'POST', '/api/auth/guest/refresh');
  let token: string | undefined = signIn.body?.backstageIdentity?.token;
  results.push(
    token
      ? { name: "guest sign-in (create-app's guest provider)", ok: true }
      : { name: 'guest sign-in', ok: false, detail: short(signIn) },
  );
  if (!token) return results;

  await check(
    "the catalog reads the README's ML service, the other team's and the guest user (within 90 s)",
    async () => {
      const deadline = Date.now() + 90_000;
      for (const ref of [SERVICE, OTHER_SERVICE, 'user/default/guest']) {
        let last: Reply | undefined;
        while (Date.now() < deadline) {
          last = await send(
            baseUrl,
            'GET',
            `/api/catalog/entities/by-name/${ref}`,
            token,
          );
          if (last.status === 200) break;
          await sleep(1_000);
        }
        if (last?.status !== 200) {
          fail(`${ref}: ${last ? short(last) : 'no answer'}`);
        }
      }
    },
  );

  // Signed in again now that the catalog holds the guest user: a sign-in
  // before that gets no group (the provider falls back to the bare ref).
  await check(
    'the guest signs in as the catalog user, a member of guests (within 30 s)',
    async () => {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const again = await send(baseUrl, 'POST', '/api/auth/guest/refresh');
        const groups: string[] =
          again.body?.backstageIdentity?.identity?.ownershipEntityRefs ?? [];
        if (groups.includes('group:default/guests')) {
          token = again.body.backstageIdentity.token;
          return;
        }
        if (Date.now() > deadline) fail(short(again));
        await sleep(1_000);
      }
    },
  );

  const model = await send(baseUrl, 'GET', `${API}/model?lang=en`, token);
  const areaIds: string[] = (model.body?.areas ?? []).map((a: any) => a.id);
  const levelIds = new Set<string>(
    (model.body?.levels ?? []).map((l: any) => l.id),
  );
  const overallIds = new Set<string>(
    (model.body?.overallLevels ?? []).map((l: any) => l.id),
  );
  await check(
    'GET /model: the default model, with areas and levels',
    async () => {
      if (model.status !== 200) fail(short(model));
      if (!areaIds.length || !levelIds.size) {
        fail(`no areas or levels: ${model.text.slice(0, 300)}`);
      }
    },
  );

  const scorecard = await send(
    baseUrl,
    'GET',
    `${API}/scorecards/${SERVICE}`,
    token,
  );
  await check(
    'GET /scorecards/component/default/fraud-scorer: 200, every area of the model scored',
    async () => {
      if (scorecard.status !== 200) fail(short(scorecard));
      const body = scorecard.body;
      if (body.entityRef !== 'component:default/fraud-scorer') {
        fail(`entityRef is ${body.entityRef}`);
      }
      const scored = body.scorecard?.areas?.map((a: any) => a.areaId) ?? [];
      if (scored.join() !== areaIds.join()) {
        fail(`areas ${scored.join()} instead of the model's ${areaIds.join()}`);
      }
      for (const area of body.scorecard.areas) {
        if (area.levelId !== null && !levelIds.has(area.levelId)) {
          fail(
            `area ${area.areaId} has level ${area.levelId}, not one of the model`,
          );
        }
        if (!area.criteria?.length) fail(`area ${area.areaId} has no criteria`);
      }
      if (body.assessed !== null)
        fail(`assessed is ${JSON.stringify(body.assessed)}`);
    },
  );

  await check(
    'the scorecard has catalog-only levels: an overall level of the model and a level in some area',
    async () => {
      if (scorecard.status !== 200) fail('no scorecard');
      const { overall, areas } = scorecard.body.scorecard;
      if (!overallIds.has(overall?.levelId)) {
        fail(
          `overall level ${overall?.levelId}, not one of ${[
            ...overallIds,
          ].join()}`,
        );
      }
      if (!areas.some((a: any) => a.levelId !== null)) {
        fail('no area has a level');
      }
    },
  );

  await check(
    "the scorecard's catalog evidence is complete (evidenceStatus available, nothing unavailable)",
    async () => {
      if (scorecard.status !== 200) fail('no scorecard');
      const body = scorecard.body;
      if (body.evidenceStatus !== 'available') {
        fail(`evidenceStatus is ${body.evidenceStatus}`);
      }
      const unavailable = body.scorecard.areas
        .flatMap((a: any) => a.criteria)
        .filter((c: any) => c.evidence?.status === 'unavailable')
        .map((c: any) => c.criterionId);
      if (unavailable.length)
        fail(`unavailable evidence: ${unavailable.join()}`);
    },
  );

  await check(
    "the README's argocd/app-name annotation counts as evidence",
    async () => {
      if (scorecard.status !== 200) fail('no scorecard');
      const found = scorecard.body.scorecard.areas
        .flatMap((a: any) => a.criteria)
        .filter(
          (c: any) =>
            c.evidence?.status === 'found' &&
            JSON.stringify(c.evidence.items).includes('argocd/app-name'),
        );
      if (!found.length) fail('no criterion found the annotation');
    },
  );

  await check(
    "the README's policy is in force: the guest reads the other team's service but may not edit it (canEdit false, a draft save 403)",
    async () => {
      const other = await send(
        baseUrl,
        'GET',
        `${API}/scorecards/${OTHER_SERVICE}`,
        token,
      );
      if (other.status !== 200) fail(short(other));
      if (other.body.canEdit !== false) {
        fail(`canEdit is ${other.body.canEdit}`);
      }
      const save = await send(
        baseUrl,
        'PUT',
        `${API}/assessments/${OTHER_SERVICE}/draft`,
        token,
        { revision: 0, answers: {} },
      );
      if (save.status !== 403 || save.body?.error?.name !== 'NotAllowedError') {
        fail(short(save));
      }
    },
  );

  await check(
    "the guest, in the owning group, submits a complete assessment of the README's service (201) and its scorecard shows it, with a level in every area",
    async () => {
      if (scorecard.body?.canEdit !== true) {
        fail(
          `canEdit is ${scorecard.body?.canEdit} on the guest's own service`,
        );
      }
      const submission = await send(
        baseUrl,
        'POST',
        `${API}/assessments/${SERVICE}/submissions`,
        token,
        { answers: bestAnswers(model.body) },
      );
      if (submission.status !== 201) fail(short(submission));
      const after = await send(
        baseUrl,
        'GET',
        `${API}/scorecards/${SERVICE}`,
        token,
      );
      if (after.status !== 200) fail(short(after));
      if (after.body.assessed?.submissionId !== submission.body.id) {
        fail(
          `assessed is ${JSON.stringify(after.body.assessed)}, not submission ${
            submission.body.id
          }`,
        );
      }
      const { overall, areas } = after.body.scorecard;
      const unleveled = areas.filter((a: any) => !levelIds.has(a.levelId));
      if (unleveled.length || !overallIds.has(overall?.levelId)) {
        fail(
          `levels: overall ${overall?.levelId}, ${areas
            .map((a: any) => `${a.areaId} ${a.levelId}`)
            .join(', ')}`,
        );
      }
    },
  );

  await check(
    'an entity that is not an ML service gets 404 naming mlopsMaturity.entities',
    async () => {
      const reply = await send(
        baseUrl,
        'GET',
        `${API}/scorecards/component/default/example-website`,
        token,
      );
      if (
        reply.status !== 404 ||
        !reply.text.includes('mlopsMaturity.entities')
      ) {
        fail(short(reply));
      }
    },
  );

  await check('a malformed entity reference gets 400 saying so', async () => {
    const reply = await send(
      baseUrl,
      'GET',
      `${API}/scorecards/not%20a%20kind/default/fraud-scorer`,
      token,
    );
    if (
      reply.status !== 400 ||
      reply.body?.error?.name !== 'InputError' ||
      !reply.body.error.message.includes('Malformed entity reference')
    ) {
      fail(short(reply));
    }
  });

  await check(
    'the plugin logged no warning or error (start-up, index refresh, these requests)',
    async () => {
      // Backstage's development log: `<time> <plugin> <level> <message>`, coloured.
      const lines = readFileSync(backend.logFile, 'utf8')
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .filter(line => /^\S+ mlops-maturity (warn|error) /.test(line));
      if (lines.length) fail(lines.slice(0, 5).join('\n'));
    },
  );

  return results;
}
