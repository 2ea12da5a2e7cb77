import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import type { AbstractSqlConnection } from '@mikro-orm/postgresql';
import { loadDatabaseConfig, type Env } from '../../../src/config';
import cliOrmConfig, { createOrmConfig } from '../../../src/persistence/mikro-orm.config';
import {
  closeOrm,
  getMigrationStatus,
  initOrm,
  PendingMigrationsError,
  type OrmLogger,
} from '../../../src/persistence/orm';
import { SILENT_LOGGER, freshPostgresOrm, freshSqliteOrm } from '../../helpers/orm';
import { createTestDatabase, describeWithPostgres } from '../../helpers/postgres';

const dbConfig = (env: Env) => loadDatabaseConfig(env, { envFile: false });

function recordingLogger(): OrmLogger & { lines: string[] } {
  const lines: string[] = [];
  const record = (obj: object, msg?: string) => lines.push(`${msg ?? ''} ${JSON.stringify(obj)}`);
  return { lines, info: record, warn: record, debug: record };
}

/** The tarn pool knex created, to prove the POOL_* settings reach it. */
function knexPool(orm: MikroORM) {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  return (knex.client as { pool: Record<string, unknown> }).pool;
}

describe('initOrm on SQLite', () => {
  let dir: string;
  let url: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-orm-'));
    url = `sqlite:///${join(dir, 'nested', 'data', 'rulate.db')}`;
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('applies pending migrations in development, creating the file and its directory', async () => {
    const logger = recordingLogger();
    const orm = await initOrm(dbConfig({ DATABASE_URL: url }), logger);
    try {
      expect(existsSync(join(dir, 'nested', 'data', 'rulate.db'))).toBe(true);
      expect((await getMigrationStatus(orm)).pending).toEqual([]);
      expect(logger.lines.join('\n')).toMatch(/Applied pending migrations/);
      expect(knexPool(orm).max).toBe(1);
    } finally {
      await closeOrm(orm);
    }
  });

  it.each(['production', 'staging'])(
    'refuses to start in %s while migrations are pending, naming them and the fix',
    async environment => {
      const config = dbConfig({ ENVIRONMENT: environment, DATABASE_URL: url });
      const error: unknown = await initOrm(config, SILENT_LOGGER).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PendingMigrationsError);
      const pending = (error as PendingMigrationsError).pending;
      expect(pending.length).toBeGreaterThan(0);
      expect((error as Error).message).toContain(pending[0]);
      expect((error as Error).message).toMatch(/npx mikro-orm migration:up.*make migrate/);

      // Once an operator migrated, the same configuration starts.
      await closeOrm(await initOrm(config, SILENT_LOGGER, { migrations: 'apply' }));
      const orm = await initOrm(config, SILENT_LOGGER);
      expect((await getMigrationStatus(orm)).pending).toEqual([]);
      await closeOrm(orm);
    },
  );

  it('can skip the migration check (tools, tests)', async () => {
    const orm = await initOrm(
      dbConfig({ ENVIRONMENT: 'production', DATABASE_URL: url }),
      SILENT_LOGGER,
      {
        migrations: 'skip',
      },
    );
    expect((await getMigrationStatus(orm)).pending.length).toBeGreaterThan(0);
    await closeOrm(orm);
  });
});

describe('freshSqliteOrm({ file: true })', () => {
  it('gives a migrated file database and removes it on cleanup', async () => {
    const db = await freshSqliteOrm({ file: true });
    const config = db.config.db;
    expect(config.driver).toBe('sqlite');
    const path = config.driver === 'sqlite' ? config.path : '';
    expect(existsSync(path)).toBe(true);
    expect((await getMigrationStatus(db.orm)).pending).toEqual([]);
    await db.cleanup();
    await db.cleanup();
    expect(existsSync(path)).toBe(false);
  });
});

