/**
 * Outages of PostgreSQL and Redis, injected through a TCP proxy of the test's own (the shared
 * servers are never stopped): refused, frozen (SIGSTOP-like) and back. What must hold:
 * 503 SERVICE_UNAVAILABLE with Retry-After (never a 500, never a hang), one log line per
 * outage transition without SQL, readiness 503 while down, and service again once healed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/core';
import request from 'supertest';
import { createApp, type RulateApp } from '../../../src/app';
import type { Env } from '../../../src/config';
import { createLogger } from '../../../src/observability/logging/logger';
import { closeOrm, initOrm } from '../../../src/persistence/orm';
import { EngineCache } from '../../../src/services';
import { testConfig } from '../../helpers/config';
import { startFaultProxy, type FaultProxy } from '../../helpers/fault-proxy';
import { SILENT_LOGGER } from '../../helpers/orm';
import {
  createTestDatabase,
  describeWithPostgres,
  type TestDatabase,
} from '../../helpers/postgres';
import { describeWithRedis, TEST_REDIS_URL } from '../../helpers/redis';

/** The log lines the app wrote, parsed. */
class LogCapture extends Writable {
  readonly lines: Record<string, unknown>[] = [];
  override _write(chunk: Buffer, _enc: string, done: () => void) {
    for (const line of chunk.toString().split('\n').filter(Boolean))
      this.lines.push(JSON.parse(line));
    done();
  }
  messages(pattern: RegExp): string[] {
    return this.lines.map(l => String(l.msg)).filter(m => pattern.test(m));
  }
  get text(): string {
    return this.lines.map(l => JSON.stringify(l)).join('\n');
  }
}

interface Harness {
  readonly rulate: RulateApp;
  readonly logs: LogCapture;
  readonly orm: MikroORM;
  close(): Promise<void>;
}

async function startApp(databaseUrl: string, env: Env): Promise<Harness> {
  const config = testConfig({ DATABASE_URL: databaseUrl, LOG_LEVEL: 'info', ...env });
  const orm = await initOrm(config, SILENT_LOGGER, { migrations: 'apply' });
  const logs = new LogCapture();
  const logger = createLogger({ level: 'info', environment: config.environment }, logs);
  const rulate = await createApp({
    config,
    logger,
    orm,
    version: 'test',
    cache: new EngineCache(),
  });
  return {
    rulate,
    logs,
    orm,
    close: async () => {
      await rulate.stop();
      await closeOrm(orm);
    },
  };
}

const CATALOGS = '{ catalogs(first: 1) { totalCount } }';

function gql(app: RulateApp, query: string) {
  return request(app.app).post('/graphql').set('content-type', 'application/json').send({ query });
}

async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise(resolve => setTimeout(resolve, 250));
  }
  return false;
}

