/**
 * HTTP throughput of the real server against a bare Apollo reference (issue 9).
 *
 * - The server is the built `dist/src/main.js`, started as a child process with production
 *   settings (ENVIRONMENT=production, NODE_ENV=production, LOG_LEVEL=info to a log file) and
 *   every guard on: Host allow-list, URL limits, request timeout, global rate limit, batching
 *   off, depth/alias/directive/token limits, cost guard, persisted operations in `enforce`
 *   mode. Enforce mode only runs manifest documents, so the bench writes a manifest made of
 *   the shipped one plus the bench's own documents (PERSISTED_OPERATIONS_MANIFEST); the
 *   rate limit and the cost bucket are raised so that they count every request but refuse
 *   none (RATE_LIMIT_REQUESTS_PER_MINUTE, COST_BUCKET_*).
 * - A second server process on the same database runs with RATE_LIMIT_ENABLED=false
 *   ("rate limit off"), a third with LOG_LEVEL=warn (no per-request log line), everything
 *   else equal.
 * - The reference (`dist/bench/reference-server.js`) is Apollo Server 5 + express 5 with the
 *   same response shape, no guards, no database.
 * - autocannon drives them from this process (not the server's); the targets of a scenario
 *   take turns, round after round, so they all see the same machine load.
 *
 * Run: `npm run bench:http`. Settings: BENCH_DB (`sqlite,postgresql`), BENCH_DURATION
 * (seconds per round, 5), BENCH_ROUNDS (3), BENCH_CONNECTIONS (20), BENCH_ITEMS (10000),
 * BENCH_SCENARIOS (comma-separated names, all by default), BENCH_SERVER_NODE_ARGS (node options
 * of the server processes, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`), TEST_POSTGRES_URL.
 *
 * A/B against another build: BENCH_BASELINE=<path of another checkout, built with `npm run
 * build`, same migrations> adds its server (guards on, same settings and database) as one more
 * target of every scenario, so that a change is measured side by side with what it replaces.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Request as CannonRequest } from 'autocannon';
import { loadConfig } from '../src/config';
import { documentIdOf } from '../src/guards/persisted-operations/document-id';
import { closeOrm, initOrm } from '../src/persistence/orm';
import { findProjectRoot } from '../src/persistence/project-root';
import { createServices, EngineCache } from '../src/services';
import { machineLine, withScratchPostgres } from './support';

const DBS = (process.env.BENCH_DB ?? 'sqlite,postgresql').split(',').filter(Boolean);
const DURATION = Number(process.env.BENCH_DURATION ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const ONLY = process.env.BENCH_SCENARIOS?.split(',').filter(Boolean);
const PG_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const ROOT = findProjectRoot();
const BASELINE = process.env.BENCH_BASELINE;
const BIG = 'bench_catalog';

/** The documents the bench sends (added to the trusted manifest). */
const DOCS = {
  typename: '{ __typename }',
  catalogs: '{ catalogs(first: 10) { edges { node { name description } } } }',
  catalog: '{ catalog(name: "my_wardrobe") { name } }',
  itemPage: `query ItemPage($after: String) { catalog(name: "${BIG}") { items(first: 50, after: $after) { edges { cursor node { id name attributes } } } } }`,
  cursors: `query Cursors($after: String) { catalog(name: "${BIG}") { items(first: 1000, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }`,
} as const;

interface Target {
  readonly label: string;
  readonly port: number;
  /** The server process, whose CPU time per request is measured. */
  readonly pid?: number;
  /** The request body (or a function for one per request). */
  readonly body: string | (() => string);
}

interface Scenario {
  readonly name: string;
  readonly connections: number;
  readonly targets: Target[];
  /** Print latency percentiles rather than ratios. */
  readonly latency?: boolean;
}

function queryBody(query: string, variables?: unknown): string {
  return JSON.stringify(variables === undefined ? { query } : { query, variables });
}

function idBody(query: string, variables?: unknown): string {
  const documentId = documentIdOf(query);
  return JSON.stringify(variables === undefined ? { documentId } : { documentId, variables });
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>(resolve => server.close(() => resolve()));
  return port;
}

async function post(port: number, body: string) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the bench reads a few known fields
  const json = (await res.json()) as { data?: any; errors?: unknown[] };
  if (res.status !== 200 || json.errors) {
    throw new Error(`port ${port}: HTTP ${res.status} ${JSON.stringify(json).slice(0, 400)}`);
  }
  return json.data;
}

