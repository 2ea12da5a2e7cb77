/** Builders and a brute-force reference for the cluster-engine tests. */
import type { ClusterCondition, ParsedRule } from '../../../../src/engine/conditions/ast';
import type { ClusterInput } from '../../../../src/engine/clusters';
import { evaluateClusterRules } from '../../../../src/engine/clusters';
import type { JsonObject, PairResult } from '../../../../src/engine/model';

/** A parsed rule (enabled unless said otherwise). */
export function rule(
  name: string,
  type: 'exclusion' | 'requirement',
  condition: ClusterCondition,
  enabled = true,
): ParsedRule<ClusterCondition> {
  return { name, type, enabled, condition };
}

/**
 * A cluster input over items `i0, i1, ...` (or the given ids); `compatible(i, j)`
 * decides compatibility (default: every pair).
 */
export function makeInput(
  attributes: readonly JsonObject[],
  rules: readonly ParsedRule<ClusterCondition>[],
  compatible: (i: number, j: number) => boolean = () => true,
  ids: readonly string[] = attributes.map((_, i) => `i${i}`),
): ClusterInput {
  const isCompatible = (i: number, j: number): boolean =>
    i !== j && compatible(Math.min(i, j), Math.max(i, j));
  return {
    itemIds: ids,
    attributes,
    rules,
    isCompatible,
    explainPair: (i, j): PairResult => ({
      item1Id: ids[i],
      item2Id: ids[j],
      compatible: isCompatible(i, j),
      rulesEvaluated: [{ ruleName: 'graph', passed: isCompatible(i, j), reason: `edge ${i}-${j}` }],
    }),
  };
}

/** Size bounds as evaluateClusters takes them. */
export interface Bounds {
  readonly minClusterSize?: number;
  readonly maxClusterSize?: number;
}

/** Whether positions `members` form a valid cluster (docs/semantics.md §5), by definition. */
export function isValidSet(input: ClusterInput, members: readonly number[], b: Bounds): boolean {
  const min = Math.max(1, b.minClusterSize ?? 2);
  if (members.length < min) return false;
  if (b.maxClusterSize !== undefined && members.length > b.maxClusterSize) return false;
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      if (!input.isCompatible(members[x], members[y])) return false;
    }
  }
  return evaluateClusterRules(input.rules, {
    ids: members.map(i => input.itemIds[i]),
    attributes: members.map(i => input.attributes[i]),
  }).passed;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Answer order of sorted id lists: size descending, then lexicographic. */
export function compareIdLists(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) return b.length - a.length;
  for (let k = 0; k < a.length; k++) {
    const c = byCodeUnit(a[k], b[k]);
    if (c !== 0) return c;
  }
  return 0;
}

/** Every maximal valid cluster, by enumerating every subset (n <= ~14), in answer order. */
export function bruteForce(input: ClusterInput, b: Bounds): string[][] {
  const n = input.itemIds.length;
  const valid: number[] = [];
  for (let mask = 1; mask < 1 << n; mask++) {
    const members: number[] = [];
    for (let i = 0; i < n; i++) if (mask & (1 << i)) members.push(i);
    if (isValidSet(input, members, b)) valid.push(mask);
  }
  const maximal = valid.filter(m => !valid.some(o => o !== m && (o & m) === m));
  return maximal
    .map(m =>
      input.itemIds
        .filter((_, i) => m & (1 << i))
        .slice()
        .sort(byCodeUnit),
    )
    .sort(compareIdLists);
}
