/**
 * The container entry point (scripts/start.sh, run by the Dockerfile) against the compiled
 * server (`npm run build` runs before the tests): migrations checked at start, applied on
 * request, readiness, and a graceful SIGTERM in every phase (docs/container.md): the shell
 * passes SIGTERM on to a migration runner (a stand-in here, then the real one blocked by
 * PostgreSQL), exits with its status and never starts the server after it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { knex } from '@mikro-orm/postgresql';
import { MIGRATION_LOCK_NAME } from '../../../src/persistence/migration-lock';
import { TEST_SECRET_KEY } from '../../helpers/config';
import {
  createTestDatabase,
  describeWithPostgres,
  type TestDatabase,
} from '../../helpers/postgres';

const root = join(__dirname, '..', '..', '..');
const script = join(root, 'scripts', 'start.sh');

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function start(env: Record<string, string>, args: string[] = [], path = script): Started {
  const child = spawn('sh', [path, ...args], { cwd: root, env: { ...process.env, ...env } });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
  return { child, output: () => output, exited };
}

async function waitForReady(port: number, timeoutMs: number): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (res.status === 200 || Date.now() > deadline) return res;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    await new Promise(r => setTimeout(r, 200));
  }
}

describe('scripts/start.sh (container entry point)', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-start-'));
    env = {
      ENVIRONMENT: 'production',
      DATABASE_URL: `sqlite:///${join(dir, 'rulate.db')}`,
      SECRET_KEY: TEST_SECRET_KEY,
      PERSISTED_OPERATIONS: 'allow',
      ALLOWED_HOSTS: '*',
      LOG_LEVEL: 'info',
      PORT: String(20000 + Math.floor(Math.random() * 20000)),
    };
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('needs the compiled server', () => {
    expect(existsSync(join(root, 'dist', 'src', 'main.js'))).toBe(true);
  });

  it('refuses to start in production while migrations are pending, naming them and the fix', async () => {
    const run = start(env);
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toMatch(/pending migration\(s\): Migration\d+_initial/);
    expect(run.output()).toContain('npx mikro-orm migration:up');
  }, 60_000);

  it('says so when the port is taken, and exits 1', async () => {
    const blocker = createServer();
    await new Promise<void>(resolve => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    try {
      const run = start({
        ...env,
        MIGRATE_ON_START: 'true',
        HOST: '127.0.0.1',
        PORT: String(port),
      });
      expect(await run.exited).toBe(1);
      expect(run.output()).toContain(
        `Cannot listen on 127.0.0.1:${port}: the address is already in use; stop the other process or set PORT (and HOST).`,
      );
    } finally {
      blocker.close();
    }
  }, 60_000);

  it('applies migrations with MIGRATE_ON_START=true, becomes ready, and stops cleanly on SIGTERM', async () => {
    const run = start({ ...env, MIGRATE_ON_START: 'true' });
    try {
      const ready = await waitForReady(Number(env.PORT), 45_000);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ready',
        checks: { migrations: { pending: 0 } },
      });
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
      expect(run.output()).toContain('Shutdown complete');
    } finally {
      run.child.kill('SIGKILL');
    }
  }, 90_000);
});

/** Resolves once the output matches (or rejects after timeoutMs, quoting it). */
async function waitForOutput(run: Started, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(run.output())) {
    if (Date.now() > deadline) throw new Error(`no ${pattern} in:\n${run.output()}`);
    await new Promise(r => setTimeout(r, 50));
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A copy of start.sh in a tree whose migration runner and server are stand-ins: the runner
 * reports its pid, takes STAND_IN_MS to finish with STAND_IN_EXIT, and on SIGTERM lingers
 * 300 ms before exiting 143 (so a shell that does not wait for it would exit first); the
 * server reports its pid and exits.
 */
function standInTree(dir: string): string {
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'dist', 'src', 'scripts'), { recursive: true });
  copyFileSync(script, join(dir, 'scripts', 'start.sh'));
  writeFileSync(
    join(dir, 'dist', 'src', 'scripts', 'migrate.js'),
    `console.log('stand-in runner: migrating, pid ' + process.pid);
process.on('SIGTERM', () => {
  console.log('stand-in runner: SIGTERM');
  setTimeout(() => process.exit(143), 300);
});
setTimeout(() => {
  console.log('stand-in runner: done');
  process.exit(Number(process.env.STAND_IN_EXIT));
}, Number(process.env.STAND_IN_MS));
`,
  );
  writeFileSync(
    join(dir, 'dist', 'src', 'main.js'),
    `console.log('stand-in server: pid ' + process.pid);\n`,
  );
  return join(dir, 'scripts', 'start.sh');
}

