/**
 * The compiled server (`npm run build` runs before the tests) with tracing on: src/observability/tracing/otel.ts
 * starts the SDK before the app loads, so HTTP, GraphQL and evaluation spans reach an OTLP
 * endpoint (a local receiver here), and SIGTERM flushes them (the batch delay is set far
 * beyond the test, so only the shutdown flush can deliver them).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '..', '..', '..');
const main = join(root, 'dist', 'src', 'main.js');

interface Received {
  readonly path: string;
  readonly body: Buffer;
}

function startReceiver(): Promise<{ server: Server; port: number; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: Buffer.concat(chunks) });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise(resolve =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, received }),
    ),
  );
}

async function waitForReady(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).status === 200) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
    }
    if (Date.now() > deadline) throw new Error('the server did not become ready');
    await new Promise(r => setTimeout(r, 200));
  }
}

describe('tracing in the compiled server', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-otel-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('needs the compiled server', () => {
    expect(existsSync(main)).toBe(true);
  });

  it('exports HTTP, GraphQL and evaluation spans over OTLP/HTTP and flushes them on SIGTERM', async () => {
    const receiver = await startReceiver();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, [main], {
      cwd: root,
      env: {
        ...process.env,
        ENVIRONMENT: 'development',
        DATABASE_URL: `sqlite:///${join(dir, 'rulate.db')}`,
        PORT: String(port),
        HOST: '127.0.0.1',
        SEED_EXAMPLES: 'true',
        LOG_LEVEL: 'info',
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${receiver.port}`,
        OTEL_SERVICE_NAME: 'rulate-otel-test',
        OTEL_BSP_SCHEDULE_DELAY: '600000',
        OTEL_NODE_RESOURCE_DETECTORS: 'none',
      },
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>(resolve => child.on('exit', code => resolve(code)));
    try {
      await waitForReady(port, 45_000);
      const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query Matrix { evaluateMatrix(catalogName: "my_wardrobe", ruleSetName: "wardrobe_rules_v1") { summary { totalPairs } } }',
        }),
      });
      expect(res.status).toBe(200);
      expect(receiver.received).toEqual([]);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      expect(output).toContain('Telemetry flushed');
      const traces = receiver.received.filter(r => r.path === '/v1/traces');
      expect(traces.length).toBeGreaterThan(0);
      // OTLP protobuf keeps strings as UTF-8: span names and attribute keys can be searched.
      const payload = Buffer.concat(traces.map(t => t.body)).toString('latin1');
      expect(payload).toContain('rulate-otel-test');
      expect(payload).toContain('evaluation.matrix');
      expect(payload).toContain('rulate.catalog.size');
      expect(payload).toMatch(/graphql\.operation\.name/);
      expect(payload).toMatch(/http\.(request\.)?method/);
    } finally {
      child.kill('SIGKILL');
      receiver.server.close();
    }
  }, 90_000);
});
