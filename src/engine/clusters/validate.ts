/**
 * validateCluster and clusterCandidates (docs/semantics.md §5). Items are catalog positions;
 * the caller resolves ids. Positions outside the catalog are ignored and duplicates
 * count once (first occurrence kept); an empty set is valid input (it is pairwise
 * compatible and is judged by the cluster rules like any other set).
 *
 * The members keep the order of the request, as the original system did: incompatible
 * pairs are listed in request order (item1 is the one given first) and the cluster
 * rules see the members in request order.
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

/** An incompatible pair: request positions a < b of its members and the explanation. */
interface Pair {
  readonly a: number;
  readonly b: number;
  readonly result: PairResult;
}

/** The pair of members x (request position a) and y (position b > a), or null if compatible. */
function pairOf(input: ClusterInput, x: number, y: number, a: number, b: number): Pair | null {
  return input.isCompatible(x, y) ? null : { a, b, result: input.explainPair(x, y) };
}

/** The incompatible pairs of a set, in request order of pairs (item1 given first). */
function incompatiblePairs(input: ClusterInput, members: readonly number[]): Pair[] {
  const out: Pair[] = [];
  for (let a = 0; a < members.length; a++) {
    for (let b = a + 1; b < members.length; b++) {
      const p = pairOf(input, members[a], members[b], a, b);
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
  const verdict = evaluateClusterRules(input.rules, {
    ids: members.map(i => input.itemIds[i]),
    attributes: members.map(i => input.attributes[i]),
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
 * cluster rules. Reports every enabled cluster rule (exclusions first, then
 * requirements; rules see the members in request order) and every incompatible pair
 * (request order of pairs, item1 the member given first).
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
 * be valid? `validIfAdded` is what validateCluster(base + candidate) answers (the
 * candidate comes last). A candidate already in the base is judged against the other
 * base items and `validIfAdded` is the base itself.
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
  const last = base.length;
  return {
    base: judge(input, base, basePairs),
    candidates: candidates.map(c => {
      const withC = base.flatMap((b, a) => (b === c ? [] : (pairOf(input, b, c, a, last) ?? [])));
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
