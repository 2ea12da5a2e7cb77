/**
 * Bron–Kerbosch backtracking over one compiled term (docs/semantics.md §5, step 3): reports
 * the maximal sets of the term's hereditary family (cliques of the term graph inside
 * `allowed` that respect the size / distinct bounds) that satisfy its upward part.
 *
 * Invariant: P ∪ X = { x ∉ R : R + x in the family } (P unexplored, X explored), so R
 * is maximal exactly when both are empty. Branches that cannot reach the upward part
 * (R ∪ P fails it) are cut. Pivot u: every maximal M ⊇ R avoiding the branch set
 * P \ N(u) could take u as well, provided R ∪ P ∪ {u} still respects the non-pairwise
 * bounds; pivoting is used only then (see docs/engine.md, Clusters).
 */
import {
  type Bitset,
  add,
  and,
  andNot,
  count,
  countAnd,
  emptySet,
  isEmpty,
  or,
  remove,
  toIndices,
} from './bitset';
import { type TermState, createState, startFrom } from './state';
import { type CompiledTerm, cliqueBound, upwardHolds } from './term';

/** Search steps allowed and spent (shared by every search of one request). */
export interface Budget {
  readonly limit: number;
  used: number;
}

/** What a search reports to, and asks, its caller. */
export interface SearchHooks {
  /** A found set (a copy); return true to stop the search. */
  onFound(set: Bitset, size: number): boolean;
  /**
   * Whether sets M with R ⊆ M ⊆ R ∪ P, |M| <= maxSize, |M \ R| <= add are still wanted
   * (default: yes).
   */
  reachable?(r: Bitset, rSize: number, p: Bitset, add: number, maxSize: number): boolean;
}

/** complete: every set was reported; stopped: onFound asked to stop; exhausted: out of budget. */
export type SearchOutcome = 'complete' | 'stopped' | 'exhausted';

function choosePivot(state: TermState, p: Bitset, x: Bitset, add: number): number {
  const slack = state.slack(p, add);
  if (slack < 0) return -1;
  const adj = state.term.adj;
  let best = -1;
  let bestScore = -1;
  const consider = (u: number): void => {
    const score = countAnd(p, adj[u]);
    if (score > bestScore) [best, bestScore] = [u, score];
  };
  toIndices(p).forEach(consider);
  if (slack >= 1) toIndices(x).forEach(consider);
  return best;
}

/**
 * Reports every maximal set of the term's hereditary family that contains `start`,
 * satisfies the term's upward part and is `reachable` (subtrees that are not are cut).
 * @param start defaults to the empty set
 */
export function searchTerm(
  term: CompiledTerm,
  words: number,
  budget: Budget,
  hooks: SearchHooks,
  start: Bitset = emptySet(words),
): SearchOutcome {
  const state = createState(term, words);
  const p0 = startFrom(state, start);
  if (p0 === null) return 'complete';
  let outcome: SearchOutcome = 'complete';

  const visit = (p: Bitset, x: Bitset): boolean => {
    if (++budget.used > budget.limit) {
      outcome = 'exhausted';
      return true;
    }
    const size = state.size();
    if (isEmpty(p)) {
      if (!isEmpty(x) || !upwardHolds(term, state.r, size)) return false;
      if (!hooks.onFound(state.r.slice(), size)) return false;
      outcome = 'stopped';
      return true;
    }
    let pSize = count(p);
    // At most room() items of P fit in one clique (a greedy colouring bounds it).
    const colours = cliqueBound(term, p);
    const room = (): number => Math.min(colours, pSize);
    if (size + room() < term.minSize) return false;
    if (term.upward.length > 0 && !upwardHolds(term, or(state.r, p), size + room())) return false;
    if (hooks.reachable && !hooks.reachable(state.r, size, p, room(), term.maxSize)) return false;
    const pivot = choosePivot(state, p, x, room());
    const branch = pivot < 0 ? p.slice() : andNot(p, term.adj[pivot]);
    for (const v of toIndices(branch)) {
      if (size + room() < term.minSize) break;
      if (hooks.reachable && !hooks.reachable(state.r, size, p, room(), term.maxSize)) break;
      state.push(v);
      const p2 = and(p, term.adj[v]);
      const x2 = and(x, term.adj[v]);
      state.filter(p2);
      state.filter(x2);
      const stop = visit(p2, x2);
      state.pop(v);
      if (stop) return true;
      remove(p, v);
      add(x, v);
      pSize--;
    }
    return false;
  };
  visit(p0, emptySet(words));
  return outcome;
}
