/**
 * One migration run at a time per PostgreSQL database: a session advisory lock taken on a
 * connection of its own (outside the ORM pool, so a pool of one still works) and held for
 * the whole run. Replicas started together with MIGRATE_ON_START=true therefore migrate one
 * after the other: the first applies, the others find nothing pending (docs/container.md).
 * The lock goes with its connection: a runner that dies releases it.
 */
import { knex } from '@mikro-orm/postgresql';

/** hashtext() of this name keys the advisory lock. */
export const MIGRATION_LOCK_NAME = 'rulate-graphql:migrations';

export interface MigrationLock {
  /** Unlocks and closes the lock's connection. */
  release(): Promise<void>;
}

/**
 * Takes the lock, calling `onWait` once when another run holds it (then waits for it).
 */
export async function acquireMigrationLock(
  url: string,
  onWait: () => void,
): Promise<MigrationLock> {
  const db = knex({
    client: 'pg',
    connection: { connectionString: url, application_name: 'rulate-graphql-migration-lock' },
    pool: { min: 1, max: 1 },
  });
  try {
    const tried = await db.raw<{ rows: { locked: boolean }[] }>(
      'select pg_try_advisory_lock(hashtext(?)) as locked',
      [MIGRATION_LOCK_NAME],
    );
    if (!tried.rows[0]?.locked) {
      onWait();
      await db.raw('select pg_advisory_lock(hashtext(?))', [MIGRATION_LOCK_NAME]);
    }
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    release: async () => {
      try {
        await db.raw('select pg_advisory_unlock(hashtext(?))', [MIGRATION_LOCK_NAME]);
      } finally {
        await db.destroy();
      }
    },
  };
}
