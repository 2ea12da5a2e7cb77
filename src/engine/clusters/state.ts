/**
 * The growing set R of a search over one compiled term, with incremental counters for
 * the non-pairwise hereditary bounds (size, distinct counts).
 */
import { type Bitset, add, andInPlace, emptySet, has, or, remove, toIndices } from './bitset';
import type { CompiledTerm } from './term';

export interface TermState {
  readonly term: CompiledTerm;
  readonly r: Bitset;
  size(): number;
  push(v: number): void;
  pop(v: number): void;
  /** Keeps in `s` only the x for which R + x respects the non-pairwise bounds. */
  filter(s: Bitset): void;
  /**
   * How many items beyond R plus `add` items of P the non-pairwise bounds still allow
   * (negative: none), `add` being an upper bound on how many items of P a set can take.
   */
  slack(p: Bitset, add: number): number;
}

/** A state for R = ∅. */
export function createState(term: CompiledTerm, words: number): TermState {
  const r = emptySet(words);
  let size = 0;
  const counts = term.distinct.map(d => new Int32Array(d.table.byValue.length));
  const distinct = term.distinct.map(() => 0);
  const masks = term.distinct.map(() => emptySet(words));
  return {
    term,
    r,
    size: () => size,
    push(v) {
      add(r, v);
      size++;
      term.distinct.forEach((d, k) => {
        const id = d.table.valueIds[v];
        if (id >= 0 && counts[k][id]++ === 0) {
          distinct[k]++;
          masks[k] = or(masks[k], d.table.byValue[id]);
        }
      });
    },
    pop(v) {
      remove(r, v);
      size--;
      term.distinct.forEach((d, k) => {
        const id = d.table.valueIds[v];
        if (id >= 0 && --counts[k][id] === 0) {
          distinct[k]--;
          for (let w = 0; w < words; w++) masks[k][w] &= ~d.table.byValue[id][w];
        }
      });
    },
    filter(s) {
      if (size >= term.maxSize) s.fill(0);
      term.distinct.forEach((d, k) => {
        if (distinct[k] >= d.n) andInPlace(s, or(d.table.missing, masks[k]));
      });
    },
    slack(p, add) {
      let slack = term.maxSize - size - add;
      term.distinct.forEach((d, k) => {
        const fresh = new Set<number>();
        for (const i of toIndices(p)) {
          const id = d.table.valueIds[i];
          if (id >= 0 && counts[k][id] === 0) fresh.add(id);
        }
        slack = Math.min(slack, d.n - distinct[k] - fresh.size);
      });
      return slack;
    },
  };
}

/**
 * Moves the state (at R = ∅) to R = `start` and returns the candidates P (the x outside
 * `start` with start + x in the term's hereditary family), or null when `start` itself
 * is not in that family (then, by heredity, no superset is either).
 */
export function startFrom(state: TermState, start: Bitset): Bitset | null {
  const p = state.term.allowed.slice();
  state.filter(p);
  for (const v of toIndices(start)) {
    if (!has(p, v)) return null;
    state.push(v);
    andInPlace(p, state.term.adj[v]);
    state.filter(p);
  }
  return p;
}
