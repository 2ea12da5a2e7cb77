/**
 * MikroORM configuration, built from the application config (docs/database.md).
 * The default export is for the MikroORM CLI (`npx mikro-orm migration:up`): a factory,
 * so that importing this module reads nothing.
 */
import {
  ReflectMetadataProvider,
  type LoggerNamespace,
  type MigrationsOptions,
  type Options,
} from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig as definePostgresConfig } from '@mikro-orm/postgresql';
import { defineConfig as defineSqliteConfig } from '@mikro-orm/better-sqlite';
import {
  isProductionLike,
  loadDatabaseConfig,
  type DatabaseAppConfig,
  type DatabaseTimeouts,
} from '../config';
import { ENTITIES } from './entities';
import { markConnectionCreated } from './pool-recycle';
import { CommitGate } from './request-scope';
import { DriverMigrationGenerator } from './migration-support/driver-migration.generator';
import { findProjectRoot, RUNNING_FROM_TS } from './project-root';
import { cacheStatements, type PreparingConnection } from './sqlite-statements';

export const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface OrmConfigOptions {
  /** Receives MikroORM's log lines (migrations applied, discovery, queries when debugging). */
  readonly log?: (message: string) => void;
  /** Log every SQL query (noisy; for troubleshooting). */
  readonly debugQueries?: boolean;
  /**
   * Apply DB_STATEMENT_TIMEOUT and friends (the server). The migration CLI passes false: a
   * migration may rightly run longer than any request. @default true
   */
  readonly requestTimeouts?: boolean;
}

/** Migrations: `migrations/*.ts` from sources, `dist/migrations/*.js` when compiled. */
export const MIGRATIONS_OPTIONS: MigrationsOptions = {
  tableName: MIGRATIONS_TABLE,
  path: 'dist/migrations',
  pathTs: 'migrations',
  glob: '!(*.d).{js,ts}',
  emit: 'ts',
  transactional: true,
  allOrNothing: true,
  disableForeignKeys: false,
  // Diff against the live database, not a snapshot file that can go stale.
  snapshot: false,
  generator: DriverMigrationGenerator,
};

export function createOrmConfig(cfg: DatabaseAppConfig, options: OrmConfigOptions = {}): Options {
  const common = {
    entities: [...ENTITIES],
    metadataProvider: ReflectMetadataProvider,
    discovery: { requireEntitiesArray: true },
    baseDir: findProjectRoot(),
    preferTs: RUNNING_FROM_TS,
    extensions: [Migrator],
    // A request answered 503 REQUEST_TIMEOUT never commits afterwards (request-scope.ts).
    subscribers: [new CommitGate()],
    migrations: MIGRATIONS_OPTIONS,
    // Creating a missing database is for development; elsewhere it is an operator's decision.
    ensureDatabase: !isProductionLike(cfg.environment),
    // Migration files are loaded with require(): works for dist/*.js, ts-node and jest alike.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    dynamicImportProvider: (id: string) => Promise.resolve(require(id)),
    debug: options.debugQueries ? (['query'] as LoggerNamespace[]) : false,
    ...(options.log ? { logger: options.log } : {}),
  };
  const { db } = cfg;
  if (db.driver === 'sqlite') {
    // better-sqlite3 (synchronous: a statement blocks the event loop while it runs, see
    // docs/database.md "SQLite driver"). One connection (knex's SQLite default): SQLite has
    // one writer, and ':memory:' is per connection. The parent directory of the file is
    // created on connect.
    return defineSqliteConfig({
      ...common,
      dbName: db.path,
      pool: { afterCreate: setUpSqliteConnection(db.timeouts.sqliteBusyMs) },
    });
  }
  return definePostgresConfig({
    ...common,
    clientUrl: db.url,
    pool: {
      min: 0,
      max: db.pool.max,
      acquireTimeoutMillis: db.pool.acquireTimeoutMs,
      idleTimeoutMillis: db.pool.idleTimeoutMs,
      // Stamps each new connection; recyclePoolConnections (orm.ts) replaces old ones.
      afterCreate: stampConnection,
    },
    driverOptions: {
      connection: {
        application_name: 'rulate-graphql',
        connectionTimeoutMillis: db.timeouts.connectMs,
        ...(options.requestTimeouts === false ? {} : postgresTimeouts(db.timeouts)),
      },
    },
  });
}

interface BetterSqliteConnection extends PreparingConnection {
  pragma(source: string): unknown;
}

/**
 * knex's `pool.afterCreate` for SQLite: a statement that meets a lock another process holds
 * waits up to `ms` (busy_timeout; knex opens better-sqlite3 without its `timeout` option),
 * then fails with SQLITE_BUSY (409 CONFLICT, retry). Prepared statements are reused
 * (sqlite-statements.ts).
 */
export function setUpSqliteConnection(ms: number) {
  return (connection: BetterSqliteConnection, done: (error: Error | null, c: object) => void) => {
    try {
      connection.pragma(`busy_timeout = ${Math.round(ms)}`);
      cacheStatements(connection);
      done(null, connection);
    } catch (error) {
      done(error as Error, connection);
    }
  };
}

/** knex's `pool.afterCreate`: remembers when the connection was opened. */
function stampConnection(connection: object, done: (error: Error | null, c: object) => void) {
  markConnectionCreated(connection);
  done(null, connection);
}

/**
 * node-postgres session settings: the server cancels a statement or a lock wait that runs too
 * long and ends a transaction left idle; the client gives up 2 s after the statement timeout,
 * so a frozen server (no answer at all) is noticed too.
 */
function postgresTimeouts(t: DatabaseTimeouts) {
  return {
    statement_timeout: t.statementMs,
    lock_timeout: t.lockMs,
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
    query_timeout: t.statementMs + 2000,
  };
}

/** For the MikroORM CLI: DATABASE_URL etc. from the environment and config/<env>.env. */
export default function cliOrmConfig(): Options {
  return createOrmConfig(loadDatabaseConfig(process.env), { requestTimeouts: false });
}