interface Child {
  readonly port: number;
  readonly process: ChildProcess;
  stop(): Promise<void>;
}

/** Starts a node script and waits until `GET ready` answers 200 (or the process dies). */
async function startChild(
  script: string,
  env: Record<string, string>,
  logFile: string,
  readyPath: string,
  cwd = ROOT,
): Promise<Child> {
  const port = await freePort();
  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      ...(script.endsWith('main.js')
        ? (process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [])
        : []),
      script,
    ],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...env, PORT: String(port) },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  let exited = false;
  child.once('exit', () => (exited = true));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`${script} exited at start; see ${logFile}`);
    if (Date.now() > deadline) throw new Error(`${script} did not start in 60 s; see ${logFile}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}${readyPath}`);
      if (res.status < 500) break; // the reference answers GET /graphql with 400: it is up
    } catch {
      // not listening yet
    }
    await new Promise(resolve => setTimeout(resolve, 100));
  }
  return {
    port,
    process: child,
    stop: () =>
      new Promise<void>(resolve => {
        if (exited) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The shipped manifest plus the bench's documents. */
function writeManifest(): string {
  const shipped = JSON.parse(
    readFileSync(join(ROOT, 'src/client/generated/persisted-documents.json'), 'utf8'),
  ) as Record<string, string>;
  const manifest: Record<string, string> = { ...shipped };
  for (const text of Object.values(DOCS)) manifest[documentIdOf(text)] = text;
  const path = join(tmpdir(), `rulate-bench-manifest-${randomBytes(4).toString('hex')}.json`);
  writeFileSync(path, JSON.stringify(manifest));
  return path;
}

/** Schemas, rule sets, the two example catalogs, 7 empty ones and BIG with ITEMS items. */
async function seed(databaseUrl: string): Promise<void> {
  const config = loadConfig(
    { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SEED_EXAMPLES: 'false' },
    { envFile: false },
  );
  const orm = await initOrm(config, undefined, { migrations: 'apply' });
  try {
    const cache = new EngineCache();
    const services = () => createServices(orm.em.fork(), cache, config);
    const asFile = (doc: unknown) => ({
      filename: 'doc.json',
      mimetype: 'application/json',
      content: Buffer.from(JSON.stringify(doc)),
    });
    const v2 = JSON.parse(readFileSync(join(ROOT, 'examples', 'wardrobe-v2.json'), 'utf8'));
    for (const file of ['wardrobe-v1.json', 'wardrobe-v2.json']) {
      const content = readFileSync(join(ROOT, 'examples', file));
      await services().transfer.importDocument(
        'all',
        { filename: file, mimetype: 'application/json', content },
        'FAIL',
      );
    }
    const schemaName = v2.catalogs[0].schema_ref as string;
    for (let k = 1; k <= 7; k++) {
      await services().catalogs.create({
        name: `bench_empty_${k}`,
        description: `Empty catalog ${k} of the HTTP benchmark`,
        schemaName,
      });
    }
    await services().catalogs.create({
      name: BIG,
      description: `${ITEMS} wardrobe-v2 items with fresh ids`,
      schemaName,
    });
    const base: { id: string }[] = v2.catalogs[0].items;
    for (let start = 0; start < ITEMS; start += 1000) {
      const items = [];
      for (let k = start; k < Math.min(ITEMS, start + 1000); k++) {
        items.push({ ...base[k % base.length], id: `${base[k % base.length].id}__${k}` });
      }
      await services().transfer.importItems(BIG, asFile({ items }), 'FAIL');
    }
  } finally {
    await closeOrm(orm);
  }
}

interface Sample {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  /** CPU time (user + system) the server process spent per answered request, in ms. */
  readonly cpuMs?: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const CLOCK_TICKS = 100;

/** CPU time (user + system) of a process so far, in ms; undefined where /proc is not there. */
function cpuTimeMs(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at field 3 (state).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

async function cannon(target: Target, connections: number, duration: number): Promise<Sample> {
  const { body } = target;
  const requests: CannonRequest[] | undefined =
    typeof body === 'function' ? [{ setupRequest: req => ({ ...req, body: body() }) }] : undefined;
  const cpuBefore = cpuTimeMs(target.pid);
  const result = await autocannon({
    url: `http://127.0.0.1:${target.port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : undefined,
    requests,
    connections,
    duration,
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${target.label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  const cpuAfter = cpuTimeMs(target.pid);
  const answered = result['2xx'];
  const cpuMs =
    cpuBefore === undefined || cpuAfter === undefined || answered === 0
      ? undefined
      : (cpuAfter - cpuBefore) / answered;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMs,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function runScenario(db: string, scenario: Scenario): Promise<void> {
  const samples = new Map<string, Sample[]>(scenario.targets.map(t => [t.label, []]));
  for (const target of scenario.targets) await cannon(target, scenario.connections, 1); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const target of scenario.targets) {
      samples.get(target.label)!.push(await cannon(target, scenario.connections, DURATION));
    }
  }
  const reference = scenario.targets[0].label;
  const refRps = median(samples.get(reference)!.map(s => s.rps));
  const cpuOf = (list: Sample[]) => {
    const values = list.map(s => s.cpuMs).filter((v): v is number => v !== undefined);
    return values.length === list.length ? median(values) : undefined;
  };
  const refCpu = cpuOf(samples.get(reference)!);
  console.log(
    `\n[${db}] ${scenario.name} (${scenario.connections} connections, ${ROUNDS} x ${DURATION} s, load ${loadavg()[0].toFixed(2)})`,
  );
  for (const target of scenario.targets) {
    const list = samples.get(target.label)!;
    const rps = list.map(s => s.rps);
    const med = median(rps);
    const ratio = target.label === reference ? '' : ` ratio ${(med / refRps).toFixed(2)}x`;
    const cpu = cpuOf(list);
    const cpuText =
      cpu === undefined
        ? ''
        : ` | cpu ${cpu.toFixed(3)} ms/req${target.label === reference || refCpu === undefined ? '' : ` (ref/this ${(refCpu / cpu).toFixed(2)}x)`}`;
    const lat = scenario.latency
      ? ` p50 ${median(list.map(s => s.p50))} ms, p99 ${median(list.map(s => s.p99))} ms (rounds: ${list.map(s => s.p99).join(', ')})`
      : '';
    console.log(
      `  ${target.label.padEnd(34)} ${med.toFixed(0).padStart(6)} req/s (${Math.min(...rps).toFixed(0)}-${Math.max(...rps).toFixed(0)})${ratio}${cpuText}${lat}`,
    );
  }
}

async function collectCursors(port: number): Promise<(string | null)[]> {
  const cursors: (string | null)[] = [null];
  let after: string | null = null;
  for (;;) {
    const data = await post(port, idBody(DOCS.cursors, { after }));
    const conn = data.catalog.items;
    cursors.push(
      ...conn.edges
        .filter((_: unknown, k: number) => k % 37 === 0)
        .map((e: { cursor: string }) => e.cursor),
    );
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return cursors;
}

async function runDatabase(db: string, databaseUrl: string, manifest: string): Promise<void> {
  const started = Date.now();
  await seed(databaseUrl);
  console.log(`\n[${db}] seeded ${ITEMS} items in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const logDir = tmpdir();
  const serverEnv = {
    ENVIRONMENT: 'production',
    ENV_FILE: 'config/production.env',
    SECRET_KEY: randomBytes(32).toString('base64url'),
    DATABASE_URL: databaseUrl,
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    PERSISTED_OPERATIONS: 'enforce',
    PERSISTED_OPERATIONS_MANIFEST: manifest,
    RATE_LIMIT_REQUESTS_PER_MINUTE: '100000000',
    COST_BUCKET_CAPACITY: '1000000000',
    COST_BUCKET_RESTORE_RATE: '1000000000',
  };
  const tag = randomBytes(3).toString('hex');
  const children: Child[] = [];
  try {
    const ref = await startChild(
      join(ROOT, 'dist/bench/reference-server.js'),
      {},
      join(logDir, `rulate-bench-${tag}-reference.log`),
      '/graphql',
    );
    children.push(ref);
    const guarded = await startChild(
      join(ROOT, 'dist/src/main.js'),
      serverEnv,
      join(logDir, `rulate-bench-${tag}-${db}-guarded.log`),
      '/health/ready',
    );
    children.push(guarded);
    const noLimit = await startChild(
      join(ROOT, 'dist/src/main.js'),
      { ...serverEnv, RATE_LIMIT_ENABLED: 'false' },
      join(logDir, `rulate-bench-${tag}-${db}-nolimit.log`),
      '/health/ready',
    );
    children.push(noLimit);
    const quiet = await startChild(
      join(ROOT, 'dist/src/main.js'),
      { ...serverEnv, LOG_LEVEL: 'warn' },
      join(logDir, `rulate-bench-${tag}-${db}-quiet.log`),
      '/health/ready',
    );
    children.push(quiet);
    const baseline = BASELINE
      ? await startChild(
          join(BASELINE, 'dist/src/main.js'),
          serverEnv,
          join(logDir, `rulate-bench-${tag}-${db}-baseline.log`),
          '/health/ready',
          BASELINE,
        )
      : undefined;
    if (baseline) children.push(baseline);
    console.log(`[${db}] logs: ${join(logDir, `rulate-bench-${tag}-*.log`)}`);

    // Same answers before timing anything.
    for (const doc of [DOCS.typename, DOCS.catalogs, DOCS.catalog]) {
      const [a, b] = [
        await post(ref.port, queryBody(doc)),
        await post(guarded.port, queryBody(doc)),
      ];
      if (JSON.stringify(Object.keys(a)) !== JSON.stringify(Object.keys(b))) {
        throw new Error(`shapes differ for ${doc}`);
      }
    }
    const page = await post(guarded.port, queryBody(DOCS.catalogs));
    if (page.catalogs.edges.length !== 10) throw new Error('catalogs(first: 10) is not 10 nodes');
    const cursors = await collectCursors(guarded.port);
    const randomPage = () =>
      idBody(DOCS.itemPage, { after: cursors[Math.floor(Math.random() * cursors.length)] });

    const t = (label: string, child: Child, body: Target['body']): Target => ({
      label,
      port: child.port,
      pid: child.process.pid,
      body,
    });
    const scenarios: Scenario[] = [
      {
        name: 'typename',
        connections: CONNECTIONS,
        targets: [
          t('reference', ref, queryBody(DOCS.typename)),
          t('server, guards on', guarded, queryBody(DOCS.typename)),
          t('server, rate limit off', noLimit, queryBody(DOCS.typename)),
          t('server, guards on, LOG_LEVEL=warn', quiet, queryBody(DOCS.typename)),
        ],
      },
      {
        name: 'catalogs',
        connections: CONNECTIONS,
        targets: [
          t('reference', ref, queryBody(DOCS.catalogs)),
          t('server, guards on (text)', guarded, queryBody(DOCS.catalogs)),
          t('server, guards on (documentId)', guarded, idBody(DOCS.catalogs)),
          t('server, rate limit off (text)', noLimit, queryBody(DOCS.catalogs)),
          t('server, guards on, LOG_LEVEL=warn', quiet, queryBody(DOCS.catalogs)),
        ],
      },
      {
        name: 'catalog',
        connections: CONNECTIONS,
        targets: [
          t('reference', ref, queryBody(DOCS.catalog)),
          t('server, guards on', guarded, queryBody(DOCS.catalog)),
        ],
      },
      {
        name: 'itemPage',
        connections: 1,
        latency: true,
        targets: [
          t('reference (typename)', ref, queryBody(DOCS.typename)),
          t('server, items(first: 50) at random', guarded, randomPage),
        ],
      },
      {
        name: 'itemPageLoaded',
        connections: CONNECTIONS,
        latency: true,
        targets: [
          t('reference (typename)', ref, queryBody(DOCS.typename)),
          t('server, items(first: 50) at random', guarded, randomPage),
        ],
      },
    ];
    for (const scenario of scenarios) {
      if (ONLY && !ONLY.includes(scenario.name)) continue;
      // The baseline build answers what the guarded server answers (first such target).
      const twin = scenario.targets.find(target => target.port === guarded.port);
      if (baseline && twin) {
        scenario.targets.splice(scenario.targets.indexOf(twin) + 1, 0, {
          ...t(`baseline: ${twin.label}`, baseline, twin.body),
        });
      }
      await runScenario(db, scenario);
    }
  } finally {
    for (const child of children.reverse()) await child.stop();
  }
}

async function main(): Promise<void> {
  console.log(machineLine());
  console.log(
    `load average at start: ${loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
  const manifest = writeManifest();
  for (const db of DBS) {
    if (db === 'sqlite') {
      await runDatabase(
        db,
        `sqlite:///${join(tmpdir(), `rulate-bench-http-${randomBytes(4).toString('hex')}.db`)}`,
        manifest,
      );
    } else if (db === 'postgresql') {
      await withScratchPostgres(PG_URL, 'rulate_bench_http', url => runDatabase(db, url, manifest));
    } else {
      throw new Error(`BENCH_DB: unknown database "${db}" (sqlite, postgresql)`);
    }
  }
  console.log(
    `\nload average at end: ${loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