describe('scripts/start.sh: the migration phase and signals (stand-in runner)', () => {
  let dir: string;
  let standIn: string;
  const slow = { STAND_IN_MS: '60000', STAND_IN_EXIT: '0' };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-start-standin-'));
    standIn = standInTree(dir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function stopDuringMigration(run: Started): Promise<{ code: number | null }> {
    await waitForOutput(run, /stand-in runner: migrating, pid \d+/, 30_000);
    const runnerPid = Number(/migrating, pid (\d+)/.exec(run.output())?.[1]);
    run.child.kill('SIGTERM');
    const code = await run.exited;
    // The shell waited for the runner: it is gone, not orphaned.
    expect(alive(runnerPid)).toBe(false);
    return { code };
  }

  it.each([
    ['MIGRATE_ON_START=true', { MIGRATE_ON_START: 'true' }, []],
    ['start.sh migrate', {}, ['migrate']],
  ])(
    '%s: SIGTERM reaches the runner, the shell waits for it, exits 143, no server',
    async (_name, env, args) => {
      const run = start({ ...slow, ...env }, args, standIn);
      try {
        const { code } = await stopDuringMigration(run);
        expect(code).toBe(143);
        expect(run.output()).toContain('stand-in runner: SIGTERM');
        expect(run.output()).not.toContain('stand-in runner: done');
        expect(run.output()).not.toContain('stand-in server');
      } finally {
        run.child.kill('SIGKILL');
      }
    },
    60_000,
  );

  it('after the migrations, the server replaces the shell (same pid: signals reach it)', async () => {
    const run = start(
      { MIGRATE_ON_START: 'true', STAND_IN_MS: '10', STAND_IN_EXIT: '0' },
      [],
      standIn,
    );
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stand-in runner: done');
    expect(run.output()).toContain(`stand-in server: pid ${run.child.pid}`);
  }, 60_000);

  it('a failed migration run: its exit status, and no server', async () => {
    const run = start(
      { MIGRATE_ON_START: 'true', STAND_IN_MS: '10', STAND_IN_EXIT: '3' },
      [],
      standIn,
    );
    expect(await run.exited).toBe(3);
    expect(run.output()).toContain(
      'migrations did not complete (exit 3): the server is not started',
    );
    expect(run.output()).not.toContain('stand-in server');
  }, 60_000);

  it('start.sh migrate exits with the runner and never starts the server', async () => {
    const run = start({ STAND_IN_MS: '10', STAND_IN_EXIT: '0' }, ['migrate'], standIn);
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('stand-in runner: done');
    expect(run.output()).not.toContain('stand-in server');
  }, 60_000);

  it('refuses an unknown command (exit 64)', async () => {
    const run = start({}, ['serve-please'], standIn);
    expect(await run.exited).toBe(64);
    expect(run.output()).toContain("unknown command 'serve-please'");
  }, 60_000);
});

describeWithPostgres(
  'scripts/start.sh migrate: SIGTERM in the middle of a migration (PostgreSQL)',
  () => {
    let database: TestDatabase;
    let db: ReturnType<typeof knex>;
    beforeEach(async () => {
      database = await createTestDatabase();
      db = knex({ client: 'pg', connection: database.url, pool: { min: 0, max: 2 } });
    });
    afterEach(async () => {
      await db.destroy();
      await database.drop();
    });

    async function tablesBesidesMigrations(): Promise<string[]> {
      const result = await db.raw<{ rows: { tablename: string }[] }>(
        "select tablename from pg_tables where schemaname = 'public' and tablename <> 'mikro_orm_migrations'",
      );
      return result.rows.map(r => r.tablename);
    }

    it('rolls the whole run back, exits 143; the next run applies everything', async () => {
      // The migrations table exists and is locked against writes (reads pass): the runner
      // creates the schema in its transaction, then waits to record the migration.
      await db.raw(
        'create table mikro_orm_migrations (id serial primary key, name varchar(255), executed_at timestamptz default current_timestamp)',
      );
      const lock = await db.transaction();
      const env = { ENVIRONMENT: 'production', DATABASE_URL: database.url };
      try {
        await lock.raw('lock table mikro_orm_migrations in share mode');
        const run = start(env, ['migrate']);
        try {
          const deadline = Date.now() + 45_000;
          for (;;) {
            const waiting = await db.raw<{ rows: unknown[] }>(
              "select 1 from pg_stat_activity where datname = ? and application_name = 'rulate-graphql' and wait_event_type = 'Lock'",
              [database.name],
            );
            if (waiting.rows.length > 0) break;
            if (Date.now() > deadline) throw new Error(`runner never blocked:\n${run.output()}`);
            await new Promise(r => setTimeout(r, 100));
          }
          run.child.kill('SIGTERM');
          expect(await run.exited).toBe(143);
          expect(run.output()).toContain(
            'Migrations: SIGTERM while migrating: exiting without committing',
          );
        } finally {
          run.child.kill('SIGKILL');
        }
      } finally {
        await lock.rollback();
      }
      expect(await tablesBesidesMigrations()).toEqual([]);
      expect((await db('mikro_orm_migrations').count({ n: '*' }))[0]).toMatchObject({ n: '0' });

      const again = start(env, ['migrate']);
      expect(await again.exited).toBe(0);
      expect(again.output()).toContain('Migrations: up to date');
      expect(await tablesBesidesMigrations()).not.toEqual([]);
      expect((await db('mikro_orm_migrations').count({ n: '*' }))[0]).toMatchObject({ n: '1' });
    }, 120_000);

    it('runs started together take turns (advisory lock): one applies, the other finds none', async () => {
      // The test holds the lock first, so that both runs are seen waiting for it.
      const holder = knex({ client: 'pg', connection: database.url, pool: { min: 1, max: 1 } });
      const env = { ENVIRONMENT: 'production', DATABASE_URL: database.url };
      const runs: Started[] = [];
      try {
        await holder.raw('select pg_advisory_lock(hashtext(?))', [MIGRATION_LOCK_NAME]);
        // Two replicas' migration phases (MIGRATE_ON_START runs the same runner).
        runs.push(start(env, ['migrate']), start(env, ['migrate']));
        for (const run of runs) {
          await waitForOutput(run, /another run holds the migration lock; waiting/, 60_000);
        }
        await holder.raw('select pg_advisory_unlock(hashtext(?))', [MIGRATION_LOCK_NAME]);
        expect(await Promise.all(runs.map(r => r.exited))).toEqual([0, 0]);
      } finally {
        for (const run of runs) run.child.kill('SIGKILL');
        await holder.destroy();
      }
      const applied = runs.map(r => /"applied":\[([^\]]*)\]/.exec(r.output())?.[1]);
      expect(applied.sort()).toEqual(['', expect.stringMatching(/^"Migration\d+_initial"$/)]);
      expect((await db('mikro_orm_migrations').count({ n: '*' }))[0]).toMatchObject({ n: '1' });
    }, 120_000);
  },
);
