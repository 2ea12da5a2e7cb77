/**
 * Finding the first clusters in answer order (docs/semantics.md §5, steps 2–4): per DNF term a
 * Bron–Kerbosch search (or, when the DNF is too large, the exact fallback walk), each
 * found set proven maximal over the whole rule set before it is kept, and subtrees
 * that cannot beat the kept sets cut. See docs/engine.md, Clusters.
 */
import type { Bitset } from './bitset';
import { toDnf } from './dnf';
import { formulaTest, topLevelAtoms, walkSets } from './fallback';
import type { Formula } from './formula';
import { type Budget, searchTerm } from './search';
import type { CatalogTables } from './tables';
import { cliqueBound, compileTerm } from './term';
import type { TopK } from './topk';

export interface Finder {
  /** The number of DNF terms, or null when the fallback is used. */
  readonly terms: number | null;
  /** Offers every maximal valid cluster that may rank among `top`; false when cut short. */
  run(budget: Budget, top: TopK): boolean;
  /** true: no valid strict superset exists; false: one does; null: out of budget. */
  isMaximal(set: Bitset, size: number, budget: Budget, origin?: number): boolean | null;
}

/**
 * Prepares the search of the valid sets of `formula` over the catalog.
 * @param adjacency compatibility rows (symmetric, no self loops)
 * @param maxTerms DNF terms allowed before falling back
 */
export function createFinder(
  formula: Formula,
  tables: CatalogTables,
  adjacency: readonly Bitset[],
  maxTerms: number,
): Finder {
  const words = tables.words;
  const dnf = toDnf(formula, maxTerms);
  if (dnf !== null) {
    const rowCache = new Map<string, readonly Bitset[]>();
    // Terms that may hold the largest sets go first: once the kept sets are large,
    // `reachable` cuts the searches of terms that cannot match them.
    const compiled = dnf
      .map(t => compileTerm(t.atoms, tables, adjacency, rowCache))
      .map((term, k) => ({
        term,
        k,
        reach: Math.min(term.maxSize, cliqueBound(term, term.allowed)),
      }))
      .sort((a, b) => b.reach - a.reach || a.k - b.k)
      .map(e => e.term);
    const isMaximal: Finder['isMaximal'] = (set, size, budget, origin = -1) => {
      for (let k = 0; k < compiled.length; k++) {
        if (k === origin) continue; // found by term k's search, so maximal within term k
        const hooks = { onFound: (_m: Bitset, mSize: number) => mSize > size };
        const outcome = searchTerm(compiled[k], words, budget, hooks, set);
        if (outcome !== 'complete') return outcome === 'stopped' ? false : null;
      }
      return true;
    };
    return {
      terms: compiled.length,
      isMaximal,
      run(budget, top) {
        for (let k = 0; k < compiled.length; k++) {
          const outcome = searchTerm(compiled[k], words, budget, {
            onFound(set, size) {
              if (!top.wants(set, size)) return false;
              const maximal = compiled.length === 1 ? true : isMaximal(set, size, budget, k);
              if (maximal === null) return true;
              if (maximal) top.offer(set, size);
              return false;
            },
            reachable: top.reachable,
          });
          if (outcome !== 'complete') return false;
        }
        return true;
      },
    };
  }
  const global = compileTerm(topLevelAtoms(formula), tables, adjacency);
  const valid = formulaTest(formula, tables);
  const isMaximal: Finder['isMaximal'] = (set, _size, budget) => {
    const outcome = walkSets(
      global,
      words,
      budget,
      { onSet: s => (valid(s) ? 'stop' : false) },
      set,
    );
    return outcome === 'complete' ? true : outcome === 'stopped' ? false : null;
  };
  return {
    terms: null,
    isMaximal,
    run(budget, top) {
      const outcome = walkSets(global, words, budget, {
        onSet: s => valid(s),
        onLeave(s, size, dominated) {
          if (dominated || !top.wants(s, size)) return false;
          const set = s.slice();
          const maximal = isMaximal(set, size, budget);
          if (maximal === null) return true;
          if (maximal) top.offer(set, size);
          return false;
        },
        reachable: top.reachable,
      });
      return outcome === 'complete' && budget.used <= budget.limit;
    },
  };
}
