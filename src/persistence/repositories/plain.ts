import type { EntityManager } from '@mikro-orm/core';
import type { JsonObject } from '../../engine/model';

/**
 * Decoding of plain rows read without the ORM's entity machinery (hot read paths): SQLite
 * returns JSON as text and datetimes as epoch milliseconds; PostgreSQL parses both.
 */
export const plainJson = (v: string | JsonObject | null): JsonObject | null =>
  typeof v === 'string' ? (JSON.parse(v) as JsonObject) : v;

export const plainDate = (v: number | string | Date): Date =>
  v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);

/** The parts of knex's connection pool (tarn) that {@link readRows} looks at. */
interface ConnectionPool {
  readonly free?: readonly { readonly resource: unknown }[];
  numUsed(): number;
  numPendingAcquires(): number;
}

interface SqliteConnection {
  prepare(sql: string): { all(params: readonly unknown[]): unknown[] };
}

interface KnexClient {
  readonly driverName?: string;
  readonly pool?: ConnectionPool;
}

/**
 * Runs the read-only `sql` and returns its rows, as
 * `em.getConnection().execute(sql, params, 'all', em.getTransactionContext())` would.
 *
 * On SQLite, when the request is in no transaction and the pool's one connection is idle (no
 * one holds it, no one waits for it), the statement runs at once on that connection, without
 * MikroORM's, knex's and the pool's layers (about a tenth of the CPU of a `catalog(name:)`
 * request). This reads exactly what the pool would give: better-sqlite3 is synchronous, so no
 * other query can start until the rows are back, and an idle connection holds no open
 * transaction (a transaction keeps the connection acquired until it ends), so only committed
 * data is seen. Otherwise (in a transaction, while the connection is in use, on PostgreSQL,
 * or with MikroORM's query log on) the read takes the usual path. A failing statement throws
 * the driver's own error either way (`execute` does not convert it), so errors are
 * classified the same.
 */
export async function readRows<T>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[],
): Promise<T[]> {
  const transaction: unknown = em.getTransactionContext();
  const connection = transaction === undefined ? idleSqliteConnection(em) : undefined;
  if (connection) return connection.prepare(sql).all(params.map(sqliteBinding)) as T[];
  return em.getConnection().execute(sql, [...params], 'all', transaction);
}

function idleSqliteConnection(em: EntityManager): SqliteConnection | undefined {
  if (em.config.get('debug')) return undefined;
  const connection = em.getConnection() as { getKnex?: () => { client: KnexClient } };
  const client = connection.getKnex?.().client;
  if (client?.driverName !== 'better-sqlite3') return undefined;
  const pool = client.pool;
  if (!pool?.free || pool.free.length !== 1) return undefined;
  if (pool.numUsed() !== 0 || pool.numPendingAcquires() !== 0) return undefined;
  return pool.free[0].resource as SqliteConnection;
}

/** What knex's better-sqlite3 dialect binds: dates as epoch milliseconds, booleans as 0/1. */
function sqliteBinding(value: unknown): unknown {
  if (value instanceof Date) return value.valueOf();
  if (typeof value === 'boolean') return Number(value);
  return value;
}
