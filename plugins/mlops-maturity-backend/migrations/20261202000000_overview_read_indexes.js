/*
 * Indexes for the organisation views at 100,000 services (see the growth
 * mode of the benchmark, bench/README.md):
 *
 * - one per simple sort key of the entity list and per order, matching its
 *   ORDER BY (services without a value last, then the name, then the ref),
 *   so that a page is read by walking an index instead of sorting every
 *   service on every request;
 * - covering indexes for the overview's two aggregates (and the join of an
 *   area sort), so that they read narrow index entries instead of whole rows.
 *
 * Every index starts with in_catalog, which every view filters on.
 */

/** Sort key columns of entity_index (see src/overview/queries/entitiesQuery.ts). */
const SORT_COLUMNS = [
  'sort_name',
  'owner_ref',
  'system_ref',
  'domain_ref',
  'lifecycle',
  'type',
  'overall_rank',
  'assessed_at',
];

const sortIndexes = () =>
  SORT_COLUMNS.flatMap(column =>
    ['asc', 'desc'].map(order => ({
      name: `entity_index_sort_${column}_${order}_idx`,
      columns: `in_catalog, (${column} is null), ${column} ${order}, sort_name, entity_ref`,
    })),
  );

const COVERING_INDEXES = [
  {
    name: 'entity_index_overview_idx',
    table: 'entity_index',
    columns: 'in_catalog, owner_ref, overall_level, assessed_at, entity_ref',
  },
  {
    name: 'entity_area_index_cover_idx',
    table: 'entity_area_index',
    columns: 'entity_ref, area_id, level_id, level_rank, score',
  },
];

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  for (const { name, columns } of sortIndexes()) {
    await knex.raw(`create index ${name} on entity_index (${columns})`);
  }
  for (const { name, table, columns } of COVERING_INDEXES) {
    await knex.raw(`create index ${name} on ${table} (${columns})`);
  }
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const { name } of [...sortIndexes(), ...COVERING_INDEXES]) {
    await knex.raw(`drop index ${name}`);
  }
};
