/*
 * Evidence snapshots: per ML service, the entity facts and the evaluated
 * catalog and collector evidence that a scorecard is computed from, so that
 * reading a scorecard does not wait on the catalog or on collectors. Written
 * by the scheduled catalog refresh, by every write to an entity and when a
 * read finds no snapshot or one older than the configured maximum age.
 * Everything here can be rebuilt from the catalog, so it holds nothing that
 * would be lost.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('evidence_snapshots', table => {
    table.comment('One row per ML service: the evidence its scorecard uses');
    table.string('entity_ref').primary().notNullable();
    table
      .text('entity')
      .notNullable()
      .comment(
        'The entity as the catalog returned it, reduced to the fields that scoring and permission conditions read (JSON)',
      );
    table
      .text('evidence')
      .notNullable()
      .comment('Evaluated evidence by criterion id (JSON)');
    table
      .string('status')
      .notNullable()
      .comment(
        'available: every source answered; partial: related entities or a collector failed',
      );
    table
      .bigInteger('taken_at')
      .notNullable()
      .comment(
        'When the sources were last read and found to give this evidence (ms since the epoch)',
      );
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('evidence_snapshots');
};
