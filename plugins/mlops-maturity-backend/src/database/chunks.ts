/**
 * Rows per statement. SQLite allows 32,766 bound values per statement and
 * PostgreSQL 65,535; 400 rows of up to 20 columns stay well below both.
 */
export const ROWS_PER_STATEMENT = 400;

/** Splits a list into chunks of at most `size` items (one statement each). */
export function chunks<T>(items: T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) {
    out.push(items.slice(i, i + size));
  }
  return out;
}
