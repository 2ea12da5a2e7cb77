import { compileRuleSet, prepareCatalog, evaluatePair } from '../../../../src/engine/pairwise';
import { item, rule, verdict } from '../helpers';

// Property runs are CPU-bound; leave room on a loaded machine.
jest.setTimeout(60_000);

const plc = { part_layer_conflict: { field: 'c' } };
const cov = (...entries: [string[], number][]) => ({
  c: entries.map(([parts, layer]) => ({ parts, layer })),
});

describe('part_layer_conflict', () => {
  it('is false without common parts or when either side is missing', () => {
    expect(verdict(plc, cov([['head'], 1]), cov([['feet'], 1]))).toEqual({
      value: false,
      reason: 'No common parts in c (no conflict)',
    });
    expect(verdict(plc, {}, cov([['feet'], 1]))).toEqual({
      value: false,
      reason: 'c is missing on item1 (no conflict)',
    });
    expect(verdict(plc, cov([['feet'], 1]), { c: null }).value).toBe(false);
    expect(verdict(plc, { c: [] }, cov([['feet'], 1])).value).toBe(false);
  });

  it('is true on a collision (same layer on a common part)', () => {
    expect(verdict(plc, cov([['chest'], 1]), cov([['chest'], 1]))).toEqual({
      value: true,
      reason: 'Collision at chest: both at layer 1',
    });
    expect(verdict(plc, cov([['chest', 'waist'], 0.5]), cov([['waist'], 0.5])).reason).toBe(
      'Collision at waist: both at layer 0.5',
    );
  });

  it('is false when item1 is consistently over (or under) item2', () => {
    const r = verdict(plc, cov([['chest', 'waist'], 2]), cov([['chest', 'waist'], 1]));
    expect(r).toEqual({
      value: false,
      reason: 'No conflict on common parts (chest, waist): item1 consistently over item2',
    });
    expect(
      verdict(plc, cov([['chest'], 1], [['waist'], 0]), cov([['chest'], 3], [['waist'], 2])).reason,
    ).toContain('consistently under');
  });

  it('reports a phasing violation at the later part in sorted order', () => {
    // chest < waist: item1 over on chest, under on waist.
    const a = cov([['waist'], 1], [['chest'], 3]);
    const b = cov([['chest'], 2], [['waist'], 2]);
    expect(verdict(plc, a, b)).toEqual({
      value: true,
      reason:
        'Phasing violation at waist: item1 under item2 (layer 1 vs 2) but over it on an earlier part',
    });
    expect(verdict(plc, b, a).reason).toBe(
      'Phasing violation at waist: item1 over item2 (layer 2 vs 1) but under it on an earlier part',
    );
  });

  it('lists every collision and violation', () => {
    const a = cov([['a'], 2], [['b'], 1], [['c'], 5], [['d'], 0]);
    const b = cov([['a'], 1], [['b'], 1], [['c'], 6], [['d'], 1]);
    const r = verdict(plc, a, b);
    expect(r.value).toBe(true);
    expect(r.reason.split('; ')).toEqual([
      'Collision at b: both at layer 1',
      'Phasing violation at c: item1 under item2 (layer 5 vs 6) but over it on an earlier part',
      'Phasing violation at d: item1 under item2 (layer 0 vs 1) but over it on an earlier part',
    ]);
  });

  it('lets a later entry override an earlier one for the same part', () => {
    expect(verdict(plc, cov([['chest'], 1], [['chest'], 2]), cov([['chest'], 1])).value).toBe(
      false,
    );
    expect(verdict(plc, cov([['chest'], 2], [['chest'], 1]), cov([['chest'], 1])).value).toBe(true);
  });

  it('sorts part names by code point, not by insertion or vocabulary order', () => {
    // 'B' < 'a' in code-point order: direction is set by B (over), a is the violation.
    const r = verdict(plc, cov([['a'], 0], [['B'], 2]), cov([['a'], 1], [['B'], 1]));
    expect(r.reason).toBe(
      'Phasing violation at a: item1 under item2 (layer 0 vs 1) but over it on an earlier part',
    );
  });

  it('handles more than 32 parts (multi-word masks) exactly like the one-word case', () => {
    const parts = Array.from({ length: 70 }, (_, k) => `p${String(k).padStart(2, '0')}`);
    const rnd = (seed: number) => () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const r = rnd(7);
    const items = Array.from({ length: 40 }, (_, k) => {
      const entries = parts
        .filter(() => r() < 0.08)
        .map(p => ({ parts: [p], layer: Math.floor(r() * 3) }));
      return item(`i${k}`, { c: entries });
    });
    const compiled = compileRuleSet(null, [rule('x', 'exclusion', plc)]);
    const prepared = prepareCatalog(compiled, items);
    const row = new Uint8Array(items.length);
    for (let i = 0; i < items.length; i++) {
      prepared.compatibleRow(i, 0, items.length, row);
      for (let j = 0; j < items.length; j++)
        expect(row[j]).toBe(prepared.isCompatible(i, j) ? 1 : 0);
      for (let j = 0; j < items.length; j++) {
        if (i === j) continue;
        const full = evaluatePair(prepared, i, j);
        expect(prepared.isCompatible(i, j)).toBe(full.compatible);
        // Same verdict as a two-item catalog (fewer parts, maybe one word).
        const small = prepareCatalog(compiled, [items[i], items[j]]);
        expect(evaluatePair(small, 0, 1).rulesEvaluated).toEqual(full.rulesEvaluated);
      }
    }
  });

  it('skips malformed entries instead of failing', () => {
    const bad = {
      c: [
        null,
        { parts: 'chest', layer: 1 },
        { parts: ['chest'], layer: 'x' },
        { parts: ['chest', 3], layer: 1 },
      ],
    };
    expect(verdict(plc, bad, cov([['chest'], 1])).value).toBe(true);
    expect(verdict(plc, { c: 'chest' }, cov([['chest'], 1])).value).toBe(false);
  });
});
