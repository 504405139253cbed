import type { Knex } from 'knex';
import type { EntityIndexRow, IndexEntry } from './indexEntry';
import type { Organisation } from './organisation';
import { chunks } from '../database/chunks';

async function insertInChunks(tx: Knex, table: string, rows: object[]) {
  for (const part of chunks(rows)) await tx(table).insert(part);
}

/** Bound values per statement of {@link insertRows} on SQLite, which allows 32,766. */
const VALUES_PER_STATEMENT = 10_000;

/** Rows per statement of {@link insertRows} on PostgreSQL, which gets them as one JSON value. */
const ROWS_PER_JSON_STATEMENT = 20_000;

/** A column written by {@link insertRows}, with its PostgreSQL type for the array cast. */
type Column = readonly [name: string, pgType: string];

function isPostgres(tx: Knex): boolean {
  return /^(pg|postgres)/.test(String(tx.client.config.client));
}

/**
 * Inserts many rows with statements written directly: a refresh writes up
 * to a few hundred thousand small rows, and knex's query builder costs more
 * than the database for those. PostgreSQL gets the rows as one JSON value
 * (`insert ... select ... from json_to_recordset(?)`), so a statement has a
 * single parameter whatever its size; SQLite gets multi-row `values` lists.
 * Table and column names are this module's constants, never input.
 */
async function insertRows(
  tx: Knex,
  table: string,
  columns: readonly Column[],
  rows: unknown[][],
  onConflict = '',
): Promise<void> {
  if (!rows.length) return;
  const head = `insert into "${table}" (${columns
    .map(([name]) => `"${name}"`)
    .join(', ')}) `;
  if (isPostgres(tx)) {
    const names = columns.map(([name]) => `"${name}"`).join(', ');
    const types = columns.map(([name, type]) => `"${name}" ${type}`).join(', ');
    for (const part of chunks(rows, ROWS_PER_JSON_STATEMENT)) {
      const records = part.map(row =>
        Object.fromEntries(columns.map(([name], i) => [name, row[i]])),
      );
      await tx.raw(
        `${head}select ${names} from json_to_recordset(cast(? as json)) as r(${types})${onConflict}`,
        [JSON.stringify(records)],
      );
    }
    return;
  }
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const perStatement = Math.floor(VALUES_PER_STATEMENT / columns.length);
  for (const part of chunks(rows, perStatement)) {
    const values = new Array(part.length).fill(tuple).join(', ');
    await tx.raw(
      `${head}values ${values}${onConflict}`,
      part.flat() as Knex.Value[],
    );
  }
}

/** The columns of `entity_index` in insert order, the key first. */
const ENTITY_COLUMNS: ReadonlyArray<readonly [keyof EntityIndexRow, string]> = [
  ['entity_ref', 'text'],
  ['kind', 'text'],
  ['namespace', 'text'],
  ['name', 'text'],
  ['title', 'text'],
  ['sort_name', 'text'],
  ['owner_ref', 'text'],
  ['system_ref', 'text'],
  ['domain_ref', 'text'],
  ['lifecycle', 'text'],
  ['type', 'text'],
  ['in_catalog', 'boolean'],
  ['seen_at', 'timestamptz'],
  ['submission_id', 'uuid'],
  ['assessed_at', 'timestamptz'],
  ['assessed_by', 'text'],
  ['overall_level', 'text'],
  ['overall_rank', 'integer'],
  ['model_version', 'text'],
  ['review_id', 'uuid'],
  ['fingerprint', 'text'],
];

/** Fills in the domain of entries that left it to the index: their system's domain. */
async function resolveDomains(
  tx: Knex,
  entries: IndexEntry[],
): Promise<EntityIndexRow[]> {
  const systems = [
    ...new Set(
      entries
        .filter(e => e.entity.domain_ref === undefined && e.entity.system_ref)
        .map(e => e.entity.system_ref!),
    ),
  ];
  const domains = new Map<string, string | null>();
  for (const part of chunks(systems)) {
    const rows: Array<{ system_ref: string; domain_ref: string | null }> =
      await tx('system_index')
        .whereIn('system_ref', part)
        .select('system_ref', 'domain_ref');
    rows.forEach(r => domains.set(r.system_ref, r.domain_ref));
  }
  return entries.map(({ entity }) => ({
    ...entity,
    domain_ref:
      entity.domain_ref !== undefined
        ? entity.domain_ref
        : domains.get(entity.system_ref ?? '') ?? null,
  }));
}

