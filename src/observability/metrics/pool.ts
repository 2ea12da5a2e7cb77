/** Connection counts of a database pool, read when /metrics is scraped. */
export interface PoolStats {
  readonly used: number;
  readonly free: number;
  readonly pendingAcquires: number;
  readonly pendingCreates: number;
  /** The pool's maximum size, when known. */
  readonly max?: number;
}

/** The slice of a tarn pool (knex's) that the stats come from. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
  max?: number;
}

/** The slice of a MikroORM instance whose SQL connection exposes knex (both drivers do). */
export interface OrmWithConnection {
  readonly em: { getConnection(): unknown };
}

/**
 * The knex (tarn) pool of MikroORM's SQL connection:
 * `orm.em.getConnection().getKnex().client.pool`. Null when the connection has no knex
 * pool (not connected, closed, another driver): the pool gauges are then left out.
 */
export function knexPoolStats(orm: OrmWithConnection): PoolStats | null {
  try {
    const connection = orm.em.getConnection() as {
      getKnex?: () => { client?: { pool?: TarnPool | null } };
    };
    const pool = connection.getKnex?.().client?.pool;
    if (!pool || typeof pool.numUsed !== 'function') return null;
    return {
      used: pool.numUsed(),
      free: pool.numFree(),
      pendingAcquires: pool.numPendingAcquires(),
      pendingCreates: pool.numPendingCreates(),
      max: typeof pool.max === 'number' ? pool.max : undefined,
    };
  } catch {
    return null;
  }
}
