/**
 * Incremental matrix benchmark (engine only): a 10,000-item wardrobe-v2 catalog whose
 * matrix is computed once, then writes followed as the service follows them
 * (`reprepareCatalog`: a create appends, an update or delete hits a random item), each
 * followed by a matrix summary, and now and then by a first page of incompatible pairs
 * (which builds the carried-over bitset).
 *
 *   npm run bench:incremental
 *   BENCH_ITEMS=20000 BENCH_ROUNDS=30 node dist/bench/engine-incremental.bench.js
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  compileRuleSet,
  matrixPage,
  matrixSummary,
  parseDocument,
  prepareCatalog,
  reprepareCatalog,
  type ItemDef,
  type PreparedCatalog,
} from '../src/engine';
import { findProjectRoot } from '../src/persistence/project-root';
import { machineLine, percentile } from './support';

const N = Number(process.env.BENCH_ITEMS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

const { document } = parseDocument(
  JSON.parse(fs.readFileSync(path.join(findProjectRoot(), 'examples', 'wardrobe-v2.json'), 'utf8')),
);
const compiled = compileRuleSet(document.schemas![0], document.rulesets![0].rules);
const base = document.catalogs![0].items;
let serial = 0;
const copy = (k: number): ItemDef => ({
  ...base[k % base.length],
  id: `${base[k % base.length].id}#${serial++}`,
});

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;

/** Deterministic pseudo-random positions (same writes on every run). */
let seed = 12345;
const random = (below: number): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % below;
};

type Kind = 'create' | 'update' | 'delete';

/** The items after one write, with the origin map the service's change log would give. */
function write(items: readonly ItemDef[], kind: Kind): { items: ItemDef[]; origin: number[] } {
  const next = [...items];
  const origin = next.map((_, k) => k);
  if (kind === 'create') {
    next.push(copy(random(base.length)));
    origin.push(-1);
  } else if (kind === 'update') {
    const at = random(next.length);
    next[at] = { ...copy(random(base.length)), id: next[at].id };
    origin[at] = -1;
  } else {
    const at = random(next.length);
    next.splice(at, 1);
    origin.splice(at, 1);
  }
  return { items: next, origin };
}

function main(): void {
  console.log(machineLine());
  console.log(
    `load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
  const items = Array.from({ length: N }, (_, k) => copy(k));
  let t0 = process.hrtime.bigint();
  let prepared: PreparedCatalog = prepareCatalog(compiled, items);
  const cold = matrixSummary(prepared);
  console.log(
    `${N} items, ${cold.totalPairs} pairs: cold prepare + full matrix ${ms(t0).toFixed(0)} ms`,
  );
  const times: Record<Kind, number[]> = { create: [], update: [], delete: [] };
  const pages: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const kind of ['create', 'update', 'delete'] as const) {
      const next = write(prepared.items, kind);
      t0 = process.hrtime.bigint();
      prepared = reprepareCatalog(prepared, next.items, next.origin);
      matrixSummary(prepared);
      times[kind].push(ms(t0));
    }
    if (round % 5 === 4) {
      // A page after three writes: builds the bitset carried over since the last one.
      t0 = process.hrtime.bigint();
      matrixPage(prepared, { first: 20, compatible: false });
      pages.push(ms(t0));
    }
  }
  const show = (label: string, samples: readonly number[]) =>
    console.log(
      `${label.padEnd(34)} min ${Math.min(...samples).toFixed(2)} / median ${percentile(samples, 50).toFixed(2)} / p90 ${percentile(samples, 90).toFixed(2)} ms (${samples.length} runs)`,
    );
  for (const kind of ['create', 'update', 'delete'] as const) {
    show(`reprepare + summary after ${kind}`, times[kind]);
  }
  show('first page after 3 writes (builds)', pages);
  if (process.env.BENCH_VERBOSE) console.log(JSON.stringify(times), JSON.stringify(pages));
  // The result must be exact: compare with a cold computation of the final items.
  const check = matrixSummary(prepareCatalog(compiled, prepared.items));
  const mine = matrixSummary(prepared);
  if (check.compatiblePairs !== mine.compatiblePairs) {
    throw new Error(`count ${mine.compatiblePairs} != ${check.compatiblePairs}`);
  }
  console.log(`final count checked against a cold computation: ${mine.compatiblePairs}`);
  console.log(
    `load average ${os
      .loadavg()
      .map(l => l.toFixed(2))
      .join(' ')}`,
  );
}

main();
