/** Builds the cluster engine's input from a catalog prepared by the pairwise engine. */
import type { ClusterCondition, ParsedRule } from '../conditions/ast';
import type { JsonObject } from '../model';
import { type PreparedCatalog, adjacency, evaluatePair } from '../pairwise';
import type { ClusterInput } from './input';

/**
 * The cluster input of a prepared catalog (its pairwise rule set decides compatibility).
 * @param prepared from `prepareCatalog` with the cluster rule set's pairwise rule set
 * @param rules the parsed cluster rules in rule-set order
 * @param withAdjacency compute the compatibility rows up front (evaluateClusters needs them;
 *   validation does not) @default true
 */
export function clusterInputFromPrepared(
  prepared: PreparedCatalog,
  rules: readonly ParsedRule<ClusterCondition>[],
  withAdjacency = true,
): ClusterInput {
  const adj = withAdjacency ? adjacency(prepared) : null;
  return {
    itemIds: prepared.ids,
    attributes: prepared.items.map(item => (item?.attributes ?? {}) as JsonObject),
    isCompatible: (i, j) => prepared.isCompatible(i, j),
    explainPair: (i, j) => evaluatePair(prepared, i, j),
    adjacency: adj ?? undefined,
    rules,
  };
}
