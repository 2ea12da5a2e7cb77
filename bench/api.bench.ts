/**
 * End-to-end API benchmark (issue: "The GraphQL API over MikroORM"): a 10,000-item catalog
 * made by repeating wardrobe-v2 items with fresh ids, on SQLite (file) and PostgreSQL, timed
 * over real HTTP on loopback:
 * - importItems throughput (batches of 1000),
 * - evaluateMatrix summary, cold (items loaded, rule set compiled, matrix computed) and warm,
 * - evaluateMatrix right after a one-item create, update or delete (incremental),
 * - item pages (`catalog.items(first, after)`) at random places: p50 / p99.
 * Run: `npm run bench:api` (BENCH_ITEMS, BENCH_PAGES, BENCH_CHANGES, TEST_POSTGRES_URL to change).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/observability/logging/logger';
import { closeOrm, initOrm } from '../src/persistence/orm';
import { findProjectRoot } from '../src/persistence/project-root';
import { machineLine, percentile, withScratchPostgres } from './support';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const PAGES = Number(process.env.BENCH_PAGES ?? 300);
const CHANGES = Number(process.env.BENCH_CHANGES ?? 5);
const PG_URL = process.env.TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';
const CATALOG = 'bench_catalog';

const example = JSON.parse(
  readFileSync(join(findProjectRoot(), 'examples', 'wardrobe-v2.json'), 'utf8'),
);
const baseItems: { id: string; name: string; attributes: unknown }[] = example.catalogs[0].items;

async function gql(url: string, query: string, variables?: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- benchmark reads a few known fields
  const body = (await res.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

async function upload(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  doc: unknown,
) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([JSON.stringify(doc)], { type: 'application/json' }), 'doc.json');
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'apollo-require-preflight': 'true' },
    body: form,
  });
  const body = (await res.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 500));
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function run(label: string, databaseUrl: string): Promise<void> {
  const config = loadConfig(
    {
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
      SEED_EXAMPLES: 'false',
      RATE_LIMIT_ENABLED: 'false',
    },
    { envFile: false },
  );
  const logger = createLogger({ level: 'silent', environment: config.environment });
  const orm = await initOrm(config, undefined, { migrations: 'apply' });
  const server: Server = createServer();
  const rulate = await createApp({ config, logger, orm, version: 'bench', httpServer: server });
  server.on('request', rulate.app);
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  try {
    await upload(
      url,
      'mutation($file: Upload!) { importAll(file: $file) { schemas { created } } }',
      {},
      {
        schemas: example.schemas,
        rulesets: example.rulesets,
        catalogs: [{ ...example.catalogs[0], name: CATALOG, items: [] }],
      },
    );
    const [, importMs] = await timed(async () => {
      for (let start = 0; start < ITEMS; start += 1000) {
        const items = [];
        for (let k = start; k < Math.min(ITEMS, start + 1000); k++) {
          items.push({
            ...baseItems[k % baseItems.length],
            id: `${baseItems[k % baseItems.length].id}__${k}`,
          });
        }
        await upload(
          url,
          'mutation($file: Upload!) { importItems(catalogName: "bench_catalog", file: $file) { items { created } } }',
          {},
          { items },
        );
      }
    });
    const matrix = `{ evaluateMatrix(catalogName: "${CATALOG}", ruleSetName: "wardrobe_rules_v2") { summary { totalPairs compatiblePairs } } }`;
    const [cold, coldMs] = await timed(() => gql(url, matrix));
    const [, warmMs] = await timed(() => gql(url, matrix));
    // One-item changes, each followed by evaluateMatrix (incremental: the item's row and
    // column), median of CHANGES rounds of create + update + delete.
    const afterChange: Record<'create' | 'update' | 'delete', number[]> = {
      create: [],
      update: [],
      delete: [],
    };
    const one = baseItems[7];
    const other = baseItems[11];
    for (let k = 0; k < CHANGES; k++) {
      const id = `changed_${k}`;
      await gql(
        url,
        `mutation($input: ItemInput!) { createItem(catalogName: "${CATALOG}", input: $input) { id } }`,
        { input: { id, name: one.name, attributes: one.attributes } },
      );
      afterChange.create.push((await timed(() => gql(url, matrix)))[1]);
      await gql(
        url,
        `mutation($input: ItemUpdateInput!) { updateItem(catalogName: "${CATALOG}", id: "${baseItems[k].id}__${k}", input: $input) { id } }`,
        { input: { attributes: other.attributes } },
      );
      afterChange.update.push((await timed(() => gql(url, matrix)))[1]);
      await gql(url, `mutation { deleteItem(catalogName: "${CATALOG}", id: "${id}") }`);
      afterChange.delete.push((await timed(() => gql(url, matrix)))[1]);
    }
    const med = (xs: number[]) => percentile(xs, 50).toFixed(1);
    const pageQuery = `query($after: String) { catalog(name: "${CATALOG}") { items(first: 50, after: $after) { edges { cursor node { id name attributes } } } } }`;
    const cursors: (string | null)[] = [null];
    let after: string | null = null;
    for (;;) {
      const data = await gql(
        url,
        `query($after: String) { catalog(name: "${CATALOG}") { items(first: 1000, after: $after) { pageInfo { hasNextPage endCursor } edges { cursor } } } }`,
        { after },
      );
      const conn = data.catalog.items;
      cursors.push(
        ...conn.edges
          .filter((_: unknown, k: number) => k % 97 === 0)
          .map((e: { cursor: string }) => e.cursor),
      );
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const pageTimes: number[] = [];
    for (let k = 0; k < PAGES; k++) {
      const cursor = cursors[Math.floor(Math.random() * cursors.length)];
      pageTimes.push((await timed(() => gql(url, pageQuery, { after: cursor })))[1]);
    }
    const s = cold.evaluateMatrix.summary;
    console.log(
      `${label}: ${ITEMS} items; importItems ${(importMs / 1000).toFixed(2)} s (${Math.round(ITEMS / (importMs / 1000))} items/s); ` +
        `evaluateMatrix ${s.totalPairs} pairs (${s.compatiblePairs} compatible): cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(1)} ms; ` +
        `after one item change (median of ${CHANGES}): create ${med(afterChange.create)} ms, update ${med(afterChange.update)} ms, delete ${med(afterChange.delete)} ms (max ${Math.max(...afterChange.create, ...afterChange.update, ...afterChange.delete).toFixed(1)}); ` +
        `items page (50) p50 ${percentile(pageTimes, 50).toFixed(1)} ms, p99 ${percentile(pageTimes, 99).toFixed(1)} ms over ${PAGES} pages`,
    );
  } finally {
    await rulate.stop();
    await closeOrm(orm);
  }
}

async function main() {
  console.log(machineLine());
  await run(
    'sqlite',
    `sqlite:///${join(tmpdir(), `rulate-bench-${randomBytes(4).toString('hex')}.db`)}`,
  );
  await withScratchPostgres(PG_URL, 'rulate_bench', url => run('postgresql', url));
}

main().catch(error => {
  console.error(error);
  process.exit(1);
});
