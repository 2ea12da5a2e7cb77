/**
 * Liveness during a large evaluation (reliability issue: one evaluation froze the instance).
 *
 * Seeds a SQLite database with wardrobe-v2 and a catalog of BENCH_ITEMS (30,000) of its items
 * with fresh ids, then for each EVALUATION_THREADS value of BENCH_THREADS (`0,2`: inline, then
 * the pool) starts the built server (`dist/src/main.js`) as a child process, sends one
 * evaluateMatrix of the big catalog (the first: nothing cached) and meanwhile probes
 * `GET /health/live` back to back (one in flight, BENCH_PROBE_MS = 50 ms apart), and a small
 * GraphQL query (one catalog by name) the same way. It prints the matrix time and the probes'
 * latencies: with the evaluation on the event loop a probe waits
 * for the whole matrix; with the pool it is answered at once.
 *
 * Run: `npm run build && node dist/bench/liveness.bench.js`. EVALUATION_THREAD_NICE is passed on
 * to the server. BENCH_SERVER_NODE_ARGS: node options
 * of the server process (e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof` to see what still runs on
 * its event loop).
 */
import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { closeOrm, initOrm } from '../src/persistence/orm';
import { findProjectRoot } from '../src/persistence/project-root';
import { createServices, EngineCache } from '../src/services';
import { machineLine, percentile } from './support';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 30_000);
const THREADS = (process.env.BENCH_THREADS ?? '0,2').split(',').filter(Boolean);
const PROBE_MS = Number(process.env.BENCH_PROBE_MS ?? 50);
const ROOT = findProjectRoot();
const BIG = 'liveness_catalog';
const MATRIX = `{ evaluateMatrix(catalogName: "${BIG}", ruleSetName: "wardrobe_rules_v2") { summary { totalPairs compatiblePairs } } }`;
/** The "small query" probe: one catalog by name (one indexed read; the database is shared). */
const SMALL = '{ catalog(name: "gender_agnostic_wardrobe_v2") { name itemCount } }';
const SECRET = 'liveness-bench-key-5d0c2b7e9a4f1c3e8b6d2a7f0e9c4b1d';

async function seed(databaseUrl: string): Promise<void> {
  const config = loadConfig(
    { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SEED_EXAMPLES: 'false' },
    { envFile: false },
  );
  const orm = await initOrm(config, undefined, { migrations: 'apply' });
  try {
    const services = () => createServices(orm.em.fork(), new EngineCache(), config);
    const content = readFileSync(join(ROOT, 'examples', 'wardrobe-v2.json'));
    const v2 = JSON.parse(content.toString('utf8'));
    const file = (doc: unknown) => ({
      filename: 'doc.json',
      mimetype: 'application/json',
      content: Buffer.from(JSON.stringify(doc)),
    });
    await services().transfer.importDocument(
      'all',
      { filename: 'wardrobe-v2.json', mimetype: 'application/json', content },
      'FAIL',
    );
    await services().catalogs.create({
      name: BIG,
      description: `${ITEMS} wardrobe-v2 items with fresh ids`,
      schemaName: v2.catalogs[0].schema_ref as string,
    });
    const base: { id: string }[] = v2.catalogs[0].items;
    for (let start = 0; start < ITEMS; start += 1000) {
      const items = [];
      for (let k = start; k < Math.min(ITEMS, start + 1000); k++) {
        items.push({ ...base[k % base.length], id: `${base[k % base.length].id}__${k}` });
      }
      await services().transfer.importItems(BIG, file({ items }), 'FAIL');
    }
  } finally {
    await closeOrm(orm);
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>(resolve => server.close(() => resolve()));
  return port;
}

async function startServer(env: Record<string, string>, logFile: string) {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, 'dist/src/main.js')], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', ...env, PORT: String(port) },
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the server exited at start; see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`the server did not start; see ${logFile}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/live`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  const stop = () =>
    new Promise<void>(resolve => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return { url: `http://127.0.0.1:${port}`, stop };
}

interface Run {
  readonly threads: string;
  readonly matrixMs: number;
  readonly probes: number[];
  /** Latencies of the small GraphQL query sent meanwhile, the same way. */
  readonly queries: number[];
  readonly compatible: number;
}

