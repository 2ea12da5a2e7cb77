import { MikroORM } from '@mikro-orm/core';
import { isProductionLike, type DatabaseAppConfig } from '../config';
import { createOrmConfig } from './mikro-orm.config';
import { recyclePoolConnections } from './pool-recycle';

/** The slice of a pino logger the ORM start-up uses. */
export interface OrmLogger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/**
 * What initOrm does about pending migrations. Default: `apply` in development, `verify`
 * (refuse to start) in staging and production.
 */
export type MigrationPolicy = 'apply' | 'verify' | 'skip';

export interface InitOrmOptions {
  readonly migrations?: MigrationPolicy;
  /** Log every SQL query at debug level. */
  readonly debugQueries?: boolean;
}

export interface MigrationStatus {
  readonly executed: readonly string[];
  readonly pending: readonly string[];
}

export const MIGRATE_COMMAND = 'npx mikro-orm migration:up';

/** The database is behind the code: the server does not start (staging, production). */
export class PendingMigrationsError extends Error {
  override readonly name = 'PendingMigrationsError';

  constructor(readonly pending: readonly string[]) {
    super(
      `The database has ${pending.length} pending migration(s): ${pending.join(', ')}. ` +
        `Outside development the server never migrates by itself: run \`${MIGRATE_COMMAND}\` ` +
        '(or `make migrate`) with the same DATABASE_URL, then start the server again.',
    );
  }
}

/**
 * Connects to the configured database and deals with pending migrations (see
 * MigrationPolicy). Throws PendingMigrationsError, or an Error when the database cannot be
 * reached; the connection is closed before throwing.
 */
export async function initOrm(
  config: DatabaseAppConfig,
  logger?: OrmLogger,
  options: InitOrmOptions = {},
): Promise<MikroORM> {
  const log = logger ? (msg: string) => logger.info({ component: 'orm' }, plain(msg)) : undefined;
  const orm = await MikroORM.init(
    createOrmConfig(config, { log, debugQueries: options.debugQueries }),
  );
  if (config.db.driver === 'postgresql') recyclePoolConnections(orm, config.db.pool.maxLifetimeMs);
  try {
    const connection = await orm.checkConnection();
    if (!connection.ok) {
      throw new Error(`Cannot connect to the ${config.db.driver} database: ${connection.reason}`, {
        cause: connection.error,
      });
    }
    const policy =
      options.migrations ?? (isProductionLike(config.environment) ? 'verify' : 'apply');
    await handleMigrations(orm, policy, logger);
    return orm;
  } catch (error) {
    await orm.close(true);
    throw error;
  }
}

async function handleMigrations(orm: MikroORM, policy: MigrationPolicy, logger?: OrmLogger) {
  if (policy === 'skip') return;
  const { pending } = await getMigrationStatus(orm);
  if (pending.length > 0 && policy === 'verify') throw new PendingMigrationsError(pending);
  if (pending.length > 0) {
    const applied = await orm.getMigrator().up();
    logger?.info({ migrations: applied.map(m => m.name) }, 'Applied pending migrations');
  }
  if (policy === 'apply' && (await orm.getMigrator().checkMigrationNeeded())) {
    logger?.warn(
      {},
      'The entities differ from the schema the migrations create: write a migration (make migration, docs/database.md).',
    );
  }
}

/** Applied and pending migration names, oldest first. */
export async function getMigrationStatus(orm: MikroORM): Promise<MigrationStatus> {
  const migrator = orm.getMigrator();
  const executed = await migrator.getExecutedMigrations();
  const pending = await migrator.getPendingMigrations();
  return { executed: executed.map(m => m.name), pending: pending.map(m => m.name) };
}

/** Closes the connection pool (graceful shutdown). */
export async function closeOrm(orm: MikroORM): Promise<void> {
  await orm.close();
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function plain(message: string): string {
  return message.replace(ANSI, '');
}
