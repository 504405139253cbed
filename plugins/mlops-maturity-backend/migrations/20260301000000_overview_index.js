/*
 * The organisation index: what the overview, entity list, export, trends
 * and team reports read, so that they never call the catalog or re-score
 * entities per request. Written on every submission and by the scheduled
 * catalog refresh; everything in it can be rebuilt from the catalog and the
 * submissions, so it holds nothing that would be lost.
 *
 * Entity refs are stored lower-cased, like in the other tables.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('entity_index', table => {
    table.comment(
      'One row per ML service: catalog attributes and current levels',
    );
    table.string('entity_ref').primary().notNullable();
    table.string('kind').notNullable();
    table.string('namespace').notNullable();
    table.string('name').notNullable();
    table.string('title').nullable();
    table
      .string('sort_name')
      .notNullable()
      .comment('Lower-cased title, or name without a title: the name sort key');
    table.string('owner_ref').nullable();
    table.string('system_ref').nullable();
    table.string('domain_ref').nullable().comment("The system's spec.domain");
    table.string('lifecycle').nullable();
    table.string('type').nullable();
    table
      .boolean('in_catalog')
      .notNullable()
      .defaultTo(true)
      .comment(
        'False once the catalog no longer lists the entity; hidden from every view',
      );
    table
      .timestamp('seen_at', { useTz: true })
      .notNullable()
      .comment(
        'When the entry was last computed from the catalog (a refresh that found it changed, a submission, a target change); index_state.refreshedAt says when the catalog was last read',
      );
    table.uuid('submission_id').nullable().comment('The latest submission');
    table.timestamp('assessed_at', { useTz: true }).nullable();
    table.string('assessed_by').nullable();
    table.string('overall_level').nullable();
    table
      .integer('overall_rank')
      .nullable()
      .comment("Position of overall_level in the model's overall levels");
    table.string('model_version').nullable();
    table
      .string('fingerprint')
      .notNullable()
      .comment(
        'Hash of the indexed values; a refresh rewrites only rows whose hash changed',
      );
    // Few indexes on purpose: a refresh rewrites many rows, and the views
    // filter and sort at most a few ten thousand rows, which the database
    // does faster than it maintains an index per sort key.
    table.index(['owner_ref'], 'entity_index_owner_idx');
    table.index(['system_ref'], 'entity_index_system_idx');
    table.index(['domain_ref'], 'entity_index_domain_idx');
  });

  await knex.schema.createTable('entity_area_index', table => {
    table.comment('Current level and score per ML service and area');
    table.string('entity_ref').notNullable();
    table.string('area_id').notNullable();
    table.string('level_id').nullable().comment('Null: not assessed');
    table.integer('level_rank').nullable();
    table.double('score').nullable();
    table.primary(['entity_ref', 'area_id']);
  });

  await knex.schema.createTable('entity_tags', table => {
    table.comment('metadata.tags of the ML services');
    table.string('entity_ref').notNullable();
    table.string('tag').notNullable();
    table.primary(['entity_ref', 'tag']);
    table.index(['tag'], 'entity_tags_tag_idx');
  });

  await knex.schema.createTable('entity_gaps', table => {
    table.comment(
      'Unmet criteria between the current and the target level (the roadmap) per ML service',
    );
    table.string('entity_ref').notNullable();
    table.string('criterion_id').notNullable();
    table.string('area_id').notNullable();
    table.string('level_id').notNullable();
    // Read per service (the team report joins from the group's services), so the key is enough.
    table.primary(['entity_ref', 'criterion_id']);
  });

  await knex.schema.createTable('group_index', table => {
    table.comment('Catalog Groups, for titles and the hierarchy');
    table.string('group_ref').primary().notNullable();
    table.string('title').notNullable();
    table.string('type').nullable();
    table.string('parent_ref').nullable();
  });

  await knex.schema.createTable('group_closure', table => {
    table.comment(
      'Every (ancestor, descendant) pair of the Group hierarchy, each group being its own ancestor',
    );
    table.string('ancestor_ref').notNullable();
    table.string('descendant_ref').notNullable();
    table.integer('depth').notNullable();
    table.primary(['ancestor_ref', 'descendant_ref']);
    table.index(['descendant_ref'], 'group_closure_descendant_idx');
  });

  await knex.schema.createTable('system_index', table => {
    table.comment(
      'Catalog Systems, for titles and the domain of their services',
    );
    table.string('system_ref').primary().notNullable();
    table.string('title').notNullable();
    table.string('domain_ref').nullable();
  });

  await knex.schema.createTable('domain_index', table => {
    table.comment('Catalog Domains, for titles');
    table.string('domain_ref').primary().notNullable();
    table.string('title').notNullable();
  });

  await knex.schema.createTable('index_state', table => {
    table.comment(
      'Facts about the index, such as when the last refresh finished',
    );
    table.string('key').primary().notNullable();
    table.text('value').notNullable();
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  for (const table of [
    'index_state',
    'domain_index',
    'system_index',
    'group_closure',
    'group_index',
    'entity_gaps',
    'entity_tags',
    'entity_area_index',
    'entity_index',
  ]) {
    await knex.schema.dropTable(table);
  }
};
