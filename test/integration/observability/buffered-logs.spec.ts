/**
 * The compiled logger with a stdout buffer (LOG_BUFFER_BYTES): lines reach stdout when the
 * process exits, crashes included, and within the flush interval on a quiet process.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const logger = join(
  __dirname,
  '..',
  '..',
  '..',
  'dist',
  'src',
  'observability',
  'logging',
  'logger.js',
);

interface Run {
  readonly stdout: string;
  readonly code: number | null;
  /** When the first stdout and stderr bytes and the exit reached this process (ms). */
  readonly at: { readonly stdout?: number; readonly stderr?: number; readonly exit: number };
}

/** Runs `body` in a fresh node process with `log` a buffered logger; resolves with its stdout. */
function run(body: string): Promise<Run> {
  const script = `
    const { createLogger } = require(${JSON.stringify(logger)});
    const log = createLogger({ level: 'info', environment: 'production', bufferBytes: 8192 });
    ${body}
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    const at: { stdout?: number; stderr?: number } = {};
    child.stdout.on('data', (chunk: Buffer) => {
      at.stdout ??= Date.now();
      stdout += chunk.toString();
    });
    child.stderr.on('data', () => (at.stderr ??= Date.now()));
    child.once('error', reject);
    child.once('close', code => resolve({ stdout, code, at: { ...at, exit: Date.now() } }));
  });
}

const messages = (stdout: string) =>
  stdout
    .split('\n')
    .filter(Boolean)
    .map(line => (JSON.parse(line) as { msg: string }).msg);

describe('buffered logs (LOG_BUFFER_BYTES)', () => {
  it('are written out when the process exits', async () => {
    const { stdout, code } = await run(`
      for (let i = 0; i < 3; i++) log.info('line ' + i);
      process.exit(0);
    `);
    expect(code).toBe(0);
    expect(messages(stdout)).toEqual(['line 0', 'line 1', 'line 2']);
  });

  it('are written out when an uncaught exception ends the process', async () => {
    const { stdout, code } = await run(`
      log.info('before the crash');
      setImmediate(() => { throw new Error('boom'); });
    `);
    expect(code).toBe(1);
    expect(messages(stdout)).toEqual(['before the crash']);
  });

  it('reach stdout within the flush interval while the process keeps running', async () => {
    // stderr (unbuffered) says when the line was logged; the process then stays up 8 s, so a
    // line held until exit would arrive about 8 s later.
    const { stdout, at } = await run(`
      log.info('quiet server');
      process.stderr.write('logged\\n');
      setTimeout(() => process.exit(0), 8000);
    `);
    expect(messages(stdout)).toEqual(['quiet server']);
    expect(at.stderr).toBeDefined();
    expect(at.stdout).toBeDefined();
    // One flush interval (1 s), with room for a loaded machine; still well before the exit.
    expect(at.stdout! - at.stderr!).toBeLessThan(4000);
    expect(at.exit - at.stdout!).toBeGreaterThan(3000);
  }, 30_000);
});
