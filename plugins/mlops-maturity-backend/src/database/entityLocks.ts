import type { Knex } from 'knex';

/** First key of the advisory locks below, so they never meet another plugin's. */
const LOCK_NAMESPACE = 0x6d6c6f70; // 'mlop'

function isPostgres(db: Knex): boolean {
  return /^(pg|postgres)/.test(String(db.client.config.client));
}

/**
 * Makes the transaction the only writer of what is derived from these
 * entities (their organisation index entries) until it ends. A submission
 * and the catalog refresh both write an entity's index entry after reading
 * what is there, and the later of two must see what the earlier committed,
 * or a refresh would put back an entry older than a submission that
 * committed meanwhile.
 *
 * On PostgreSQL these are transaction-scoped advisory locks, one per entity
 * (by hash: two entities sharing one only wait for each other), taken in
 * ref order so that two writers of many entities cannot deadlock. SQLite
 * runs one write transaction at a time, so there is nothing to do.
 */
export async function lockEntitiesIn(
  tx: Knex,
  entityRefs: string[],
): Promise<void> {
  if (!entityRefs.length || !isPostgres(tx)) return;
  const sorted = [...new Set(entityRefs)].sort();
  // unnest returns the array in order, so the locks are taken in that order.
  await tx.raw(
    'select pg_advisory_xact_lock(?, hashtext(ref)) from unnest(cast(? as text[])) as ref',
    [LOCK_NAMESPACE, sorted],
  );
}
