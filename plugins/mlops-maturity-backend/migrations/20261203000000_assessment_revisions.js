/*
 * One revision counter per entity for its assessment, kept across drafts and
 * submissions. Before this table a draft's revision restarted at 1 after each
 * submission, so a page still holding revision 1 of a submitted draft could
 * save over (or submit) a newer draft that someone else had started. Now
 * every draft save and every submission moves the entity's revision up by
 * one, and a revision is never handed out twice for an entity.
 *
 * The revision of an entity's draft equals its row here. Existing drafts
 * start their counter at their own revision; entities without a draft have
 * no row, which reads as revision 0, as before. (A page opened before the
 * upgrade on a draft that was submitted before the upgrade can still name a
 * revision that a new draft reaches again; that window closes once such
 * pages are reloaded.)
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('assessment_revisions', table => {
    table.comment(
      'The current revision of each entity assessment (drafts and submissions)',
    );
    table.string('entity_ref').primary().notNullable();
    table
      .bigInteger('revision')
      .notNullable()
      .comment(
        'Increases by one on every draft save and every submission; never reused',
      );
  });
  await knex.raw(
    'insert into assessment_revisions (entity_ref, revision) select entity_ref, revision from drafts',
  );
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('assessment_revisions');
};
