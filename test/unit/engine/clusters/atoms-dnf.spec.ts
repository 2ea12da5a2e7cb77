import fc from 'fast-check';
import type { ClusterCondition } from '../../../../src/engine/conditions/ast';
import { evaluateClusterCondition } from '../../../../src/engine/clusters';
import {
  type Atom,
  isHereditary,
  isPairwise,
  negateAtom,
} from '../../../../src/engine/clusters/atoms';
import { fromIndices, wordsFor } from '../../../../src/engine/clusters/bitset';
import { toDnf } from '../../../../src/engine/clusters/dnf';
import { formulaTest } from '../../../../src/engine/clusters/fallback';
import { conditionFormula, validityFormula } from '../../../../src/engine/clusters/formula';
import { atomTest, buildTables } from '../../../../src/engine/clusters/tables';
import { condition, item } from './arbitraries';
import { rule } from './helpers';

const kinds = (c: ClusterCondition) => {
  const d = toDnf(conditionFormula(c));
  return d?.map(t => t.atoms.map(a => a.kind).sort());
};

describe('atoms: hereditary (H) / upward-closed (U)', () => {
  it('classifies the leaves as docs/semantics.md §5 says', () => {
    const h = (c: ClusterCondition) => {
      const f = conditionFormula(c);
      return f.k === 'atom' ? isHereditary(f.atom) : null;
    };
    expect(h({ op: 'max_cluster_size', n: 3 })).toBe(true);
    expect(h({ op: 'unique_values', field: 'x' })).toBe(true);
    expect(h({ op: 'formality_range', maxDiff: 1 })).toBe(true);
    expect(h({ op: 'min_cluster_size', n: 3 })).toBe(false);
    expect(h({ op: 'has_item_with', field: 'x', value: 1 })).toBe(false);
    expect(h({ op: 'not', child: { op: 'unique_values', field: 'x' } })).toBe(false);
    expect(h({ op: 'not', child: { op: 'has_item_with', field: 'x', value: 1 } })).toBe(true);
  });
  it('splits count_by_field into U(present) ∧ U(distinct >= min) ∧ H(distinct <= max)', () => {
    const f = conditionFormula({ op: 'count_by_field', field: 'z', min: 2, max: 3 });
    expect(
      f.k === 'and' && f.xs.map(x => (x.k === 'atom' ? [x.atom.kind, isHereditary(x.atom)] : null)),
    ).toEqual([
      ['somePresent', false],
      ['distinctGe', false],
      ['distinctLe', true],
    ]);
  });
  it('pushes a negation of count_by_field down to a disjunction of negated atoms', () => {
    expect(
      kinds({ op: 'not', child: { op: 'count_by_field', field: 'z', min: 2, max: 3 } }),
    ).toEqual([
      ['nonePresent', 'sizeGe'],
      ['distinctLe', 'sizeGe'],
      ['distinctGe', 'sizeGe'],
    ]);
  });
  it('negation swaps H and U and is an involution', () => {
    const atoms: Atom[] = [
      { kind: 'sizeLe', n: 3 },
      { kind: 'unique', field: 'x' },
      { kind: 'rangeLe', maxDiff: 1 },
      { kind: 'noneWith', field: 'x', value: [1] },
      { kind: 'nonePresent', field: 'x' },
      { kind: 'distinctLe', field: 'x', n: 2 },
    ];
    for (const a of atoms) {
      expect(isHereditary(a)).toBe(true);
      expect(isHereditary(negateAtom(a))).toBe(false);
      expect(negateAtom(negateAtom(a))).toEqual(a);
    }
  });
  it('knows which hereditary atoms are pairwise (pivoting is sound for those only)', () => {
    expect(isPairwise({ kind: 'unique', field: 'x' })).toBe(true);
    expect(isPairwise({ kind: 'rangeLe', maxDiff: 1 })).toBe(true);
    expect(isPairwise({ kind: 'distinctLe', field: 'x', n: 1 })).toBe(true);
    expect(isPairwise({ kind: 'distinctLe', field: 'x', n: 2 })).toBe(false);
    expect(isPairwise({ kind: 'sizeLe', n: 4 })).toBe(false);
    expect(isPairwise({ kind: 'sizeGe', n: 4 })).toBe(false);
  });
});

