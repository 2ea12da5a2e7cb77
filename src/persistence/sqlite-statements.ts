/** The part of a better-sqlite3 connection this module touches. */
export interface PreparingConnection {
  prepare(sql: string): unknown;
}

/** Prepared statements kept per SQLite connection (knex prepares every query it runs). */
export const SQLITE_STATEMENT_CACHE_SIZE = 256;

/**
 * Makes `connection.prepare` reuse the statement it compiled for the same SQL text, keeping the
 * `max` most recently used. knex's better-sqlite3 dialect compiles each query afresh, which for
 * a one-row read by key costs about as much as running it. Reuse is safe as knex uses them:
 * a better-sqlite3 statement runs to completion synchronously (`all`, `run`), knex never
 * switches one to raw, pluck or iterator mode, and SQLite recompiles a statement by itself
 * when the schema changed under it (migrations). Evicted statements are freed by the GC.
 */
export function cacheStatements<C extends PreparingConnection>(
  connection: C,
  max = SQLITE_STATEMENT_CACHE_SIZE,
): C {
  const prepare = connection.prepare.bind(connection);
  const statements = new Map<string, unknown>();
  connection.prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (statement === undefined) {
      statement = prepare(sql);
      if (statements.size >= max) statements.delete(statements.keys().next().value!);
    } else {
      statements.delete(sql); // re-inserted below: the Map's order is the recency order
    }
    statements.set(sql, statement);
    return statement;
  };
  return connection;
}
