/**
 * Pairwise engine benchmark: catalogs made by repeating the wardrobe-v2 items with
 * fresh ids, evaluated with the wardrobe-v2 rule set (no deduplication of identical
 * items: every pair runs the kernel).
 *
 *   npx ts-node --transpile-only bench/engine-pairwise.bench.ts
 *   node dist/bench/engine-pairwise.bench.js        (after npm run build)
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  compileRuleSet,
  encodeCursor,
  matrixPage,
  matrixSummary,
  pairCount,
  parseDocument,
  prepareCatalog,
  type ItemDef,
  type PreparedCatalog,
} from '../src/engine';
import { findProjectRoot } from '../src/persistence/project-root';

const { document } = parseDocument(
  JSON.parse(fs.readFileSync(path.join(findProjectRoot(), 'examples', 'wardrobe-v2.json'), 'utf8')),
);
const schema = document.schemas![0];
const compiled = compileRuleSet(schema, document.rulesets![0].rules);
const base = document.catalogs![0].items;

function catalog(n: number): ItemDef[] {
  return Array.from({ length: n }, (_, k) => ({
    ...base[k % base.length],
    id: `${base[k % base.length].id}#${k}`,
  }));
}

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

function timeSummary(n: number): {
  prepareMs: number;
  summaryMs: number;
  prepared: PreparedCatalog;
} {
  const items = catalog(n);
  let t0 = process.hrtime.bigint();
  const prepared = prepareCatalog(compiled, items);
  const prepareMs = ms(t0);
  t0 = process.hrtime.bigint();
  matrixSummary(prepared);
  return { prepareMs, summaryMs: ms(t0), prepared };
}

function timePage(
  prepared: PreparedCatalog,
  label: string,
  after: number | null,
  compatible?: boolean,
): string {
  const opts = {
    first: 100,
    after: after === null ? null : encodeCursor('pair', after),
    compatible,
  };
  for (let k = 0; k < 5; k++) matrixPage(prepared, opts); // warm
  const runs: number[] = [];
  for (let k = 0; k < 50; k++) {
    const t0 = process.hrtime.bigint();
    const page = matrixPage(prepared, opts);
    runs.push(ms(t0));
    if (page.results.length === 0) throw new Error(`empty page at ${label}`);
  }
  runs.sort((a, b) => a - b);
  const at = (q: number): string =>
    runs[Math.min(runs.length - 1, Math.floor(q * runs.length))].toFixed(2);
  return `| ${label} | ${at(0.5)} | ${at(0.95)} | ${at(1)} |`;
}

const out = (s: string): void => console.log(s);

// 10,000 items first, in a fresh heap, for the RSS figure.
const big = timeSummary(10_000);
const rss = process.memoryUsage().rss;
const s = matrixSummary(big.prepared);
const P = pairCount(10_000);

// 2,000 items: best of several fresh runs.
const small: number[] = [];
for (let r = 0; r < 7; r++) small.push(timeSummary(2_000).summaryMs);
small.sort((a, b) => a - b);
const pairs2k = pairCount(2_000);

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
out(
  `Run ${new Date().toISOString()} on ${cpu} (${os.cpus().length} logical CPUs), ${os.type()} ${os.release()} ${os.arch()}, node ${process.version}`,
);
out('');
out('| measure | value | target |');
out('|---|---|---|');
out(
  `| matrixSummary, 2,000 items (1,999,000 pairs), best of 7 | ${small[0].toFixed(1)} ms = ${(pairs2k / small[0] / 1e3).toFixed(1)} M pairs/s (median ${(pairs2k / small[3] / 1e3).toFixed(1)} M/s) | >= 20 M pairs/s |`,
);
out(
  `| matrixSummary, 10,000 items (${(P / 1e6).toFixed(2)} M pairs) | ${(big.summaryMs / 1000).toFixed(2)} s (${(P / big.summaryMs / 1e3).toFixed(1)} M pairs/s); prepareCatalog ${big.prepareMs.toFixed(0)} ms | <= 3 s |`,
);
out(
  `| RSS after the 10,000-item summary | ${mb(rss)} MB (heap used ${mb(process.memoryUsage().heapUsed)} MB) | < 200 MB |`,
);
out(
  `| 10,000 items: ${s.compatiblePairs} compatible of ${s.totalPairs} | rate ${s.compatibilityRate.toFixed(4)} | |`,
);
out('');
out(
  'One page of 100 comparisons with reasons, 10,000 items (50 runs after 5 warm-ups; target <= 5 ms):',
);
out('');
out('| position | median ms | p95 ms | max ms |');
out('|---|---|---|---|');
out(timePage(big.prepared, 'start', null));
out(timePage(big.prepared, 'middle', Math.floor(P / 2)));
out(timePage(big.prepared, 'end (last 100)', P - 101));
out(timePage(big.prepared, 'start, compatible: true', null, true));
out(timePage(big.prepared, 'middle, compatible: false', Math.floor(P / 2), false));
out(timePage(big.prepared, 'middle, compatible: true', Math.floor(P / 2), true));