describe('DNF', () => {
  it("makes wardrobe-v2's season_consistency two terms", () => {
    const season = {
      op: 'any' as const,
      children: [
        { op: 'unique_values' as const, field: 'season' },
        { op: 'has_item_with' as const, field: 'season', value: 'all_season' },
      ],
    };
    const f = validityFormula(
      [
        rule('min', 'requirement', { op: 'min_cluster_size', n: 2 }),
        rule('range', 'requirement', { op: 'formality_range', maxDiff: 1 }),
        rule('season', 'requirement', season),
        rule('max', 'exclusion', { op: 'not', child: { op: 'max_cluster_size', n: 10 } }),
      ],
      { minClusterSize: 2 },
    );
    expect(toDnf(f)?.map(t => t.atoms.map(a => a.kind).sort())).toEqual([
      ['rangeLe', 'sizeGe', 'sizeLe', 'unique'],
      ['rangeLe', 'sizeGe', 'sizeLe', 'someWith'],
    ]);
  });
  it('drops contradictory terms and merges size bounds', () => {
    expect(
      kinds({
        op: 'all',
        children: [
          { op: 'min_cluster_size', n: 4 },
          { op: 'max_cluster_size', n: 3 },
        ],
      }),
    ).toEqual([]);
    const u = { op: 'unique_values' as const, field: 'x' };
    expect(kinds({ op: 'all', children: [u, { op: 'not', child: u }] })).toEqual([]);
    const d = toDnf(
      conditionFormula({
        op: 'all',
        children: [
          { op: 'min_cluster_size', n: 2 },
          { op: 'min_cluster_size', n: 3 },
          { op: 'max_cluster_size', n: 5 },
        ],
      }),
    );
    expect(d?.map(t => t.atoms)).toEqual([
      [
        { kind: 'sizeGe', n: 3 },
        { kind: 'sizeLe', n: 5 },
      ],
    ]);
  });
  it('treats invalid nodes, empty lists and an empty not as false', () => {
    expect(kinds({ op: 'invalid', reason: 'x' })).toEqual([]);
    expect(kinds({ op: 'any', children: [] })).toEqual([]);
    expect(kinds({ op: 'not', child: { op: 'all', children: [] } })).toEqual([[]]);
    expect(kinds({ op: 'not', child: null })).toEqual([]);
  });
  it('gives up past the term cap', () => {
    const or2 = (k: number): ClusterCondition => ({
      op: 'any',
      children: [
        { op: 'has_item_with', field: 'x', value: k },
        { op: 'has_item_with', field: 'y', value: k },
      ],
    });
    const big = conditionFormula({
      op: 'all',
      children: Array.from({ length: 10 }, (_, k) => or2(k)),
    });
    expect(toDnf(big, 256)).toBeNull();
    expect(toDnf(big, 1024)?.length).toBe(1024);
  });
  it('is equivalent to the condition on random sets (compiled atoms agree with the evaluator)', () => {
    fc.assert(
      fc.property(condition, fc.array(item, { minLength: 0, maxLength: 7 }), (c, items) => {
        const tables = buildTables(items);
        const all = fromIndices(wordsFor(items.length), items.keys());
        const members = { ids: items.map((_, i) => `i${i}`), attributes: items };
        const expected = evaluateClusterCondition(c, members).passed;
        const f = conditionFormula(c);
        expect(formulaTest(f, tables)(all)).toBe(expected);
        const dnf = toDnf(f, 4096);
        if (dnf === null) return;
        // Terms assume a non-empty set (clusters are never empty).
        if (items.length > 0) {
          expect(dnf.some(t => t.atoms.every(a => atomTest(tables, a)(all)))).toBe(expected);
        }
      }),
      { numRuns: 500 },
    );
  });
});
