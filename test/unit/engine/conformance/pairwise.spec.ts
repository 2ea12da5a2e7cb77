/**
 * Conformance of the pairwise engine (pair, item and matrix evaluations) with the
 * naive reading of docs/semantics.md in ./reference.ts, on random catalogs and rules.
 */
import fc from 'fast-check';
import {
  compileRuleSet,
  evaluateItem,
  evaluatePair,
  matrixPage,
  matrixSummary,
  prepareCatalog,
  type PreparedCatalog,
} from '../../../../src/engine/pairwise';
import type { ItemDef, PairResult, RuleDef } from '../../../../src/engine/model';
import { items, pairRules, toRef } from './arbitraries';
import { refItem, refMatrix, refPair, type RefPair } from './reference';

const RUNS = Number(process.env.CONFORMANCE_RUNS ?? 300);

const shape = (r: PairResult) => ({
  item1Id: r.item1Id,
  item2Id: r.item2Id,
  compatible: r.compatible,
  rules: r.rulesEvaluated.map(e => ({ ruleName: e.ruleName, passed: e.passed })),
});
const refShape = (r: RefPair) => ({
  item1Id: r.item1Id,
  item2Id: r.item2Id,
  compatible: r.compatible,
  rules: r.rules,
});

function prepare(rules: RuleDef[], its: ItemDef[]): PreparedCatalog {
  return prepareCatalog(compileRuleSet(null, rules), its);
}

describe('pairwise conformance with docs/semantics.md', () => {
  it('evaluatePair and the kernel agree with the reference on every ordered pair', () => {
    fc.assert(
      fc.property(items(6), pairRules(), (its, rules) => {
        const p = prepare(rules, its);
        const ref = toRef(its);
        for (let i = 0; i < its.length; i++) {
          for (let j = 0; j < its.length; j++) {
            if (i === j) continue;
            const want = refPair(rules, ref[i], ref[j]);
            expect(shape(evaluatePair(p, i, j))).toEqual(refShape(want));
            expect(p.isCompatible(i, j)).toBe(want.compatible);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('evaluateItem: counts and comparisons in catalog order, filtered or not', () => {
    fc.assert(
      fc.property(items(7), pairRules(), (its, rules) => {
        const p = prepare(rules, its);
        const ref = toRef(its);
        for (let i = 0; i < its.length; i++) {
          const want = refItem(rules, ref, i);
          const got = evaluateItem(p, i);
          expect(got.itemId).toBe(its[i].id);
          expect([got.compatibleCount, got.incompatibleCount]).toEqual([
            want.compatibleCount,
            want.incompatibleCount,
          ]);
          expect(got.page({ first: 100 }).results.map(shape)).toEqual(want.results.map(refShape));
          // pages of 2 walked with cursors give the same list
          const walked: PairResult[] = [];
          let after: string | null = null;
          for (let guard = 0; guard < 100; guard++) {
            const page = got.page({ first: 2, after });
            expect(page.error).toBeUndefined();
            walked.push(...page.results);
            if (!page.hasNextPage) break;
            after = page.endCursor;
          }
          expect(walked.map(shape)).toEqual(want.results.map(refShape));
          for (const flag of [true, false]) {
            const page = got.page({ first: 100, compatible: flag });
            const expected = want.results.filter(r => r.compatible === flag);
            expect(page.results.map(shape)).toEqual(expected.map(refShape));
            expect(page.totalCount).toBe(expected.length);
          }
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('matrix: pairs i < j in catalog order, summary and rate, paging and filters', () => {
    fc.assert(
      fc.property(items(8), pairRules(), fc.integer({ min: 1, max: 4 }), (its, rules, size) => {
        const p = prepare(rules, its);
        const want = refMatrix(rules, toRef(its));
        expect(matrixSummary(p)).toEqual(want.summary);
        for (const flag of [undefined, true, false]) {
          const expected = want.pairs.filter(r => flag === undefined || r.compatible === flag);
          // walk the pages with cursors
          const seen: PairResult[] = [];
          let after: string | null = null;
          for (let guard = 0; guard < 100; guard++) {
            const page = matrixPage(p, { first: size, after, compatible: flag });
            expect(page.error).toBeUndefined();
            expect(page.totalCount).toBe(expected.length);
            seen.push(...page.results);
            if (!page.hasNextPage) break;
            after = page.endCursor;
          }
          expect(seen.map(shape)).toEqual(expected.map(refShape));
        }
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('a catalog with fewer than 2 items has 0 pairs and rate 0', () => {
    for (const its of [[], [{ id: 'a', name: 'a', attributes: {} }]]) {
      const p = prepare([], its);
      expect(matrixSummary(p)).toEqual({
        totalPairs: 0,
        compatiblePairs: 0,
        incompatiblePairs: 0,
        compatibilityRate: 0,
      });
      expect(matrixPage(p, { first: 10 }).results).toEqual([]);
    }
  });
});