describeWithPostgres('PostgreSQL outages through a fault proxy', () => {
  let database: TestDatabase;
  let proxy: FaultProxy;
  let h: Harness;

  beforeAll(async () => {
    database = await createTestDatabase();
    const url = new URL(database.url);
    proxy = await startFaultProxy({ host: url.hostname, port: Number(url.port || 5432) });
    h = await startApp(proxy.url(database.url), {
      DB_STATEMENT_TIMEOUT: '2',
      DB_CONNECT_TIMEOUT: '1',
      POOL_TIMEOUT: '3',
      REQUEST_TIMEOUT: '30',
      RATE_LIMIT_ENABLED: 'false',
    });
  }, 60_000);

  afterAll(async () => {
    proxy?.heal();
    await h?.close();
    await proxy?.close();
    await database?.drop();
  }, 60_000);

  afterEach(() => proxy.heal());

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After while the database refuses, and logs the outage once', async () => {
    expect((await gql(h.rulate, CATALOGS)).status).toBe(200);
    proxy.refuse();
    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await gql(h.rulate, CATALOGS));
    for (const res of answers) {
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(res.body.errors[0].extensions.dependency).toBe('database');
      expect(res.body.errors[0].message).toMatch(/database is unavailable/);
    }
    const ready = await request(h.rulate.app).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(h.logs.messages(/^database unavailable/)).toHaveLength(1);
    expect(h.logs.messages(/unexpected error/)).toHaveLength(0);
    expect(h.logs.text).not.toMatch(/select |insert into/i);

    proxy.heal();
    const back = await eventually(
      async () => (await gql(h.rulate, CATALOGS)).status === 200,
      15_000,
    );
    expect(back).toBe(true);
    expect(h.logs.messages(/^database is back/)).toHaveLength(1);
    expect((await request(h.rulate.app).get('/health/ready')).status).toBe(200);
  }, 60_000);

  it('answers 503, not a hang, while the database is frozen', async () => {
    expect((await gql(h.rulate, CATALOGS)).status).toBe(200);
    proxy.freeze();
    const started = Date.now();
    const res = await gql(h.rulate, CATALOGS);
    const elapsed = Date.now() - started;
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // DB_STATEMENT_TIMEOUT 2 s + the client's 2 s: well before REQUEST_TIMEOUT (30 s).
    expect(elapsed).toBeLessThan(15_000);
    expect(h.logs.text).not.toMatch(/select |insert into/i);
    proxy.heal();
    const back = await eventually(
      async () => (await gql(h.rulate, CATALOGS)).status === 200,
      20_000,
    );
    expect(back).toBe(true);
  }, 60_000);

  it('answers 503 when the connections are dropped, then serves again', async () => {
    expect((await gql(h.rulate, CATALOGS)).status).toBe(200);
    proxy.kill();
    const res = await gql(h.rulate, CATALOGS);
    expect([200, 503]).toContain(res.status); // a fresh connection may already serve it
    if (res.status === 503) expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.status).not.toBe(500);
    const back = await eventually(
      async () => (await gql(h.rulate, CATALOGS)).status === 200,
      15_000,
    );
    expect(back).toBe(true);
  }, 60_000);
});

/** Schema "s" (one enum dimension, color) and its empty catalog "c". */
async function createColorCatalog(h: Harness): Promise<void> {
  const created = await gql(
    h.rulate,
    `mutation { createSchema(input: { name: "s", version: "1.0.0", dimensions: [{ name: "color", type: ENUM, values: ["red"] }] }) { name } }`,
  );
  expect(created.body.errors).toBeUndefined();
  const catalog = await gql(
    h.rulate,
    'mutation { createCatalog(input: { name: "c", schemaName: "s" }) { name } }',
  );
  expect(catalog.body.errors).toBeUndefined();
}

const CREATE_LATE_ITEM =
  'mutation { createItem(catalogName: "c", input: { id: "late", name: "Late", attributes: { color: "red" } }) { id } }';

describeWithPostgres('a request abandoned while its write waits never commits', () => {
  let database: TestDatabase;
  let proxy: FaultProxy;
  let h: Harness;

  beforeAll(async () => {
    database = await createTestDatabase();
    const url = new URL(database.url);
    proxy = await startFaultProxy({ host: url.hostname, port: Number(url.port || 5432) });
    h = await startApp(proxy.url(database.url), {
      REQUEST_TIMEOUT: '1',
      DB_STATEMENT_TIMEOUT: '20',
      RATE_LIMIT_ENABLED: 'false',
    });
    await createColorCatalog(h);
  }, 60_000);

  afterAll(async () => {
    proxy?.heal();
    await h?.close();
    await proxy?.close();
    await database?.drop();
  }, 60_000);

  it('answers 503 REQUEST_TIMEOUT and the item never appears once the database resumes', async () => {
    proxy.freeze();
    const res = await gql(h.rulate, CREATE_LATE_ITEM);
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
    proxy.heal();
    // Give the abandoned operation time to run to its (refused) commit.
    await new Promise(resolve => setTimeout(resolve, 3000));
    const item = await gql(h.rulate, '{ catalog(name: "c") { item(id: "late") { id } } }');
    expect(item.status).toBe(200);
    expect(item.body.errors).toBeUndefined();
    expect(item.body.data.catalog.item).toBeNull();
  }, 60_000);
});

/**
 * Another process holds an exclusive lock on the SQLite file for `ms`; resolves once it does.
 * The synchronous driver waits for it (busy_timeout) with the event loop blocked.
 */
async function holdSqliteLock(file: string, ms: number): Promise<ChildProcess> {
  const script = `
    const Database = require(process.argv[1]);
    const db = new Database(process.argv[2]);
    db.exec('BEGIN EXCLUSIVE');
    process.stdout.write('locked\\n');
    setTimeout(() => { db.exec('COMMIT'); db.close(); }, Number(process.argv[3]));
  `;
  const child = spawn(
    process.execPath,
    ['-e', script, require.resolve('better-sqlite3'), file, String(ms)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once('data', () => resolve());
    child.once('exit', code => reject(new Error(`lock holder exited with ${code}`)));
  });
  return child;
}

