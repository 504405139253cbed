import type {
  ModelLanguage,
  ScorecardResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { LocalizedMaturityModel, MlopsMaturityApi } from '../../api';

/**
 * How long a prefetched request may stand in for the card's own. Short: a
 * page that shows the card takes it within a second or two, and an answer
 * older than this could predate a submission.
 */
export const PREFETCH_TTL_MS = 5_000;

interface Prefetched {
  promise: Promise<ScorecardResponse>;
  /** The answer, once it has arrived. */
  value?: ScorecardResponse;
  startedAt: number;
  taken: boolean;
}

// Per API instance, so that apps (and tests) never share answers.
const prefetched = new WeakMap<MlopsMaturityApi, Map<string, Prefetched>>();

function available(
  api: MlopsMaturityApi,
  entityRef: string,
  now: number,
): Prefetched | undefined {
  const entry = prefetched.get(api)?.get(entityRef);
  return entry && !entry.taken && now - entry.startedAt < PREFETCH_TTL_MS
    ? entry
    : undefined;
}

/**
 * Starts loading an entity's scorecard before the card that shows it has
 * mounted; the card's first load takes this request instead of asking
 * again. Does nothing when a request for the entity started less than
 * {@link PREFETCH_TTL_MS} ago, taken or not, so rendering again does not
 * ask again.
 */
export function prefetchScorecard(
  api: MlopsMaturityApi,
  entityRef: string,
  now = Date.now(),
): void {
  let byRef = prefetched.get(api);
  if (!byRef) {
    byRef = new Map();
    prefetched.set(api, byRef);
  }
  const existing = byRef.get(entityRef);
  if (existing && now - existing.startedAt < PREFETCH_TTL_MS) return;
  const entry: Prefetched = {
    promise: api.getScorecard(entityRef),
    startedAt: now,
    taken: false,
  };
  // Whoever takes the request sees a failure; it may never be taken.
  entry.promise.then(
    value => {
      entry.value = value;
    },
    () => {},
  );
  byRef.set(entityRef, entry);
}

/**
 * The request {@link prefetchScorecard} started for the entity, if it is
 * recent and nobody took it yet: each is taken once, so a retry or the next
 * visit asks the backend again.
 */
export function takePrefetchedScorecard(
  api: MlopsMaturityApi,
  entityRef: string,
  now = Date.now(),
): Promise<ScorecardResponse> | undefined {
  const entry = available(api, entityRef, now);
  if (!entry) return undefined;
  entry.taken = true;
  return entry.promise;
}

/**
 * The answer of the request {@link takePrefetchedScorecard} would hand out,
 * if it has arrived; takes nothing, so it is safe while rendering.
 */
export function peekPrefetchedScorecard(
  api: MlopsMaturityApi,
  entityRef: string,
  now = Date.now(),
): ScorecardResponse | undefined {
  return available(api, entityRef, now)?.value;
}

const models = new WeakMap<
  MlopsMaturityApi,
  Map<ModelLanguage, LocalizedMaturityModel>
>();

/**
 * Starts loading the model in `lang` (the client keeps one request per
 * language) and remembers it once it has arrived, so that a card mounting
 * later can render it at once.
 */
export function prefetchModel(api: MlopsMaturityApi, lang: ModelLanguage) {
  api.getModel(lang).then(
    model => {
      let byLang = models.get(api);
      if (!byLang) {
        byLang = new Map();
        models.set(api, byLang);
      }
      byLang.set(lang, model);
    },
    () => {},
  );
}

/** The model {@link prefetchModel} loaded, once it has arrived. */
export function prefetchedModel(
  api: MlopsMaturityApi,
  lang: ModelLanguage,
): LocalizedMaturityModel | undefined {
  return models.get(api)?.get(lang);
}
