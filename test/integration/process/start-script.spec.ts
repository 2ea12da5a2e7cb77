/**
 * The container entry point (scripts/start.sh, run by the Dockerfile) against the compiled
 * server (`npm run build` runs before the tests): migrations checked at start, applied on
 * request, readiness, and a graceful SIGTERM.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_SECRET_KEY } from '../../helpers/config';

const root = join(__dirname, '..', '..', '..');
const script = join(root, 'scripts', 'start.sh');

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

function start(env: Record<string, string>): Started {
  const child = spawn('sh', [script], { cwd: root, env: { ...process.env, ...env } });
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
