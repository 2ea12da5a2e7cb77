/**
 * The best clusters found so far, in answer order: size descending, then sorted id
 * lists lexicographically. Positions are ranks in id order, so comparing two sets of
 * equal size is finding their lowest differing bit (the set holding it comes first).
 */
import { type Bitset, count } from './bitset';

/** Answer order of two sets: negative when `a` comes first. */
export function compareSets(a: Bitset, aSize: number, b: Bitset, bSize: number): number {
  if (aSize !== bSize) return bSize - aSize;
  for (let w = 0; w < a.length; w++) {
    const x = a[w] ^ b[w];
    if (x !== 0) return (a[w] & (x & -x)) !== 0 ? -1 : 1;
  }
  return 0;
}

export interface TopK {
  /** The kept sets in answer order. */
  readonly sets: Bitset[];
  /** Whether the set is new and would be kept (call before the costly maximality proof). */
  wants(set: Bitset, size: number): boolean;
  offer(set: Bitset, size: number): void;
  /**
   * Whether a set M with R ⊆ M ⊆ R ∪ P, |M| <= maxSize and |M \ R| <= add (add <= |P|)
   * could still be kept. Of the sets of the best reachable size, R plus the
   * lowest-ranked items of P comes first.
   */
  reachable(r: Bitset, rSize: number, p: Bitset, add: number, maxSize: number): boolean;
}

/** Keeps the `capacity` first sets in answer order. */
export function createTopK(capacity: number): TopK {
  const sets: Bitset[] = [];
  const sizes: number[] = [];
  const position = (set: Bitset, size: number): number => {
    let lo = 0;
    let hi = sets.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compareSets(sets[mid], sizes[mid], set, size) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const wants = (set: Bitset, size: number): boolean => {
    const at = position(set, size);
    if (at < sets.length && compareSets(sets[at], sizes[at], set, size) === 0) return false;
    return at < capacity;
  };
  return {
    sets,
    wants,
    offer(set, size) {
      if (!wants(set, size)) return;
      const at = position(set, size);
      sets.splice(at, 0, set);
      sizes.splice(at, 0, size);
      if (sets.length > capacity) {
        sets.pop();
        sizes.pop();
      }
    },
    reachable(r, rSize, p, add, maxSize) {
      if (sets.length < capacity) return true;
      const worst = sets[sets.length - 1];
      const worstSize = sizes[sizes.length - 1];
      const best = Math.min(rSize + add, maxSize);
      if (best !== worstSize) return best > worstSize;
      const first = r.slice();
      let need = best - rSize;
      for (let w = 0; w < p.length && need > 0; w++) {
        let x = p[w];
        while (x !== 0 && need > 0) {
          const low = x & -x;
          first[w] |= low;
          x ^= low;
          need--;
        }
      }
      return compareSets(first, best, worst, count(worst)) < 0;
    },
  };
}
