/**
 * evaluateClusters (docs/semantics.md §5): every maximal valid cluster, exactly, unless the
 * answer is truncated (then every returned cluster is still valid and maximal).
 */
import type { ClusterAnalysisResult } from '../model';
import { type Bitset, add, emptySet, toIndices } from './bitset';
import { DEFAULT_MAX_TERMS } from './dnf';
import { createFinder } from './finder';
import { validityFormula } from './formula';
import { type ClusterInput, adjacencyOf } from './input';
import { analysisResult, rankOrder } from './report';
import type { Budget } from './search';
import { buildTables } from './tables';
import { createTopK } from './topk';

/** Default work budget (search steps) of evaluateClusters. */
export const DEFAULT_WORK_BUDGET = 1_000_000;

export interface EvaluateClustersOptions {
  /** Smallest cluster size; values below 1 act as 1 (clusters are never empty). @default 2 */
  readonly minClusterSize?: number | null;
  /** Largest cluster size. @default no bound */
  readonly maxClusterSize?: number | null;
  /** Most clusters returned. @default 100 */
  readonly maxClusters?: number | null;
  /** Search steps allowed (search and maximality proofs together). @default DEFAULT_WORK_BUDGET */
  readonly workBudget?: number | null;
  /**
   * Compute the relationships between returned clusters (up to n(n-1) of them); pass
   * false and call `clusterRelationships` later when they may not be needed. @default true
   */
  readonly relationships?: boolean | null;
  /** DNF terms allowed before the slower exact fallback is used. @default 256 */
  readonly maxTerms?: number | null;
}

const whole = (v: number | undefined | null, fallback: number): number =>
  v === undefined || v === null || Number.isNaN(v) ? fallback : Math.max(0, Math.floor(v));

/** Compatibility rows over ranks. */
function rankedAdjacency(
  rows: readonly Bitset[],
  order: readonly number[],
  words: number,
): Bitset[] {
  const rankOf = new Int32Array(order.length);
  order.forEach((pos, r) => (rankOf[pos] = r));
  return order.map(pos => {
    const row = emptySet(words);
    for (const j of toIndices(rows[pos])) add(row, rankOf[j]);
    return row;
  });
}

/**
 * Finds the maximal valid clusters of the input (docs/semantics.md §5): cliques of the
 * compatibility graph within the size bounds that pass the cluster rules and that no
 * other such set strictly contains.
 * @returns at most `maxClusters` clusters, size descending then item ids; `truncated`
 *   when more exist or the work budget cut the search short (every returned cluster
 *   is valid and maximal either way)
 */
export function evaluateClusters(
  input: ClusterInput,
  options: EvaluateClustersOptions = {},
): ClusterAnalysisResult {
  const maxClusters = whole(options.maxClusters, 100);
  const workBudget = whole(options.workBudget, DEFAULT_WORK_BUDGET);
  const maxSize = options.maxClusterSize;
  const formula = validityFormula(input.rules, {
    minClusterSize: Number.isNaN(options.minClusterSize ?? NaN)
      ? 2
      : (options.minClusterSize as number),
    maxClusterSize:
      maxSize === null || maxSize === undefined || Number.isNaN(maxSize) ? undefined : maxSize,
  });
  const order = rankOrder(input.itemIds);
  const tables = buildTables(order.map(pos => input.attributes[pos] ?? {}));
  const adjacency = rankedAdjacency(adjacencyOf(input), order, tables.words);
  const finder = createFinder(
    formula,
    tables,
    adjacency,
    whole(options.maxTerms, DEFAULT_MAX_TERMS),
  );
  const budget: Budget = { limit: workBudget, used: 0 };
  // One more than asked, to know whether more exist.
  const top = createTopK(maxClusters + 1);
  const complete = finder.run(budget, top);
  return analysisResult(
    input,
    order,
    top.sets.slice(0, maxClusters),
    {
      truncated: !complete || top.sets.length > maxClusters,
      workBudget,
      workUsed: Math.min(budget.used, budget.limit),
    },
    options.relationships !== false,
  );
}
