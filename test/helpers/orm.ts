/**
 * Fresh, migrated databases for integration tests, on SQLite and PostgreSQL.
 *
 *   let db: TestOrm;
 *   beforeAll(async () => { db = await freshSqliteOrm(); });
 *   afterAll(() => db.cleanup());
 *   it('...', async () => { const em = db.orm.em.fork(); ... });
 *
 * or, for the same suite on both databases:
 *
 *   describeEachDatabase('catalogs', (database) => {
 *     let db: TestOrm;
 *     beforeAll(async () => { db = await database.fresh(); }, 30_000);
 *     afterAll(() => db.cleanup());
 *     ...
 *   });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { AppConfig, Env } from '../../src/config';
import { closeOrm, initOrm, type MigrationPolicy, type OrmLogger } from '../../src/persistence/orm';
import { testConfig } from './config';
import { createTestDatabase, describeWithPostgres } from './postgres';

export interface TestOrm {
  readonly orm: MikroORM;
  readonly config: AppConfig;
  /** Closes the ORM and removes the database (file or PostgreSQL database). Idempotent. */
  cleanup(): Promise<void>;
}

export interface FreshOrmOptions {
  /** Extra environment for testConfig (DATABASE_URL is set by the helper). */
  readonly env?: Env;
  /** @default 'apply' (a migrated, empty database) */
  readonly migrations?: MigrationPolicy;
  /** Receives the ORM's log lines (migrations applied...). @default silent */
  readonly logger?: OrmLogger;
}

/** Discards everything (the default logger of the helpers). */
export const SILENT_LOGGER: OrmLogger = { info() {}, warn() {}, debug() {} };

export interface FreshSqliteOptions extends FreshOrmOptions {
  /** A file in a temporary directory instead of ':memory:'. @default false */
  readonly file?: boolean;
}

/** A migrated SQLite database, in memory unless `file` is set. */
export async function freshSqliteOrm(options: FreshSqliteOptions = {}): Promise<TestOrm> {
  const dir = options.file ? mkdtempSync(join(tmpdir(), 'rulate-test-')) : null;
  const path = dir ? join(dir, 'data', 'rulate.db') : ':memory:';
  const config = testConfig({ ...options.env, DATABASE_URL: `sqlite:///${path}` });
  const removeDir = () => dir && rmSync(dir, { recursive: true, force: true });
  try {
    const orm = await start(config, options);
    return withCleanup(orm, config, async () => removeDir());
  } catch (error) {
    removeDir();
    throw error;
  }
}

/** A migrated PostgreSQL database of its own on the TEST_POSTGRES_URL server. */
export async function freshPostgresOrm(options: FreshOrmOptions = {}): Promise<TestOrm> {
  const database = await createTestDatabase();
  const config = testConfig({ ...options.env, DATABASE_URL: database.url });
  try {
    const orm = await start(config, options);
    return withCleanup(orm, config, () => database.drop());
  } catch (error) {
    await database.drop();
    throw error;
  }
}

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface TestDatabaseKind {
  readonly kind: DatabaseKind;
  readonly fresh: (options?: FreshOrmOptions) => Promise<TestOrm>;
}

export const SQLITE: TestDatabaseKind = { kind: 'sqlite', fresh: freshSqliteOrm };
export const POSTGRESQL: TestDatabaseKind = { kind: 'postgresql', fresh: freshPostgresOrm };

/** Declares the suite twice: `<title> [sqlite]` and `<title> [postgresql]` (see describeWithPostgres). */
export function describeEachDatabase(title: string, body: (db: TestDatabaseKind) => void): void {
  describe(`${title} [sqlite]`, () => body(SQLITE));
  describeWithPostgres(`${title} [postgresql]`, () => body(POSTGRESQL));
}

function start(config: AppConfig, options: FreshOrmOptions): Promise<MikroORM> {
  return initOrm(config, options.logger ?? SILENT_LOGGER, {
    migrations: options.migrations ?? 'apply',
  });
}

function withCleanup(orm: MikroORM, config: AppConfig, after: () => Promise<unknown>): TestOrm {
  let done: Promise<void> | undefined;
  return {
    orm,
    config,
    cleanup: () =>
      (done ??= (async () => {
        await closeOrm(orm);
        await after();
      })()),
  };
}

/**
 * Counts how often MikroORM's reads take a connection from knex's pool (every query through
 * `execute` acquires one); `restore()` removes the spy.
 */
export function countPoolAcquires(em: EntityManager): { readonly count: number; restore(): void } {
  const client = (em.getConnection() as unknown as { getKnex(): { client: object } }).getKnex()
    .client as { acquireConnection(): Promise<unknown> };
  const acquire = client.acquireConnection;
  let count = 0;
  client.acquireConnection = function (this: unknown) {
    count += 1;
    return acquire.call(this);
  };
  return {
    get count() {
      return count;
    },
    restore: () => {
      client.acquireConnection = acquire;
    },
  };
}
