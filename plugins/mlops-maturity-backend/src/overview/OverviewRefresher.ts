import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { Entity } from '@backstage/catalog-model';
import { ServiceUnavailableError, stringifyError } from '@backstage/errors';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import {
  collectorIdsFor,
  relatedEntityRefsFor,
  type EntitySelector,
  type MaturityModel,
  type OverviewRefreshResponse,
} from '@mlops-maturity/plugin-mlops-maturity-common';
import type { EvidenceCollector } from '@mlops-maturity/plugin-mlops-maturity-node';
import type { Knex } from 'knex';
import { chunks } from '../database/chunks';
import { withDatabaseErrors } from '../database/databaseErrors';
import { lockEntitiesIn } from '../database/entityLocks';
import { toIsoTimestamp } from '../database/rows';
import {
  snapshotEntity,
  type EvidenceSnapshot,
  type EvidenceSnapshotStore,
} from '../evidence/EvidenceSnapshotStore';
import { DEFAULT_CATALOG_TIMEOUT_MS } from '../evidence/EvidenceService';
import { CatalogTimeoutError, catalogWithDeadline } from './catalogReader';
import { referencedRef } from './entityAttributes';
import type { IndexEntry } from './indexEntry';
import {
  markLeftCatalogIn,
  replaceOrganisationIn,
  setIndexStateIn,
  writeIndexEntriesIn,
} from './indexWrites';
import {
  readCatalogForIndex,
  type CatalogSnapshot,
} from './readCatalogForIndex';
import type { IndexRefresher } from './OverviewStore';
import { collectForRefresh } from './refreshEvidence';
import { latestReviewsOf } from '../database/reviewQueries';
import {
  loadAnswers,
  loadIndexedEntries,
  loadLatestSubmissions,
  loadTargets,
} from './refreshReads';
import {
  fingerprintSalt,
  inputsFingerprint,
  scoreService,
  type ServiceInputs,
} from './scoreService';

/** Services compared, scored and written per transaction. */
const WRITE_PAGE_SIZE = 1000;

/** The `index_state` key of the time the last refresh finished. */
export const REFRESHED_AT_KEY = 'refreshedAt';

/** What the refresher needs. */
export interface OverviewRefresherOptions {
  db: Knex;
  catalog: CatalogService;
  auth: Pick<AuthService, 'getOwnServiceCredentials'>;
  model: MaturityModel;
  /** `mlopsMaturity.entities`. */
  entities: EntitySelector[];
  collectors: ReadonlyMap<string, EvidenceCollector>;
  collectorTimeoutMs: number;
  /**
   * Deadline of each catalog request (`mlopsMaturity.catalogTimeoutSeconds`
   * in milliseconds); default {@link DEFAULT_CATALOG_TIMEOUT_MS}.
   */
  catalogTimeoutMs?: number;
  /** Where each service's evidence is kept for scorecard reads. */
  snapshots: Pick<
    EvidenceSnapshotStore,
    'refs' | 'put' | 'confirmAll' | 'removeExcept'
  >;
  logger: LoggerService;
  now?: () => Date;
}

/**
 * Rebuilds the organisation index from the catalog: reads every ML service,
 * the Groups, Systems and Domains and the related entities first (a catalog
 * failure stops here, leaving the index untouched); then, page by page,
 * compares a hash of each service's inputs (entity, related entities, latest
 * submission, targets, collector evidence, domain, model) with the one its
 * entry was computed from, scores the services whose inputs changed with
 * their answers (one query per page) and writes their entries, one
 * transaction per page. Services the catalog no longer lists are hidden,
 * not deleted.
 */
export class OverviewRefresher implements IndexRefresher {
  private running?: Promise<OverviewRefreshResponse>;
  private readonly collectorIds: string[];
  private readonly salt: string;

  constructor(private readonly options: OverviewRefresherOptions) {
    // Every collector the model names: the refresh also keeps each
    // service's evidence snapshot, which scorecard reads are served from.
    this.collectorIds = collectorIdsFor(options.model);
    this.salt = fingerprintSalt(options.model);
  }

