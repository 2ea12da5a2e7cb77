import fc from 'fast-check';
import type { RuleDef, JsonObject } from '../../../../src/engine/model';
import {
  adjacency,
  compileRuleSet,
  evaluateItem,
  evaluatePair,
  matrixPage,
  matrixSummary,
  prepareCatalog,
  type Page,
  type PairResult,
} from '../../../../src/engine';
import { items, rules } from './arbitraries';
import { refPair } from './reference';

// Property runs are CPU-bound; leave room on a loaded machine.
jest.setTimeout(60_000);

const toDefs = (
  rs: { name: string; type: 'exclusion' | 'requirement'; enabled: boolean; condition: unknown }[],
): RuleDef[] => rs.map(r => ({ ...r, condition: r.condition as JsonObject }));

const allPages = (
  fetch: (after: string | null) => Page,
): { results: PairResult[]; pages: Page[] } => {
  const pages: Page[] = [];
  let after: string | null = null;
  for (;;) {
    const page = fetch(after);
    pages.push(page);
    if (!page.hasNextPage) break;
    after = page.endCursor;
  }
  return { results: pages.flatMap(p => p.results), pages };
};

const RUNS = { numRuns: 150 };

describe('pairwise engine properties', () => {
  it('agrees with the reference reading of docs/semantics.md; isCompatible and the row kernel agree with evaluatePair', () => {
    fc.assert(
      fc.property(items(8), rules, (its, rs) => {
        const p = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
        const row = new Uint8Array(its.length);
        for (let i = 0; i < its.length; i++) {
          const count = p.compatibleRow(i, 0, its.length, row);
          expect(count).toBe(row.reduce((a, b) => a + b, 0));
          for (let j = 0; j < its.length; j++) {
            const got = evaluatePair(p, i, j);
            expect(row[j]).toBe(got.compatible ? 1 : 0);
            const ref = refPair(rs, its[i].attributes, its[j].attributes);
            expect(got.rulesEvaluated.map(r => [r.ruleName, r.passed])).toEqual(ref.passed);
            expect(got.compatible).toBe(ref.compatible);
            expect(p.isCompatible(i, j)).toBe(got.compatible);
          }
        }
      }),
      RUNS,
    );
  });

  it('is symmetric: (a, b) and (b, a) give the same compatible and per-rule passed', () => {
    fc.assert(
      fc.property(items(8), rules, (its, rs) => {
        const p = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
        for (let i = 0; i < its.length; i++) {
          for (let j = i + 1; j < its.length; j++) {
            const ab = evaluatePair(p, i, j);
            const ba = evaluatePair(p, j, i);
            expect(ba.compatible).toBe(ab.compatible);
            expect(ba.rulesEvaluated.map(r => r.passed)).toEqual(
              ab.rulesEvaluated.map(r => r.passed),
            );
          }
        }
      }),
      RUNS,
    );
  });

  it('matrixSummary counts equal counting evaluatePair over all pairs; adjacency matches', () => {
    fc.assert(
      fc.property(items(14), rules, (its, rs) => {
        const p = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
        let compatible = 0;
        const n = its.length;
        const rows = adjacency(p);
        for (let i = 0; i < n; i++) {
          expect((rows[i][i >>> 5] >>> (i & 31)) & 1).toBe(0);
          for (let j = i + 1; j < n; j++) {
            const ok = evaluatePair(p, i, j).compatible;
            if (ok) compatible++;
            expect((rows[i][j >>> 5] >>> (j & 31)) & 1).toBe(ok ? 1 : 0);
            expect((rows[j][i >>> 5] >>> (i & 31)) & 1).toBe(ok ? 1 : 0);
          }
        }
        const total = n < 2 ? 0 : (n * (n - 1)) / 2;
        expect(matrixSummary(p)).toEqual({
          totalPairs: total,
          compatiblePairs: compatible,
          incompatiblePairs: total - compatible,
          compatibilityRate: total === 0 ? 0 : compatible / total,
        });
      }),
      RUNS,
    );
  });

  it('matrix pages concatenated give every pair (i < j) in order, with and without the filter', () => {
    fc.assert(
      fc.property(
        items(14),
        rules,
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom(undefined, true, false),
        (its, rs, first, compatible) => {
          const p = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
          const expected: PairResult[] = [];
          for (let i = 0; i < its.length; i++) {
            for (let j = i + 1; j < its.length; j++) {
              const r = evaluatePair(p, i, j);
              if (compatible === undefined || r.compatible === compatible) expected.push(r);
            }
          }
          const { results, pages } = allPages(after => matrixPage(p, { after, first, compatible }));
          expect(results).toEqual(expected);
          for (const page of pages) {
            expect(page.totalCount).toBe(expected.length);
            expect(page.results.length).toBeLessThanOrEqual(first);
            expect(page.cursors).toHaveLength(page.results.length);
          }
        },
      ),
      RUNS,
    );
  });

  it('evaluateItem counts and pages agree with evaluatePair (self excluded, catalog order)', () => {
    fc.assert(
      fc.property(
        items(10),
        rules,
        fc.integer({ min: 1, max: 5 }),
        fc.constantFrom(undefined, true, false),
        (its, rs, first, compatible) => {
          const p = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
          for (let i = 0; i < its.length; i++) {
            const all = its
              .map((_, j) => j)
              .filter(j => j !== i)
              .map(j => evaluatePair(p, i, j));
            const ev = evaluateItem(p, i);
            expect(ev.itemId).toBe(its[i].id);
            expect(ev.compatibleCount).toBe(all.filter(r => r.compatible).length);
            expect(ev.incompatibleCount).toBe(all.filter(r => !r.compatible).length);
            const expected = all.filter(
              r => compatible === undefined || r.compatible === compatible,
            );
            const { results, pages } = allPages(after => ev.page({ after, first, compatible }));
            expect(results).toEqual(expected);
            expect(pages[0].totalCount).toBe(expected.length);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