describe('initOrm without a database server', () => {
  it('fails with a clear message', async () => {
    const config = dbConfig({
      ENVIRONMENT: 'production',
      DATABASE_URL: 'postgresql://rulate:pw@127.0.0.1:1/rulate',
      POOL_TIMEOUT: '2',
    });
    await expect(initOrm(config, SILENT_LOGGER)).rejects.toThrow(
      /Cannot connect to the postgresql database/,
    );
  });
});

describeWithPostgres('initOrm on PostgreSQL', () => {
  it('refuses pending migrations in production and starts once migrated', async () => {
    const database = await createTestDatabase();
    try {
      const config = dbConfig({ ENVIRONMENT: 'production', DATABASE_URL: database.url });
      await expect(initOrm(config, SILENT_LOGGER)).rejects.toBeInstanceOf(PendingMigrationsError);
      await closeOrm(await initOrm(config, SILENT_LOGGER, { migrations: 'apply' }));
      const orm = await initOrm(config, SILENT_LOGGER);
      expect((await getMigrationStatus(orm)).pending).toEqual([]);
      await closeOrm(orm);
    } finally {
      await database.drop();
    }
  }, 30_000);

  it('sizes the pool from POOL_* (max = size + overflow)', async () => {
    const db = await freshPostgresOrm({
      env: { POOL_SIZE: '3', MAX_OVERFLOW: '4', POOL_TIMEOUT: '7', POOL_RECYCLE: '60' },
    });
    try {
      expect(knexPool(db.orm)).toMatchObject({
        min: 0,
        max: 7,
        acquireTimeoutMillis: 7000,
        idleTimeoutMillis: 60_000,
      });
    } finally {
      await db.cleanup();
    }
  }, 30_000);

  it('replaces a connection older than POOL_RECYCLE, even a busy one', async () => {
    // One connection, kept busy (never idle long enough for the idle timeout).
    const db = await freshPostgresOrm({
      env: { POOL_SIZE: '1', MAX_OVERFLOW: '0', POOL_RECYCLE: '2' },
    });
    const backend = async () => {
      const rows = await db.orm.em.getConnection().execute('select pg_backend_pid() as pid');
      return Number((rows as { pid: number }[])[0].pid);
    };
    try {
      const started = Date.now();
      const first = await backend();
      const seen: { at: number; pid: number }[] = [];
      while (Date.now() - started < 3_500) {
        seen.push({ at: Date.now() - started, pid: await backend() });
        await new Promise(resolve => setTimeout(resolve, 100));
      }
      // The connection may be a little older than `started`: it was opened by the migrations.
      const early = seen.filter(s => s.at < 1_000);
      expect(early.every(s => s.pid === first)).toBe(true);
      const later = seen.filter(s => s.at > 2_600);
      expect(later.length).toBeGreaterThan(0);
      expect(later.every(s => s.pid !== first)).toBe(true);
    } finally {
      await db.cleanup();
    }
  }, 30_000);
});

describe('ORM configuration', () => {
  it('uses the TypeScript migrations when running from sources', () => {
    const options = createOrmConfig(dbConfig({ DATABASE_URL: 'sqlite::memory:' }));
    expect(options).toMatchObject({
      dbName: ':memory:',
      preferTs: true,
      ensureDatabase: true,
      migrations: {
        path: 'dist/migrations',
        pathTs: 'migrations',
        tableName: 'mikro_orm_migrations',
        transactional: true,
        allOrNothing: true,
        snapshot: false,
      },
    });
  });

  it('never creates databases outside development', () => {
    const options = createOrmConfig(
      dbConfig({ ENVIRONMENT: 'production', DATABASE_URL: 'postgresql://u@db/rulate' }),
    );
    expect(options).toMatchObject({ clientUrl: 'postgresql://u@db/rulate', ensureDatabase: false });
  });

  it('gives the CLI a config built from the environment', () => {
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'sqlite:////tmp/rulate-cli-test.db';
    try {
      expect(cliOrmConfig()).toMatchObject({ dbName: '/tmp/rulate-cli-test.db' });
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
  });
});
