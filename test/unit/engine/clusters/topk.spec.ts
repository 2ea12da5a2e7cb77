import fc from 'fast-check';
import { count, fromIndices } from '../../../../src/engine/clusters/bitset';
import { compareSets, createTopK } from '../../../../src/engine/clusters/topk';

const W = 2; // 64 positions
const set = (xs: number[]) => fromIndices(W, xs);
const indices = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { maxLength: 8 });

describe('compareSets (answer order over ranks)', () => {
  it('puts larger sets first, then the lexicographically smaller sorted list', () => {
    expect(compareSets(set([5, 6, 7]), 3, set([0, 1]), 2)).toBeLessThan(0);
    expect(compareSets(set([0, 9]), 2, set([1, 2]), 2)).toBeLessThan(0);
    expect(compareSets(set([1, 2]), 2, set([1, 40]), 2)).toBeLessThan(0);
    expect(compareSets(set([3, 33]), 2, set([3, 33]), 2)).toBe(0);
  });
  it('agrees with comparing sorted lists', () => {
    fc.assert(
      fc.property(indices, indices, (a, b) => {
        const sa = [...a].sort((x, y) => x - y);
        const sb = [...b].sort((x, y) => x - y);
        const diff = sa.findIndex((x, k) => x !== sb[k]);
        const expected = sb.length - sa.length || (diff < 0 ? 0 : sa[diff] - sb[diff]);
        expect(Math.sign(compareSets(set(a), a.length, set(b), b.length))).toBe(
          Math.sign(expected),
        );
      }),
    );
  });
});

describe('createTopK', () => {
  it('keeps the first `capacity` distinct sets in answer order', () => {
    const top = createTopK(2);
    for (const xs of [
      [3, 4],
      [1, 2],
      [1, 2],
      [0, 5, 6],
      [0, 9],
    ])
      top.offer(set(xs), xs.length);
    expect(top.sets.map(s => [...s])).toEqual([set([0, 5, 6]), set([0, 9])].map(s => [...s]));
  });
  it('reachable never cuts a subtree holding a set that would be kept', () => {
    fc.assert(
      fc.property(
        fc.array(indices, { minLength: 1, maxLength: 6 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { maxLength: 9 }),
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 4 }),
        (kept, items, rCount, maxSize, capacity) => {
          const top = createTopK(capacity);
          for (const k of kept) top.offer(set(k), k.length);
          const r = items.slice(0, rCount);
          const p = items.slice(rCount);
          if (top.reachable(set(r), r.length, set(p), p.length, maxSize)) return;
          for (let mask = 0; mask < 1 << p.length; mask++) {
            const m = set([...r, ...p.filter((_, k) => mask & (1 << k))]);
            if (count(m) <= maxSize) expect(top.wants(m, count(m))).toBe(false);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
