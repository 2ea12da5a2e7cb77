/**
 * PostgreSQL for tests: TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/test)
 * names a server and a database to connect to for administration; every test ORM gets its
 * own database `rulate_test_<pid>_<random>`, dropped by its cleanup, so test files can run in
 * parallel. When the server is unreachable, PostgreSQL suites fail with CI=true and are
 * skipped (with a warning) otherwise.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { knex } from '@mikro-orm/postgresql';

export const TEST_POSTGRES_URL =
  process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

const IN_CI = ['1', 'true'].includes((process.env.CI ?? '').toLowerCase());

let reachable: boolean | undefined;

/** Whether TEST_POSTGRES_URL accepts connections (probed once per process, synchronously). */
export function postgresReachable(): boolean {
  if (reachable === undefined) {
    const probe = `const { Client } = require('pg');
const c = new Client({ connectionString: process.env.PROBE_URL, connectionTimeoutMillis: 3000 });
c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));`;
    const result = spawnSync(process.execPath, ['-e', probe], {
      cwd: __dirname,
      env: { ...process.env, PROBE_URL: TEST_POSTGRES_URL },
      timeout: 10_000,
    });
    reachable = result.status === 0;
  }
  return reachable;
}

/**
 * `describe` for suites that need PostgreSQL. Unreachable server: a failing test in CI
 * (never a silent skip), `describe.skip` locally.
 */
export function describeWithPostgres(name: string, body: () => void): void {
  if (postgresReachable()) {
    describe(name, body);
  } else if (IN_CI) {
    describe(name, () => {
      it('needs PostgreSQL', () => {
        throw new Error(`PostgreSQL is not reachable at ${redact(TEST_POSTGRES_URL)} (CI=true)`);
      });
    });
  } else {
    console.warn(`Skipping "${name}": PostgreSQL not reachable at ${redact(TEST_POSTGRES_URL)}`);
    describe.skip(name, body);
  }
}

export interface TestDatabase {
  /** Connection URL of the new, empty database. */
  readonly url: string;
  readonly name: string;
  /** Drops the database (closing any connection still open to it). */
  drop(): Promise<void>;
}

/** Creates an empty database on the TEST_POSTGRES_URL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `rulate_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin(async db => {
    await db.raw('create database ??', [name]);
  });
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    name,
    drop: () =>
      admin(async db => {
        await db.raw('drop database if exists ?? with (force)', [name]);
      }),
  };
}

async function admin(work: (db: ReturnType<typeof knex>) => Promise<void>): Promise<void> {
  const db = knex({ client: 'pg', connection: TEST_POSTGRES_URL, pool: { min: 0, max: 1 } });
  try {
    await work(db);
  } finally {
    await db.destroy();
  }
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
}
