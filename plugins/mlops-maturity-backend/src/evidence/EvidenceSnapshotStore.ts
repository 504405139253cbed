import type { Entity } from '@backstage/catalog-model';
import type { EvidenceSet } from '@mlops-maturity/plugin-mlops-maturity-common';
import type { Knex } from 'knex';
import { chunks } from '../database/chunks';
import { withDatabaseErrors } from '../database/databaseErrors';

/** The sources a snapshot's evidence came from answered fully or in part. */
export type SnapshotStatus = 'available' | 'partial';

/** One ML service's evidence as last read from its sources. */
export interface EvidenceSnapshot {
  entityRef: string;
  /** The entity reduced by {@link snapshotEntity}. */
  entity: Entity;
  evidence: EvidenceSet;
  status: SnapshotStatus;
  /**
   * When the sources were last read and gave this evidence: when the row
   * was written, or the start of a later complete refresh that found the
   * entity's inputs unchanged.
   */
  takenAt: Date;
}

interface SnapshotRow {
  entity_ref: string;
  entity: string;
  evidence: string;
  status: string;
  taken_at: number | string;
  /** Read with the row: the last complete refresh's start. */
  confirmed_at?: number | string | null;
}

const TABLE = 'evidence_snapshots';
const STATE = 'evidence_state';
const CONFIRMED_AT = 'confirmedAt';

/** Snapshot rows per insert: their JSON is large, so fewer than for other tables. */
const SNAPSHOTS_PER_STATEMENT = 100;

/**
 * The entity fields a snapshot keeps: what the ML-service check, the report
 * title and the catalog's permission rules (kind, annotations, labels,
 * ownership relations) read. The evidence itself is stored already
 * evaluated, so the rest of the entity is not needed, and leaving it out
 * keeps the table small.
 */
export function snapshotEntity(entity: Entity): Entity {
  const { name, namespace, title, annotations, labels, tags } = entity.metadata;
  return {
    apiVersion: entity.apiVersion,
    kind: entity.kind,
    metadata: { name, namespace, title, annotations, labels, tags },
    ...(entity.spec ? { spec: { type: entity.spec.type } } : {}),
    relations: entity.relations,
  };
}

function toSnapshot(row: SnapshotRow): EvidenceSnapshot {
  return {
    entityRef: row.entity_ref,
    entity: JSON.parse(row.entity),
    evidence: JSON.parse(row.evidence),
    status: row.status === 'partial' ? 'partial' : 'available',
    takenAt: new Date(
      Math.max(Number(row.taken_at), Number(row.confirmed_at ?? 0)),
    ),
  };
}

function toRow(snapshot: EvidenceSnapshot): SnapshotRow {
  return {
    entity_ref: snapshot.entityRef,
    entity: JSON.stringify(snapshot.entity),
    evidence: JSON.stringify(snapshot.evidence),
    status: snapshot.status,
    taken_at: snapshot.takenAt.getTime(),
  };
}

/**
 * The `evidence_snapshots` table. Everything in it can be rebuilt from the
 * catalog, so a write that fails is logged by the caller and never fails
 * the request it serves.
 */
export class EvidenceSnapshotStore {
  constructor(private readonly db: Knex) {}

  /** The snapshot of one entity, if any. */
  async get(entityRef: string): Promise<EvidenceSnapshot | undefined> {
    return withDatabaseErrors('evidence read', async () => {
      // One statement: the row and the last confirmation of all snapshots.
      const row: SnapshotRow | undefined = await this.db(TABLE)
        .select(
          `${TABLE}.*`,
          this.db(STATE)
            .select('value')
            .where({ key: CONFIRMED_AT })
            .as('confirmed_at'),
        )
        .where({ entity_ref: entityRef })
        .first();
      return row ? toSnapshot(row) : undefined;
    });
  }

  /** Writes (or replaces) snapshots. */
  async put(snapshots: EvidenceSnapshot[]): Promise<void> {
    await withDatabaseErrors('evidence write', () =>
      writeSnapshotsIn(this.db, snapshots),
    );
  }

  /** The refs that have a snapshot, for a refresh to tell new entries from known ones. */
  async refs(): Promise<Set<string>> {
    return withDatabaseErrors('evidence read', async () => {
      const rows: Array<{ entity_ref: string }> = await this.db(TABLE).select(
        'entity_ref',
      );
      return new Set(rows.map(row => row.entity_ref));
    });
  }

  /**
   * Records that a refresh which started at `at` read the sources of every
   * ML service and wrote the snapshots whose inputs changed: every snapshot
   * now counts as read at `at` or later. One row, so a refresh that changes
   * nothing rewrites no snapshot.
   */
  async confirmAll(at: Date): Promise<void> {
    await withDatabaseErrors('evidence write', () =>
      this.db(STATE)
        .insert({ key: CONFIRMED_AT, value: at.getTime() })
        .onConflict('key')
        .merge(),
    );
  }

  /** Removes the snapshots of entities that are no longer ML services in the catalog. */
  async removeExcept(keep: ReadonlySet<string>): Promise<number> {
    return withDatabaseErrors('evidence write', async () => {
      const rows: Array<{ entity_ref: string }> = await this.db(TABLE).select(
        'entity_ref',
      );
      const gone = rows.map(r => r.entity_ref).filter(ref => !keep.has(ref));
      for (const part of chunks(gone)) {
        await this.db(TABLE).whereIn('entity_ref', part).delete();
      }
      return gone.length;
    });
  }
}

/**
 * Upserts snapshots, never replacing one that was taken later (a refresh
 * that began before a write must not put back the evidence the write
 * replaced).
 */
async function writeSnapshotsIn(
  db: Knex,
  snapshots: EvidenceSnapshot[],
): Promise<void> {
  for (const part of chunks(snapshots, SNAPSHOTS_PER_STATEMENT)) {
    await db<SnapshotRow>(TABLE)
      .insert(part.map(toRow))
      .onConflict('entity_ref')
      .merge()
      .where(`${TABLE}.taken_at`, '<=', db.raw('excluded.taken_at'));
  }
}
