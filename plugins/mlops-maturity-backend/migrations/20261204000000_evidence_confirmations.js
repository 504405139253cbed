/*
 * When the last complete catalog refresh read every ML service's sources.
 * A refresh that finds a service's inputs unchanged leaves its evidence
 * snapshot as it is instead of rewriting the row just to move its time:
 * the snapshot then counts as read at the refresh's start. One row per key.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('evidence_state', table => {
    table.comment('Facts about the evidence snapshots as a whole');
    table.string('key').primary().notNullable();
    table
      .bigInteger('value')
      .notNullable()
      .comment(
        'confirmedAt: start of the last complete refresh (ms since the epoch)',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('evidence_state');
};
