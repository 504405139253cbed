import type { Knex } from 'knex';

function isPostgresClient(client: string | unknown): boolean {
  return /^(pg|postgres)/.test(String(client));
}

/** Whether the database is PostgreSQL (otherwise SQLite), for the JSON functions. */
export function isPostgres(db: Knex): boolean {
  return isPostgresClient(db.client.config.client);
}

/** Whether a query is built for PostgreSQL (otherwise SQLite). */
export function isPostgresQuery(query: Knex.QueryBuilder): boolean {
  return isPostgresClient(query.client.config.client);
}
