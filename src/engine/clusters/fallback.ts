/**
 * Exact fallback for rule sets whose DNF is too large: enumerate every set of the
 * hereditary family given by the top-level atoms of the validity formula (each set
 * once, depth-first, cut by the top-level upward atoms) and test validity directly.
 * Slower than the per-term search, but needs no DNF.
 */
import type { Atom } from './atoms';
import { type Bitset, and, count, emptySet, or, toIndices } from './bitset';
import type { Formula } from './formula';
import type { Budget, SearchOutcome } from './search';
import { createState, startFrom } from './state';
import { type CatalogTables, type SetTest, atomTest } from './tables';
import { type CompiledTerm, cliqueBound, upwardHolds } from './term';

/** The atoms every valid set satisfies: the conjuncts at the top of the formula. */
export function topLevelAtoms(f: Formula): Atom[] {
  if (f.k === 'atom') return [f.atom];
  if (f.k === 'and') return f.xs.flatMap(topLevelAtoms);
  return [];
}

/** Compiles a formula into a test on sets. */
export function formulaTest(f: Formula, t: CatalogTables): SetTest {
  switch (f.k) {
    case 'const':
      return () => f.value;
    case 'atom':
      return atomTest(t, f.atom);
    case 'and': {
      const xs = f.xs.map(x => formulaTest(x, t));
      return s => xs.every(x => x(s));
    }
    case 'or': {
      const xs = f.xs.map(x => formulaTest(x, t));
      return s => xs.some(x => x(s));
    }
  }
}

export interface WalkHooks {
  /** Called on each set (live: copy to keep); 'stop', or whether the set is valid. */
  onSet(set: Bitset, size: number): boolean | 'stop';
  /** After a valid set's subtree: whether that subtree held a valid set. Return true to stop. */
  onLeave?(set: Bitset, size: number, dominated: boolean): boolean;
  /** As SearchHooks.reachable: false cuts the subtree. */
  reachable?(r: Bitset, rSize: number, p: Bitset, add: number, maxSize: number): boolean;
}

/** Visits every set of the term's family that strictly contains `start`. */
export function walkSets(
  term: CompiledTerm,
  words: number,
  budget: Budget,
  hooks: WalkHooks,
  start: Bitset = emptySet(words),
): SearchOutcome {
  const state = createState(term, words);
  const p0 = startFrom(state, start);
  if (p0 === null) return 'complete';
  let outcome: SearchOutcome = 'complete';
  // Whether a valid set was seen in the subtree, or 'stop'.
  const visit = (p: Bitset): boolean | 'stop' => {
    let any = false;
    for (const v of toIndices(p)) {
      p[v >>> 5] &= ~(1 << (v & 31));
      if (++budget.used > budget.limit) {
        outcome = 'exhausted';
        return 'stop';
      }
      state.push(v);
      const size = state.size();
      const p2 = and(p, term.adj[v]);
      state.filter(p2);
      const add = Math.min(count(p2), cliqueBound(term, p2));
      let result: boolean | 'stop' = false;
      if (
        upwardHolds(term, or(state.r, p2), size + add) &&
        (!hooks.reachable || hooks.reachable(state.r, size, p2, add, term.maxSize))
      ) {
        const self = hooks.onSet(state.r, size);
        const below = self === 'stop' ? 'stop' : visit(p2);
        if (self === 'stop' || below === 'stop') result = 'stop';
        else if (self && hooks.onLeave?.(state.r, size, below)) result = 'stop';
        else result = self || below;
      }
      state.pop(v);
      if (result === 'stop') {
        if (outcome !== 'exhausted') outcome = 'stopped';
        return 'stop';
      }
      any ||= result;
    }
    return any;
  };
  visit(p0);
  return outcome;
}
