import fc from 'fast-check';
import { evaluateClusters } from '../../../../src/engine/clusters';
import { bounds, catalog, rules } from './arbitraries';
import { bruteForce, compareIdLists, isValidSet, makeInput } from './helpers';

const ids = (r: ReturnType<typeof evaluateClusters>): string[][] =>
  r.clusters.map(c => [...c.itemIds]);

describe('evaluateClusters against brute force over every subset', () => {
  it('finds exactly the maximal valid clusters (random catalogs and nested rules)', () => {
    fc.assert(
      fc.property(catalog(12), rules, bounds, ({ items, ids: itemIds, edge }, rs, b) => {
        const input = makeInput(items, rs, edge, itemIds);
        const got = evaluateClusters(input, { ...b, maxClusters: 10_000, workBudget: 10_000_000 });
        expect(got.truncated).toBe(false);
        expect(ids(got)).toEqual(bruteForce(input, b));
      }),
      { numRuns: 400 },
    );
  });

  it('the fallback without DNF (maxTerms 0) is exact too', () => {
    fc.assert(
      fc.property(catalog(9), rules, bounds, ({ items, ids: itemIds, edge }, rs, b) => {
        const input = makeInput(items, rs, edge, itemIds);
        const got = evaluateClusters(input, {
          ...b,
          maxClusters: 10_000,
          workBudget: 10_000_000,
          maxTerms: 0,
        });
        expect(got.truncated).toBe(false);
        expect(ids(got)).toEqual(bruteForce(input, b));
      }),
      { numRuns: 150 },
    );
  });

  it('with a small maxClusters returns the first clusters of the full answer', () => {
    fc.assert(
      fc.property(
        catalog(10),
        rules,
        bounds,
        fc.integer({ min: 0, max: 3 }),
        ({ items, ids: itemIds, edge }, rs, b, k) => {
          const input = makeInput(items, rs, edge, itemIds);
          const full = bruteForce(input, b);
          const got = evaluateClusters(input, { ...b, maxClusters: k, workBudget: 10_000_000 });
          expect(ids(got)).toEqual(full.slice(0, k));
          expect(got.truncated).toBe(full.length > k);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('when the work budget cuts the search, every returned cluster is valid and maximal', () => {
    fc.assert(
      fc.property(
        catalog(11),
        rules,
        bounds,
        fc.integer({ min: 0, max: 60 }),
        fc.boolean(),
        ({ items, ids: itemIds, edge }, rs, b, budget, fallback) => {
          const input = makeInput(items, rs, edge, itemIds);
          const full = bruteForce(input, b).map(c => c.join(','));
          const got = evaluateClusters(input, {
            ...b,
            workBudget: budget,
            maxTerms: fallback ? 0 : undefined,
          });
          expect(got.workUsed).toBeLessThanOrEqual(budget);
          for (const c of got.clusters) expect(full).toContain(c.itemIds.join(','));
          const lists = ids(got);
          expect([...lists].sort(compareIdLists)).toEqual(lists);
          if (!got.truncated)
            expect(lists).toEqual(full.map(s => s.split(',')).filter(s => s[0] !== ''));
          for (const c of got.clusters) {
            const pos = c.itemIds.map(id => input.itemIds.indexOf(id));
            expect(isValidSet(input, pos, b)).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
