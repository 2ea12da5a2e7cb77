/**
 * Shapes found clusters into the answer: ids, rule evaluations, relationships and the
 * summary (domain.md §5). Sets are over ranks (positions in id order), so their
 * members come out sorted by id.
 */
import { md5Hex } from '../lib/md5';
import type { ClusterAnalysisResult, ClusterRelationship, ClusterResult } from '../model';
import { type Bitset, and, count, countAnd, toIndices } from './bitset';
import type { ClusterInput } from './input';
import { evaluateClusterRules } from './rules';

/** Code-unit order of strings (locale independent). */
export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
  const positions = ranks.map(r => order[r]).sort((a, b) => a - b);
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

function relationships(
  input: ClusterInput,
  order: readonly number[],
  sets: readonly Bitset[],
  results: readonly ClusterResult[],
): ClusterRelationship[] {
  const out: ClusterRelationship[] = [];
  const idOfRank = order.map(pos => input.itemIds[pos]);
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const overlapSize = countAnd(sets[a], sets[b]);
      if (overlapSize === 0) continue;
      const sharedItems = toIndices(and(sets[a], sets[b])).map(r => idOfRank[r]);
      // Same-size distinct sets never contain each other; a ⊆ b iff the overlap is all of a.
      const [sa, sb] = [results[a].size, results[b].size];
      const [ab, ba] =
        overlapSize === sa && sa < sb
          ? (['SUBSET', 'SUPERSET'] as const)
          : overlapSize === sb && sb < sa
            ? (['SUPERSET', 'SUBSET'] as const)
            : (['OVERLAPPING', 'OVERLAPPING'] as const);
      const [idA, idB] = [results[a].id, results[b].id];
      out.push({
        clusterId: idA,
        relatedClusterId: idB,
        relationshipType: ab,
        sharedItems,
        overlapSize,
      });
      out.push({
        clusterId: idB,
        relatedClusterId: idA,
        relationshipType: ba,
        sharedItems,
        overlapSize,
      });
    }
  }
  return out;
}

/** The answer for sets (over ranks) already in answer order. */
export function analysisResult(
  input: ClusterInput,
  order: readonly number[],
  sets: readonly Bitset[],
  meta: Pick<ClusterAnalysisResult, 'truncated' | 'workBudget' | 'workUsed'>,
): ClusterAnalysisResult {
  const largest = sets.length > 0 ? count(sets[0]) : 0;
  const clusters = sets.map(s => result(input, order, s, largest));
  const sizes = clusters.map(c => c.size);
  const covered = new Set(clusters.flatMap(c => c.itemIds));
  return {
    clusters,
    relationships: relationships(input, order, sets, clusters),
    totalClusters: clusters.length,
    maxClusterSize: sizes.length ? Math.max(...sizes) : 0,
    minClusterSize: sizes.length ? Math.min(...sizes) : 0,
    avgClusterSize: sizes.length ? sizes.reduce((x, y) => x + y, 0) / sizes.length : 0,
    totalItemsCovered: covered.size,
    ...meta,
  };
}
