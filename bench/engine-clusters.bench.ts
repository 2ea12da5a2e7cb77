/**
 * Cluster engine benchmark: evaluateClusters on the example wardrobes with their own
 * pairwise and cluster rule sets (the real pairwise engine decides compatibility).
 *
 *   npx ts-node --transpile-only bench/engine-clusters.bench.ts
 *   node dist/bench/engine-clusters.bench.js        (after npm run build)
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  type ClusterAnalysisResult,
  type EvaluateClustersOptions,
  clusterInputFromPrepared,
  compileRuleSet,
  evaluateClusters,
  parseClusterRules,
  parseDocument,
  prepareCatalog,
  type ItemDef,
} from '../src/engine';
import { machineLine, percentile } from './support';

function load(file: string) {
  let dir = __dirname;
  while (!fs.existsSync(path.join(dir, 'examples', file)) && dir !== path.dirname(dir))
    dir = path.dirname(dir);
  const { document } = parseDocument(
    JSON.parse(fs.readFileSync(path.join(dir, 'examples', file), 'utf8')),
  );
  const schema = document.schemas![0];
  return {
    compiled: compileRuleSet(schema, document.rulesets![0].rules),
    clusterRules: parseClusterRules(schema, document.clusterRulesets![0].rules).rules,
    items: document.catalogs![0].items,
  };
}

const ms = (t0: bigint): number => Number(process.hrtime.bigint() - t0) / 1e6;
const f1 = (x: number): string => x.toFixed(1);

/** Times preparation (pairwise + adjacency) and evaluateClusters separately. */
function run(file: string, items: readonly ItemDef[] | null, options: EvaluateClustersOptions) {
  const w = load(file);
  let t0 = process.hrtime.bigint();
  const prepared = prepareCatalog(w.compiled, items ?? w.items);
  const input = clusterInputFromPrepared(prepared, w.clusterRules);
  const prepMs = ms(t0);
  t0 = process.hrtime.bigint();
  const result = evaluateClusters(input, options);
  return { prepMs, clusterMs: ms(t0), result };
}

function describe(r: ClusterAnalysisResult): string {
  return (
    `${r.totalClusters} clusters (sizes ${r.minClusterSize}..${r.maxClusterSize}), ` +
    `truncated ${r.truncated}, work ${r.workUsed}/${r.workBudget}, ${r.relationships.length} relationships`
  );
}

function series(
  label: string,
  file: string,
  options: EvaluateClustersOptions,
  runs: number,
  items: ItemDef[] | null = null,
): void {
  for (let k = 0; k < 3; k++) run(file, items, options);
  const total: number[] = [];
  const clusters: number[] = [];
  let last: ClusterAnalysisResult | null = null;
  for (let k = 0; k < runs; k++) {
    const r = run(file, items, options);
    total.push(r.prepMs + r.clusterMs);
    clusters.push(r.clusterMs);
    last = r.result;
  }
  console.log(
    `${label}: evaluateClusters median ${f1(percentile(clusters, 50))} ms, p95 ${f1(percentile(clusters, 95))} ms; ` +
      `with pairwise prep median ${f1(percentile(total, 50))} ms | ${describe(last!)}`,
  );
}

console.log(machineLine());
series('wardrobe-v2 (53 items), maxClusters 100', 'wardrobe-v2.json', { maxClusters: 100 }, 30);
series(
  'wardrobe-v1 (19 items), full exact enumeration',
  'wardrobe-v1.json',
  { maxClusters: 1000 },
  30,
);
series('wardrobe-v2, maxClusters 1000', 'wardrobe-v2.json', { maxClusters: 1000 }, 5);
series(
  'wardrobe-v2, maxClusters 1000, relationships: false',
  'wardrobe-v2.json',
  { maxClusters: 1000, relationships: false },
  10,
);
const v2 = load('wardrobe-v2.json').items;
const bigger = Array.from({ length: 212 }, (_, k) => ({
  ...v2[k % v2.length],
  id: `${v2[k % v2.length].id}#${k}`,
}));
series(
  'wardrobe-v2 items x4 (212 items), maxClusters 100',
  'wardrobe-v2.json',
  { maxClusters: 100 },
  5,
  bigger,
);
