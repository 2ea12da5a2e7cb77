import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/knex';

const CREATED_AT = Symbol('rulate.connectionCreatedAt');

type Stamped = { [CREATED_AT]?: number };

/** Called by knex's `pool.afterCreate` for every new driver connection. */
export function markConnectionCreated(connection: object, now: () => number = Date.now): void {
  (connection as Stamped)[CREATED_AT] = now();
}

interface TarnPool {
  validate: (connection: object) => boolean | Promise<boolean>;
}

/**
 * POOL_RECYCLE as SQLAlchemy means it: a connection older than `maxLifetimeMs` is not
 * handed out again; the pool (tarn, under knex) destroys it and opens a fresh one. Done by
 * wrapping the pool's `validate`, which tarn calls on every acquire (knex's own check, for
 * connections that reported an error, still runs). A no-op for a pool-less driver.
 */
export function recyclePoolConnections(
  orm: MikroORM,
  maxLifetimeMs: number,
  now: () => number = Date.now,
): void {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  const pool = (knex.client as { pool?: TarnPool }).pool;
  if (!pool) return;
  const validate = pool.validate.bind(pool);
  pool.validate = connection => {
    const createdAt = (connection as Stamped)[CREATED_AT];
    if (createdAt !== undefined && now() - createdAt >= maxLifetimeMs) return false;
    return validate(connection);
  };
}
