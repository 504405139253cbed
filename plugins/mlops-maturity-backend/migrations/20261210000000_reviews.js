/*
 * Assessor reviews: a reviewer's verdicts on one submission (confirm or
 * dispute per criterion, with the method, a note and links) and an overall
 * note. Rows are never updated: a later review of the same submission is a
 * new row, and the latest one applies. `entity_index.review_id` names the
 * review that applies to an entity's latest submission, so the organisation
 * views count reviewed services without reading this table.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('reviews', table => {
    table.comment('Reviews of submissions; rows are never updated');
    table.uuid('id').primary().notNullable();
    table.string('entity_ref').notNullable();
    table
      .uuid('submission_id')
      .notNullable()
      .comment('The submission reviewed (the latest when recorded)');
    table.string('reviewed_by').notNullable();
    table.timestamp('reviewed_at', { useTz: true }).notNullable();
    table
      .text('criteria')
      .notNullable()
      .comment(
        'Verdict per criterion id (verdict, method, note, links), as JSON',
      );
    table.text('note').nullable().comment('The overall note');
    table.index(['entity_ref', 'reviewed_at'], 'reviews_entity_ref_idx');
  });
  await knex.schema.alterTable('entity_index', table => {
    table
      .uuid('review_id')
      .nullable()
      .comment(
        'The review applied to the latest submission; null when it has none',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.alterTable('entity_index', table => {
    table.dropColumn('review_id');
  });
  await knex.schema.dropTable('reviews');
};
