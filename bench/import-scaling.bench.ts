/**
 * Import scaling: importing a small catalog costs what it writes, not what is stored beside it.
 *
 * On SQLite and on PostgreSQL (a fresh database of its own): two schemas with the same
 * dimensions, `shared` and `empty`; `shared` gets BENCH_ITEMS (100,000) items in catalogs of
 * 10,000. Then, taking turns for BENCH_ROUNDS (7) rounds, an import of a new 10-item catalog
 * under `shared` (next to all those items) and one under `empty` (next to none). It prints the
 * medians and their ratio: about 1 when the import neither re-reads nor locks the other
 * catalogs of its schema (it used to: 18.6 s next to 292,000 items, 79 ms alone).
 *
 * Run: `npm run build:bench && node dist/bench/import-scaling.bench.js` (BENCH_ITEMS,
 * BENCH_ROUNDS, BENCH_DB = `sqlite,postgresql`, TEST_POSTGRES_URL).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../src/config';
import { closeOrm, initOrm } from '../src/persistence/orm';
import { createServices, EngineCache } from '../src/services';
import { machineLine, percentile, withScratchPostgres } from './support';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const DATABASES = (process.env.BENCH_DB ?? 'sqlite,postgresql').split(',').filter(Boolean);
const PG_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const PER_CATALOG = 10_000;
const BATCH = 1_000;

const dimensions = [
  { name: 'color', type: 'enum', values: ['red', 'blue', 'green'] },
  { name: 'size', type: 'integer', min: 0, max: 100 },
];

const file = (doc: unknown) => ({
  filename: 'doc.json',
  mimetype: 'application/json',
  content: Buffer.from(JSON.stringify(doc)),
});

const items = (prefix: string, from: number, count: number) =>
  Array.from({ length: count }, (_, k) => ({
    id: `${prefix}_${from + k}`,
    name: `${prefix} ${from + k}`,
    attributes: { color: ['red', 'blue', 'green'][(from + k) % 3], size: (from + k) % 101 },
  }));

async function run(label: string, databaseUrl: string): Promise<void> {
  const config = loadConfig(
    { DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', SEED_EXAMPLES: 'false' },
    { envFile: false },
  );
  const orm = await initOrm(config, undefined, { migrations: 'apply' });
  const services = () => createServices(orm.em.fork(), new EngineCache(), config);
  try {
    await services().transfer.importDocument(
      'all',
      file({
        schemas: [
          { name: 'shared', version: '1.0.0', dimensions },
          { name: 'empty', version: '1.0.0', dimensions },
        ],
      }),
      'FAIL',
    );
    const seeded = performance.now();
    for (let c = 0; c * PER_CATALOG < ITEMS; c++) {
      const name = `stored_${c}`;
      await services().catalogs.create({ name, schemaName: 'shared' });
      for (let k = 0; k < PER_CATALOG && c * PER_CATALOG + k < ITEMS; k += BATCH) {
        const count = Math.min(BATCH, PER_CATALOG - k, ITEMS - c * PER_CATALOG - k);
        await services().transfer.importItems(name, file({ items: items(name, k, count) }), 'FAIL');
      }
    }
    const seedS = (performance.now() - seeded) / 1000;
    const times: Record<'shared' | 'empty', number[]> = { shared: [], empty: [] };
    for (let round = 0; round < ROUNDS; round++) {
      for (const schema of ['shared', 'empty'] as const) {
        const name = `new_${schema}_${round}`;
        const doc = { catalogs: [{ name, schema_ref: schema, items: items(name, 0, 10) }] };
        const t0 = performance.now();
        await services().transfer.importDocument('catalogs', file(doc), 'FAIL');
        times[schema].push(performance.now() - t0);
      }
    }
    const med = (v: number[]) => percentile(v, 50);
    const ms = (v: number) => `${v.toFixed(1)} ms`;
    console.log(
      `| ${label} | ${ITEMS.toLocaleString('en-US')} (seeded in ${seedS.toFixed(1)} s) | ` +
        `${ms(med(times.shared))} (${ms(Math.min(...times.shared))}–${ms(Math.max(...times.shared))}) | ` +
        `${ms(med(times.empty))} (${ms(Math.min(...times.empty))}–${ms(Math.max(...times.empty))}) | ` +
        `${(med(times.shared) / med(times.empty)).toFixed(2)} |`,
    );
  } finally {
    await closeOrm(orm);
  }
}

async function main(): Promise<void> {
  console.log(machineLine());
  console.log(
    '| database | items stored under the schema | 10-item import beside them (median, range) | under an empty schema | ratio |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  if (DATABASES.includes('sqlite')) {
    const path = join(tmpdir(), `rulate-import-${randomBytes(4).toString('hex')}.db`);
    try {
      await run('SQLite', `sqlite:///${path}`);
    } finally {
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    }
  }
  if (DATABASES.includes('postgresql')) {
    await withScratchPostgres(PG_URL, 'rulate_import', url => run('PostgreSQL', url));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