describe('a SQLite request whose write outlasts its deadline never commits', () => {
  let dir: string;
  let file: string;
  let h: Harness;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-sqlite-timeout-'));
    file = join(dir, 'rulate.db');
    h = await startApp(`sqlite:///${file}`, {
      REQUEST_TIMEOUT: '1',
      // Longer than the lock is held: the statement waits it out, past the deadline.
      DB_SQLITE_BUSY_TIMEOUT: '10',
      RATE_LIMIT_ENABLED: 'false',
    });
    await createColorCatalog(h);
  }, 60_000);

  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('answers 503 REQUEST_TIMEOUT and rolls the write back, though the timer fired late', async () => {
    const holder = await holdSqliteLock(file, 1500);
    const exited = new Promise(resolve => holder.once('exit', resolve));
    const started = Date.now();
    const res = await gql(h.rulate, CREATE_LATE_ITEM);
    await exited;
    // The request waited for the lock (1.5 s) with the event loop blocked, past its 1 s deadline.
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions.code).toBe('REQUEST_TIMEOUT');
    const item = await gql(h.rulate, '{ catalog(name: "c") { item(id: "late") { id } } }');
    expect(item.body.errors).toBeUndefined();
    expect(item.body.data.catalog.item).toBeNull();
    // The database is fine afterwards: the same write in time commits.
    const again = await gql(h.rulate, CREATE_LATE_ITEM);
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.createItem.id).toBe('late');
  }, 60_000);
});

describeWithRedis('Redis outages through a fault proxy (rate limiting fails closed)', () => {
  let proxy: FaultProxy;
  let h: Harness;

  beforeAll(async () => {
    const url = new URL(TEST_REDIS_URL);
    proxy = await startFaultProxy({ host: url.hostname, port: Number(url.port || 6379) });
    h = await startApp('sqlite::memory:', {
      REDIS_URL: proxy.url(TEST_REDIS_URL),
      RATE_LIMIT_ENABLED: 'true',
      REDIS_COMMAND_TIMEOUT: '1',
      REDIS_CONNECT_TIMEOUT: '1',
      REQUEST_TIMEOUT: '30',
    });
  }, 60_000);

  afterAll(async () => {
    proxy?.heal();
    await h?.close();
    await proxy?.close();
  }, 60_000);

  afterEach(() => proxy.heal());

  it('answers 503 within the command timeout while Redis is frozen, and readiness says so', async () => {
    expect((await gql(h.rulate, '{ __typename }')).status).toBe(200);
    proxy.freeze();
    const started = Date.now();
    const res = await gql(h.rulate, '{ __typename }');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(res.headers['retry-after']).toBeDefined();
    const ready = await request(h.rulate.app).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.checks.redis.status).toBe('error');
    expect(h.logs.messages(/^redis unavailable/).length).toBe(1);
    proxy.heal();
    const back = await eventually(
      async () => (await gql(h.rulate, '{ __typename }')).status === 200,
      20_000,
    );
    expect(back).toBe(true);
    expect((await request(h.rulate.app).get('/health/ready')).status).toBe(200);
  }, 60_000);

  it('answers 503 while Redis refuses connections', async () => {
    proxy.refuse();
    const res = await gql(h.rulate, '{ __typename }');
    expect(res.status).toBe(503);
    expect(res.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    proxy.heal();
    const back = await eventually(
      async () => (await gql(h.rulate, '{ __typename }')).status === 200,
      20_000,
    );
    expect(back).toBe(true);
  }, 60_000);
});

describe('readiness during shutdown', () => {
  it('turns 503 as soon as shutdown begins, while liveness stays 200', async () => {
    const h = await startApp('sqlite::memory:', {});
    try {
      expect((await request(h.rulate.app).get('/health/ready')).status).toBe(200);
      h.rulate.beginShutdown();
      const ready = await request(h.rulate.app).get('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.body.status).toBe('shutting_down');
      expect((await request(h.rulate.app).get('/health/live')).status).toBe(200);
    } finally {
      await h.close();
    }
  }, 60_000);
});
