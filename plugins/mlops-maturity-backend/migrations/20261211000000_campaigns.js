/*
 * Campaigns: organisation-wide goals with a scope, a start and a deadline,
 * their daily progress points (the burn-up) and the notifications already
 * sent, one row per campaign, team and event so that each is sent once
 * however many backend replicas run the notification task.
 *
 * Scope and goal are JSON text: they are read whole with the campaign and
 * never queried by their parts.
 */

/**
 * @param {import('knex').Knex} knex
 */
exports.up = async function up(knex) {
  await knex.schema.createTable('campaigns', table => {
    table.comment('Organisation-wide goals with a deadline');
    table.uuid('id').primary().notNullable();
    table.string('title', 200).notNullable();
    table.text('description').notNullable();
    table
      .text('scope')
      .notNullable()
      .comment('JSON: the organisation filters (owner, system, domain, ...)');
    table
      .text('goal')
      .notNullable()
      .comment(
        'JSON: minimum level per area and/or overall, assessedWithinDays',
      );
    table.string('starts_on', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('deadline', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.string('status', 16).notNullable().comment('open or closed');
    table.string('created_by').notNullable();
    table.timestamp('created_at', { useTz: true }).notNullable();
    table.string('updated_by').notNullable();
    table.timestamp('updated_at', { useTz: true }).notNullable();
    table.string('closed_by').nullable();
    table.timestamp('closed_at', { useTz: true }).nullable();
    table.index(['status'], 'campaigns_status_idx');
  });

  await knex.schema.createTable('campaign_progress_points', table => {
    table.comment('One point per campaign and day: the burn-up');
    table.uuid('campaign_id').notNullable();
    table.string('day', 10).notNullable().comment('YYYY-MM-DD (UTC)');
    table.integer('in_scope').notNullable();
    table.integer('assessed').notNullable();
    table.integer('meeting').notNullable();
    table.primary(['campaign_id', 'day']);
  });

  await knex.schema.createTable('campaign_notifications', table => {
    table.comment(
      'Notifications sent, one per campaign, team and event; the key makes each be sent once',
    );
    table.uuid('campaign_id').notNullable();
    table.string('team_ref').notNullable();
    table
      .string('event')
      .notNullable()
      .comment('start, reminder-<days>, or stale-<YYYY-MM-DD>');
    table.timestamp('sent_at', { useTz: true }).notNullable();
    table.primary(['campaign_id', 'team_ref', 'event']);
  });

  await knex.schema.createTable('campaign_stale_notices', table => {
    table.comment(
      'Which stale submissions a campaign already told their team about',
    );
    table.uuid('campaign_id').notNullable();
    table.string('entity_ref').notNullable();
    table.uuid('submission_id').notNullable();
    table.primary(['campaign_id', 'entity_ref', 'submission_id']);
  });
};

/**
 * @param {import('knex').Knex} knex
 */
exports.down = async function down(knex) {
  await knex.schema.dropTable('campaign_stale_notices');
  await knex.schema.dropTable('campaign_notifications');
  await knex.schema.dropTable('campaign_progress_points');
  await knex.schema.dropTable('campaigns');
};
