/**
 * validateCluster and clusterCandidates (domain.md §5). Items are catalog positions;
 * the caller resolves ids. Positions outside the catalog are ignored and duplicates
 * count once (first occurrence kept); an empty set is valid input (it is pairwise
 * compatible and is judged by the cluster rules like any other set).
 */
import type { ClusterCandidatesResult, ClusterValidationResult, PairResult } from '../model';
import type { ClusterInput } from './input';
import { evaluateClusterRules } from './rules';

/** The valid positions of `indices`, duplicates removed, first occurrence kept. */
function clean(input: ClusterInput, indices: readonly number[]): number[] {
  const n = input.itemIds.length;
  const seen = new Set<number>();
  for (const i of Array.isArray(indices) ? indices : []) {
    if (Number.isInteger(i) && i >= 0 && i < n) seen.add(i);
  }
  return [...seen];
}

/** An incompatible pair: positions a < b and the explanation. */
interface Pair {
  readonly a: number;
  readonly b: number;
  readonly result: PairResult;
}

function pairOf(input: ClusterInput, x: number, y: number): Pair | null {
  const [a, b] = x < y ? [x, y] : [y, x];
  return input.isCompatible(a, b) ? null : { a, b, result: input.explainPair(a, b) };
}

/** The incompatible pairs of a set, in catalog order of pairs. */
function incompatiblePairs(input: ClusterInput, members: readonly number[]): Pair[] {
  const sorted = [...members].sort((a, b) => a - b);
  const out: Pair[] = [];
  for (let a = 0; a < sorted.length; a++) {
    for (let b = a + 1; b < sorted.length; b++) {
      const p = pairOf(input, sorted[a], sorted[b]);
      if (p) out.push(p);
    }
  }
  return out;
}

function judge(
  input: ClusterInput,
  members: readonly number[],
  pairs: readonly Pair[],
): ClusterValidationResult {
  const ordered = [...members].sort((a, b) => a - b);
  const verdict = evaluateClusterRules(input.rules, {
    ids: ordered.map(i => input.itemIds[i]),
    attributes: ordered.map(i => input.attributes[i]),
  });
  return {
    itemIds: members.map(i => input.itemIds[i]),
    valid: pairs.length === 0 && verdict.passed,
    pairwiseCompatible: pairs.length === 0,
    incompatiblePairs: pairs.map(p => p.result),
    ruleEvaluations: verdict.evaluations,
  };
}

/**
 * Validates a set: valid when its items are pairwise compatible and it passes the
 * cluster rules. Reports every enabled cluster rule (rule-set order; rules see the
 * members in catalog order) and every incompatible pair (catalog order of pairs).
 * @param indices catalog positions; `itemIds` of the answer echoes them (deduplicated)
 */
export function validateCluster(
  input: ClusterInput,
  indices: readonly number[],
): ClusterValidationResult {
  const members = clean(input, indices);
  return judge(input, members, incompatiblePairs(input, members));
}

/**
 * For each candidate: is it compatible with every base item, and would base + candidate
 * be valid? A candidate already in the base is judged against the other base items and
 * `validIfAdded` is the base itself.
 * @param candidateIndices default: every item not in the base, in catalog order
 */
export function clusterCandidates(
  input: ClusterInput,
  baseIndices: readonly number[],
  candidateIndices?: readonly number[] | null,
): ClusterCandidatesResult {
  const base = clean(input, baseIndices);
  const inBase = new Set(base);
  const basePairs = incompatiblePairs(input, base);
  const candidates =
    candidateIndices === undefined || candidateIndices === null
      ? input.itemIds.map((_, i) => i).filter(i => !inBase.has(i))
      : clean(input, candidateIndices);
  return {
    base: judge(input, base, basePairs),
    candidates: candidates.map(c => {
      const withC = base.flatMap(b => (b === c ? [] : (pairOf(input, b, c) ?? [])));
      const added = !inBase.has(c);
      const pairs = added
        ? [...basePairs, ...withC].sort((p, q) => p.a - q.a || p.b - q.b)
        : basePairs;
      return {
        itemId: input.itemIds[c],
        pairwiseCompatible: withC.length === 0,
        validIfAdded: judge(input, added ? [...base, c] : base, pairs),
      };
    }),
  };
}