/**
 * One request on a fresh connection: a kept-alive socket can be closed by the server's idle
 * timer while its event loop is blocked, and the next request on it would fail (ECONNRESET).
 */
function send(url: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: body === undefined ? 'GET' : 'POST',
        agent: false,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
      },
      res => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', chunk => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(threads: string, databaseUrl: string, logFile: string): Promise<Run> {
  const server = await startServer(
    {
      ENVIRONMENT: 'development',
      NODE_ENV: 'production',
      SECRET_KEY: SECRET,
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      SEED_EXAMPLES: 'false',
      RATE_LIMIT_ENABLED: 'false',
      REQUEST_TIMEOUT: '600',
      EVALUATION_THREADS: threads,
      ...(process.env.EVALUATION_THREAD_NICE === undefined
        ? {}
        : { EVALUATION_THREAD_NICE: process.env.EVALUATION_THREAD_NICE }),
    },
    logFile,
  );
  try {
    // A running server has served these before: the first request pays for compiling code.
    await send(`${server.url}/health/live`);
    await send(`${server.url}/graphql`, JSON.stringify({ query: SMALL }));
    const probes: number[] = [];
    let done = false;
    const t0 = performance.now();
    const matrix = send(`${server.url}/graphql`, JSON.stringify({ query: MATRIX }))
      .then(res => JSON.parse(res.text) as { data?: { evaluateMatrix: { summary: never } } })
      .finally(() => (done = true));
    /** Sends `probe` back to back (one in flight, PROBE_MS apart) until the matrix is done. */
    const probe = async (latencies: number[], once: () => Promise<void>) => {
      while (!done) {
        const p0 = performance.now();
        await once();
        latencies.push(performance.now() - p0);
        await new Promise(resolve => setTimeout(resolve, PROBE_MS));
      }
    };
    const queries: number[] = [];
    const probing = Promise.all([
      probe(probes, async () => {
        await send(`${server.url}/health/live`);
      }),
      probe(queries, async () => {
        const res = await send(`${server.url}/graphql`, JSON.stringify({ query: SMALL }));
        if (res.status !== 200) throw new Error(`small query: ${res.status} ${res.text}`);
      }),
    ]);
    const body = await matrix;
    const matrixMs = performance.now() - t0;
    await probing;
    const summary = body.data?.evaluateMatrix.summary as { compatiblePairs: number } | undefined;
    if (!summary) throw new Error(`evaluateMatrix failed: ${JSON.stringify(body).slice(0, 400)}`);
    return { threads, matrixMs, probes, queries, compatible: summary.compatiblePairs };
  } finally {
    await server.stop();
  }
}

async function main(): Promise<void> {
  console.log(machineLine());
  const dir = mkdtempSync(join(tmpdir(), 'rulate-liveness-'));
  const databaseUrl = `sqlite:///${join(dir, 'bench.sqlite')}`;
  try {
    console.log(`seeding ${ITEMS} items (${((ITEMS * (ITEMS - 1)) / 2).toLocaleString()} pairs)`);
    await seed(databaseUrl);
    console.log(
      '| EVALUATION_THREADS | matrix | probes | probe p50 | probe p99 | probe max | queries | query p50 | query p99 | query max | load 1m |',
    );
    console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const threads of THREADS) {
      const r = await run(threads, databaseUrl, join(dir, `server-${threads}.log`));
      const ms = (v: number) => `${v.toFixed(0)} ms`;
      const stats = (v: number[]) =>
        `${v.length} | ${ms(percentile(v, 50))} | ${ms(percentile(v, 99))} | ${ms(Math.max(...v))}`;
      console.log(
        `| ${r.threads} | ${(r.matrixMs / 1000).toFixed(1)} s | ${stats(r.probes)} | ${stats(r.queries)} | ${loadavg()[0].toFixed(1)} |`,
      );
      console.log(`  (compatible pairs: ${r.compatible})`);
    }
    rmSync(dir, { recursive: true, force: true });
  } catch (error) {
    console.error(`failed; the servers' logs are in ${dir}`);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
