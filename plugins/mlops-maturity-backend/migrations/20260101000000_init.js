/*
 * The assessment store: drafts (one per entity, optimistic locking through
 * `revision`), immutable submissions with the levels computed when they were
 * submitted, and explicit target levels per area.
 *
 * Entity refs are stored lower-cased (`component:default/fraud-scorer`), the
 * way the catalog compares them.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('drafts', table => {
    table.comment('The working copy of an entity assessment, one per entity');
    table.string('entity_ref').primary().notNullable();
    table
      .integer('revision')
      .notNullable()
      .comment(
        'Increases by one on every save; saves name the revision they were based on',
      );
    table.text('answers').notNullable().comment('AnswerSet as JSON');
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('submissions', table => {
    table.comment('Submitted assessments; rows are never updated');
    table.uuid('id').primary().notNullable();
    table.string('entity_ref').notNullable();
    table.text('answers').notNullable().comment('AnswerSet as JSON');
    table.string('submitted_by').notNullable();
    table.timestamp('submitted_at', { useTz: true }).notNullable();
    table.string('model_id').notNullable();
    table.string('model_version').notNullable();
    table.string('overall_level').nullable();
    table
      .text('area_levels')
      .notNullable()
      .comment('Level id (or null) per area id, as JSON');
    table
      .text('area_scores')
      .notNullable()
      .comment('Score 0-100 (or null) per area id, as JSON');
    table.index(['entity_ref', 'submitted_at'], 'submissions_entity_ref_idx');
  });

  await knex.schema.createTable('targets', table => {
    table.comment('Explicit target level per entity and area');
    table.string('entity_ref').notNullable();
    table.string('area_id').notNullable();
    table.string('level_id').notNullable();
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.primary(['entity_ref', 'area_id']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('targets');
  await knex.schema.dropTable('submissions');
  await knex.schema.dropTable('drafts');
};
