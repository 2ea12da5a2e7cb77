/**
 * Shapes found clusters into the answer: ids, rule evaluations, relationships and the
 * summary (docs/semantics.md §5). Sets are over ranks (positions in id order), so their
 * members come out sorted by id.
 */
import { md5Hex } from '../lib/md5';
import { compareCodePoints } from '../pairwise/part-layer';
import type { ClusterAnalysisResult, ClusterResult } from '../model';
import { type Bitset, count, toIndices } from './bitset';
import { clusterRelationships } from './relationships';
import type { ClusterInput } from './input';
import { evaluateClusterRules } from './rules';

/**
 * Order of item ids in answers: code-point order (Python's `sorted`, as for parts in
 * part_layer_conflict), locale independent.
 */
export const compareStrings = compareCodePoints;

/** First 12 hex digits of the MD5 of the sorted ids joined by ','. */
export function clusterId(sortedIds: readonly string[]): string {
  return md5Hex(sortedIds.join(',')).slice(0, 12);
}

/** Catalog positions in id order (ties by position): rank r is position `order[r]`. */
export function rankOrder(itemIds: readonly string[]): number[] {
  return itemIds.map((_, i) => i).sort((a, b) => compareStrings(itemIds[a], itemIds[b]) || a - b);
}

function result(
  input: ClusterInput,
  order: readonly number[],
  set: Bitset,
  largest: number,
): ClusterResult {
  const ranks = toIndices(set);
  const ids = ranks.map(r => input.itemIds[order[r]]);
  // The rules see the members in `itemIds` order, so that validateCluster(itemIds)
  // gives the same evaluations.
  const positions = ranks.map(r => order[r]);
  const verdict = evaluateClusterRules(input.rules, {
    ids: positions.map(i => input.itemIds[i]),
    attributes: positions.map(i => input.attributes[i]),
  });
  return {
    id: clusterId(ids),
    itemIds: ids,
    size: ids.length,
    isMaximal: true,
    isMaximum: ids.length === largest,
    ruleEvaluations: verdict.evaluations,
  };
}

/** The answer for sets (over ranks) already in answer order. */
export function analysisResult(
  input: ClusterInput,
  order: readonly number[],
  sets: readonly Bitset[],
  meta: Pick<ClusterAnalysisResult, 'truncated' | 'workBudget' | 'workUsed'>,
  withRelationships = true,
): ClusterAnalysisResult {
  const largest = sets.length > 0 ? count(sets[0]) : 0;
  const clusters = sets.map(s => result(input, order, s, largest));
  const sizes = clusters.map(c => c.size);
  const covered = new Set(clusters.flatMap(c => c.itemIds));
  return {
    clusters,
    relationships: withRelationships ? clusterRelationships(clusters) : [],
    totalClusters: clusters.length,
    maxClusterSize: sizes.length ? Math.max(...sizes) : 0,
    minClusterSize: sizes.length ? Math.min(...sizes) : 0,
    avgClusterSize: sizes.length ? sizes.reduce((x, y) => x + y, 0) / sizes.length : 0,
    totalItemsCovered: covered.size,
    ...meta,
  };
}