/**
 * Writes index entries: upserts their `entity_index` rows and replaces their
 * area, tag and gap rows. Meant to run inside the caller's transaction, so a
 * submission and its index entry are written together.
 */
export async function writeIndexEntriesIn(
  tx: Knex,
  entries: IndexEntry[],
  options: {
    /** Refs known to have no rows yet, whose old rows need no deleting. */
    isNew?: (entityRef: string) => boolean;
  } = {},
): Promise<void> {
  if (!entries.length) return;
  const rows = await resolveDomains(tx, entries);
  await insertRows(
    tx,
    'entity_index',
    ENTITY_COLUMNS,
    rows.map(row => ENTITY_COLUMNS.map(([column]) => row[column])),
    ` on conflict ("entity_ref") do update set ${ENTITY_COLUMNS.slice(1)
      .map(([c]) => `"${c}" = excluded."${c}"`)
      .join(', ')}`,
  );
  const refs = rows.map(r => r.entity_ref).filter(ref => !options.isNew?.(ref));
  for (const table of ['entity_area_index', 'entity_tags', 'entity_gaps']) {
    for (const part of chunks(refs, 1000)) {
      await tx(table).whereIn('entity_ref', part).delete();
    }
  }
  await insertRows(
    tx,
    'entity_area_index',
    [
      ['entity_ref', 'text'],
      ['area_id', 'text'],
      ['level_id', 'text'],
      ['level_rank', 'integer'],
      ['score', 'float8'],
    ],
    entries.flatMap(e =>
      e.areas.map(a => [
        a.entity_ref,
        a.area_id,
        a.level_id,
        a.level_rank,
        a.score,
      ]),
    ),
  );
  await insertRows(
    tx,
    'entity_tags',
    [
      ['entity_ref', 'text'],
      ['tag', 'text'],
    ],
    entries.flatMap(e => e.tags.map(tag => [e.entity.entity_ref, tag])),
  );
  await insertRows(
    tx,
    'entity_gaps',
    [
      ['entity_ref', 'text'],
      ['criterion_id', 'text'],
      ['area_id', 'text'],
      ['level_id', 'text'],
    ],
    entries.flatMap(e =>
      e.gaps.map(g => [g.entity_ref, g.criterion_id, g.area_id, g.level_id]),
    ),
  );
}

/**
 * Hides services that the catalog no longer lists: their rows stay (with
 * their history in `submissions`) but every view filters them out.
 */
export async function markLeftCatalogIn(
  tx: Knex,
  entityRefs: string[],
): Promise<void> {
  // Sorted, so that concurrent writers lock rows in the same order.
  for (const part of chunks([...entityRefs].sort())) {
    await tx('entity_index')
      .whereIn('entity_ref', part)
      .update({ in_catalog: false });
  }
}

/** Replaces the group, closure, system and domain tables with a new organisation. */
export async function replaceOrganisationIn(
  tx: Knex,
  organisation: Organisation,
): Promise<void> {
  for (const table of [
    'group_closure',
    'group_index',
    'system_index',
    'domain_index',
  ]) {
    await tx(table).delete();
  }
  await insertInChunks(tx, 'group_index', organisation.groups);
  await insertInChunks(tx, 'group_closure', organisation.closure);
  await insertInChunks(tx, 'system_index', organisation.systems);
  await insertInChunks(tx, 'domain_index', organisation.domains);
}

/** Records a fact about the index (for example when the last refresh finished). */
export async function setIndexStateIn(
  tx: Knex,
  key: string,
  value: string,
): Promise<void> {
  await tx('index_state').insert({ key, value }).onConflict('key').merge();
}
