import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import type { CollectedEvidence } from '@mlops-maturity/plugin-mlops-maturity-common';

/**
 * What the MLOps maturity backend hands to {@link EvidenceCollector.collect}.
 *
 * @public
 */
export interface EvidenceCollectorOptions {
  /** The catalog entity being scored, as the catalog returned it. */
  entity: Entity;
  /**
   * Aborted when the collector's time is up (see
   * {@link EvidenceCollector.timeoutMs}). Pass it on to `fetch` and other
   * cancellable calls so that abandoned work stops too.
   */
  signal: AbortSignal;
}

/**
 * A source of evidence outside the catalog, such as a deployment system, a
 * model registry or an experiment tracker, added to the MLOps maturity backend
 * by a backend module through {@link mlopsMaturityEvidenceCollectorExtensionPoint}.
 *
 * @remarks
 *
 * The contract between the backend and a collector:
 *
 * - **Identity.** `id` is what a model's evidence rule names in
 *   `{ type: 'collector', collectorId: '<id>' }`. Ids must be unique across
 *   all installed modules; the backend refuses to start when two collectors
 *   share an id. A collector that no rule of the active model references is
 *   never called.
 *
 * - **When it runs.** Once per scorecard computation of an entity, in
 *   parallel with every other collector the model references, after the
 *   entity was read from the catalog. It is not called when the catalog
 *   could not return the entity.
 *
 * - **What it returns.** A {@link @mlops-maturity/plugin-mlops-maturity-common#CollectedEvidence}:
 *   `found` with at least one item (a short, honest `label` saying what was
 *   seen and, when possible, a `url` to look at), `not-found` when the source
 *   answered and has nothing for this entity, or `unavailable` (with a
 *   `message`) when the source could not be asked. `unavailable` means
 *   "absence proves nothing": the criterion's evidence is shown as
 *   unavailable rather than missing, and the scorecard reports partial
 *   evidence. Return `not-found`, not `unavailable`, for entities the source
 *   simply does not know.
 *
 * - **Failures never fail a scorecard.** A collector that throws, rejects or
 *   does not settle within its timeout is recorded as `unavailable` with a
 *   message naming the cause; the scorecard is still computed from the stored
 *   answers and the remaining evidence. Prefer returning `unavailable`
 *   yourself with a message a team can act on.
 *
 * - **Fast and side-effect free.** A collector runs while a user waits for a
 *   page, so it should answer in well under a second (cache slow sources
 *   yourself), stop work when `signal` aborts, and only read: it must not
 *   change anything in the systems it asks, nor depend on being called a
 *   particular number of times.
 *
 * @public
 */
export interface EvidenceCollector {
  /** Unique id, referenced by the model's `collector` evidence rules. */
  id: string;
  /**
   * Longest time, in milliseconds, the backend waits for {@link EvidenceCollector.collect}
   * before recording the evidence as `unavailable` and aborting `signal`.
   * Defaults to the backend's default (2000 ms).
   */
  timeoutMs?: number;
  /** Looks for evidence about one entity. */
  collect(options: EvidenceCollectorOptions): Promise<CollectedEvidence>;
}

/**
 * Lets backend modules add {@link EvidenceCollector}s to the MLOps maturity
 * backend plugin.
 *
 * @public
 */
export interface MlopsMaturityEvidenceCollectorExtensionPoint {
  /**
   * Adds one or more collectors. May be called any number of times during the
   * module's `register` phase; every id must be unique across all calls and
   * modules.
   */
  addCollector(...collectors: EvidenceCollector[]): void;
}

/**
 * The extension point through which backend modules add evidence collectors
 * to the MLOps maturity backend plugin (plugin id `mlops-maturity`).
 *
 * @example
 *
 * ```ts
 * export default createBackendModule({
 *   pluginId: 'mlops-maturity',
 *   moduleId: 'my-registry-collector',
 *   register(reg) {
 *     reg.registerInit({
 *       deps: { collectors: mlopsMaturityEvidenceCollectorExtensionPoint },
 *       async init({ collectors }) {
 *         collectors.addCollector(myRegistryCollector);
 *       },
 *     });
 *   },
 * });
 * ```
 *
 * @public
 */
export const mlopsMaturityEvidenceCollectorExtensionPoint =
  createExtensionPoint<MlopsMaturityEvidenceCollectorExtensionPoint>({
    id: 'mlops-maturity.evidence-collectors',
  });
