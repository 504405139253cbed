import type { Entity } from '@backstage/catalog-model';
import type { Knex } from 'knex';
import { applyRequestFilters, type RequestFilters } from './filters';
import {
  applyPredicate,
  type IndexPredicate,
  type VisibilityCandidate,
} from './visibility';

/** Services per query while collecting candidates; their snapshots are a few kB each. */
export const CANDIDATE_BATCH_SIZE = 1000;

interface CandidateRow {
  entity_ref: string;
  kind: string;
  owner_ref: string | null;
  entity: string | null;
}

function parseEntity(json: string | null): Entity | null {
  if (json === null) return null;
  try {
    return JSON.parse(json) as Entity;
  } catch {
    // A snapshot that cannot be read decides nothing: the service is then
    // decided by the permission backend.
    return null;
  }
}

/**
 * The services in the catalog that match the request's filters and
 * `where`, each with its kind, owner and the reduced entity of its evidence
 * snapshot, in batches ordered by ref (keyset pages, so that a batch never
 * skips or repeats a service).
 *
 * The snapshot is read from `evidence_snapshots` in the same database with
 * a join, rather than through the snapshot store one service at a time: it
 * holds the fields the catalog's permission rules read (kind, annotations,
 * labels, relations).
 */
export async function* visibilityCandidates(
  db: Knex,
  options: {
    filters: RequestFilters;
    staleBefore: Date;
    where: IndexPredicate;
    batchSize?: number;
  },
): AsyncGenerator<VisibilityCandidate[]> {
  const size = options.batchSize ?? CANDIDATE_BATCH_SIZE;
  let after: string | undefined;
  for (;;) {
    const query = db('entity_index as e')
      .leftJoin('evidence_snapshots as s', 's.entity_ref', 'e.entity_ref')
      .select('e.entity_ref', 'e.kind', 'e.owner_ref', 's.entity')
      .orderBy('e.entity_ref')
      .limit(size);
    applyRequestFilters(query, options.filters, options.staleBefore);
    applyPredicate(query, options.where);
    if (after !== undefined) query.where('e.entity_ref', '>', after);
    const rows: CandidateRow[] = await query;
    if (rows.length) {
      yield rows.map(row => ({
        entityRef: row.entity_ref,
        kind: row.kind,
        ownerRef: row.owner_ref,
        entity: parseEntity(row.entity),
      }));
    }
    if (rows.length < size) return;
    after = rows[rows.length - 1].entity_ref;
  }
}
