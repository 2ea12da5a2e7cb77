/** Relationships between clusters that share items (docs/semantics.md §5). */
import { compareCodePoints } from '../pairwise/part-layer';
import type { ClusterRelationship, ClusterResult } from '../model';
import { type Bitset, and, countAnd, fromIndices, toIndices, wordsFor } from './bitset';

/**
 * For each pair of clusters sharing items, one relationship in each direction
 * (`SUBSET`/`SUPERSET`, or `OVERLAPPING` twice) with the shared items (sorted, as
 * `itemIds` are) and their count, in the clusters' order. Exposed on its own so that
 * callers can compute it only when asked: there are up to n(n-1) of them.
 */
export function clusterRelationships(clusters: readonly ClusterResult[]): ClusterRelationship[] {
  const ids = [...new Set(clusters.flatMap(c => c.itemIds))].sort(compareCodePoints);
  const rank = new Map(ids.map((id, r) => [id, r]));
  const words = wordsFor(ids.length);
  const sets: Bitset[] = clusters.map(c =>
    fromIndices(
      words,
      c.itemIds.map(id => rank.get(id) ?? 0),
    ),
  );
  const out: ClusterRelationship[] = [];
  for (let a = 0; a < sets.length; a++) {
    for (let b = a + 1; b < sets.length; b++) {
      const overlapSize = countAnd(sets[a], sets[b]);
      if (overlapSize === 0) continue;
      const sharedItems = toIndices(and(sets[a], sets[b])).map(r => ids[r]);
      const [sa, sb] = [clusters[a].itemIds.length, clusters[b].itemIds.length];
      // a ⊆ b exactly when the overlap is all of a (item lists have no duplicates).
      const [ab, ba] =
        overlapSize === sa && sa < sb
          ? (['SUBSET', 'SUPERSET'] as const)
          : overlapSize === sb && sb < sa
            ? (['SUPERSET', 'SUBSET'] as const)
            : (['OVERLAPPING', 'OVERLAPPING'] as const);
      const [idA, idB] = [clusters[a].id, clusters[b].id];
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