  /**
   * Runs a refresh; a call while one runs in this process shares its
   * result. Each catalog request has a deadline, so a run cannot hang on
   * the catalog: it fails with a 503, and the next call starts a new run.
   */
  refresh(): Promise<OverviewRefreshResponse> {
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async run(): Promise<OverviewRefreshResponse> {
    const { db, logger } = this.options;
    const began = performance.now();
    const startedAt = this.options.now?.() ?? new Date();
    const credentials = await this.options.auth.getOwnServiceCredentials();
    const timeoutMs =
      this.options.catalogTimeoutMs ?? DEFAULT_CATALOG_TIMEOUT_MS;
    let snapshot: CatalogSnapshot;
    try {
      snapshot = await readCatalogForIndex({
        catalog: catalogWithDeadline(this.options.catalog, timeoutMs),
        credentials,
        model: this.options.model,
        selectors: this.options.entities,
      });
    } catch (error) {
      // The details stay in the log: a catalog error can carry internal
      // addresses or the catalog's own database messages.
      logger.warn(
        `The MLOps maturity index refresh could not read the catalog: ${stringifyError(
          error,
        )}`,
      );
      const why =
        error instanceof CatalogTimeoutError
          ? `The catalog did not answer within ${
              timeoutMs / 1000
            } s (mlopsMaturity.catalogTimeoutSeconds)`
          : 'The catalog could not be read';
      throw new ServiceUnavailableError(
        `${why}, so the MLOps maturity index was not changed; the refresh was abandoned and the next one starts afresh`,
      );
    }

    const read = performance.now();
    let written = 0;
    const leftCatalog = await withDatabaseErrors('index refresh', async () => {
      const [indexed, latest, targets, snapshotted] = await Promise.all([
        loadIndexedEntries(db),
        loadLatestSubmissions(db),
        loadTargets(db),
        this.options.snapshots.refs(),
      ]);
      const domains = new Map(
        snapshot.organisation.systems.map(s => [s.system_ref, s.domain_ref]),
      );
      // The latest review of each latest submission: it changes levels and
      // the reviewed flag, so it is an input of the fingerprint too.
      const reviews = await latestReviewsOf(
        db,
        [...latest.values()].map(s => s.id),
      );
      for (const page of chunks(snapshot.services, WRITE_PAGE_SIZE)) {
        const collected = await collectForRefresh({
          entities: page,
          collectorIds: this.collectorIds,
          collectors: this.options.collectors,
          defaultTimeoutMs: this.options.collectorTimeoutMs,
          logger,
        });
        const changed = page.flatMap(({ ref, entity }) => {
          const systemRef = referencedRef(entity, 'partOf', 'system', 'System');
          const inputs: ServiceInputs = {
            entity,
            related: relatedOf(this.options.model, entity, snapshot.related),
            submission: latest.get(ref),
            review: reviews.get(latest.get(ref)?.id ?? ''),
            targets: targets.get(ref),
            collected: collected.get(ref) ?? {},
            domainRef: systemRef ? domains.get(systemRef) ?? null : null,
          };
          const fingerprint = inputsFingerprint(this.salt, inputs);
          const before = indexed.get(ref);
          return before?.inCatalog &&
            before.fingerprint === fingerprint &&
            snapshotted.has(ref)
            ? []
            : [{ ref, inputs, fingerprint }];
        });
        if (!changed.length) continue;
        written += changed.length;
        const answers = await loadAnswers(
          db,
          changed.flatMap(c => c.inputs.submission?.id ?? []),
        );
        const scored = changed.map(({ inputs, fingerprint }) =>
          scoreService({
            model: this.options.model,
            inputs,
            answers: inputs.submission && answers.get(inputs.submission.id),
            fingerprint,
            now: startedAt,
          }),
        );
        await db.transaction(tx =>
          writePage(
            tx,
            scored.map(s => s.entry),
          ),
        );
        await this.options.snapshots.put(
          scored.map(
            ({ evidence, status }, i): EvidenceSnapshot => ({
              entityRef: changed[i].ref,
              entity: snapshotEntity(changed[i].inputs.entity),
              evidence,
              status,
              takenAt: startedAt,
            }),
          ),
        );
      }
      const seen = new Set(snapshot.services.map(s => s.ref));
      const left = [...indexed]
        .filter(([ref, entry]) => entry.inCatalog && !seen.has(ref))
        .map(([ref]) => ref);
      await this.options.snapshots.removeExcept(seen);
      // Every remaining snapshot was either rewritten above or found
      // unchanged: all are current as of this refresh's start.
      await this.options.snapshots.confirmAll(startedAt);
      await db.transaction(async tx => {
        await markLeftCatalogIn(tx, left);
        await replaceOrganisationIn(tx, snapshot.organisation);
        await setIndexStateIn(tx, REFRESHED_AT_KEY, new Date().toISOString());
      });
      return left.length;
    });

    const durationMs = Math.round(performance.now() - began);
    logger.info(
      `Refreshed the MLOps maturity index in ${durationMs} ms: ${snapshot.services.length} ML services ` +
        `(${written} changed, ${leftCatalog} left the catalog), ${snapshot.organisation.groups.length} groups; ` +
        `reading the catalog took ${Math.round(read - began)} ms (entities ${
          snapshot.timings.entities
        } ms, related entities ${snapshot.timings.related} ms)`,
    );
    return { entities: snapshot.services.length, leftCatalog, durationMs };
  }
}

/** The related entities of one service, picked from the refresh's batch. */
function relatedOf(
  model: MaturityModel,
  entity: Entity,
  related: Map<string, Entity>,
): Entity[] {
  return relatedEntityRefsFor(model, entity).flatMap(ref => {
    const found = related.get(ref);
    return found ? [found] : [];
  });
}

/**
 * Writes a page's entries, except those that a submission overtook while
 * the page was being scored: the submission wrote a newer entry in its own
 * transaction, which the refresh must not overwrite with older answers.
 * Which services already have rows is read here, inside the transaction,
 * as a submission may have added one since the refresh began.
 */
async function writePage(tx: Knex, entries: IndexEntry[]): Promise<void> {
  // Submissions committing from here on wait for this page, and those that
  // committed before are seen by the read below.
  await lockEntitiesIn(
    tx,
    entries.map(e => e.entity.entity_ref),
  );
  const current = new Map<string, number | null>();
  for (const part of chunks(
    entries.map(e => e.entity.entity_ref),
    1000,
  )) {
    const rows: Array<{ entity_ref: string; assessed_at: unknown }> = await tx(
      'entity_index',
    )
      .whereIn('entity_ref', part)
      .select('entity_ref', 'assessed_at');
    for (const row of rows) {
      current.set(
        row.entity_ref,
        row.assessed_at === null
          ? null
          : Date.parse(toIsoTimestamp(row.assessed_at as string)),
      );
    }
  }
  const fresh = entries.filter(entry => {
    const indexed = current.get(entry.entity.entity_ref) ?? null;
    const ours = entry.entity.assessed_at?.getTime() ?? -Infinity;
    return indexed === null || indexed <= ours;
  });
  await writeIndexEntriesIn(tx, fresh, { isNew: ref => !current.has(ref) });
}
