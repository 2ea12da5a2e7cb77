import { evaluateClusters, validateCluster } from '../../../../src/engine/clusters';
import type { ClusterInput } from '../../../../src/engine/clusters';
import { buildTables } from '../../../../src/engine/clusters/tables';
import { adjacencyOf } from '../../../../src/engine/clusters/input';
import { createFinder } from '../../../../src/engine/clusters/finder';
import { validityFormula } from '../../../../src/engine/clusters/formula';
import { createTopK } from '../../../../src/engine/clusters/topk';
import { compareIdLists, isValidSet } from './helpers';
import { loadWardrobe } from './wardrobe.fixture';

/** Reference: every clique of the graph (each once), kept when valid, then the maximal ones. */
function cliqueReference(input: ClusterInput): string[][] {
  const n = input.itemIds.length;
  const valid: number[][] = [];
  const grow = (members: number[], from: number): void => {
    if (isValidSet(input, members, {})) valid.push([...members]);
    for (let v = from; v < n; v++) {
      if (members.every(m => input.isCompatible(m, v))) grow([...members, v], v + 1);
    }
  };
  grow([], 0);
  const keys = valid.map(s => new Set(s));
  return valid
    .filter((s, k) => !keys.some((o, j) => j !== k && o.size > s.length && s.every(x => o.has(x))))
    .map(s => s.map(i => input.itemIds[i]).sort())
    .sort(compareIdLists);
}

describe('wardrobe-v1', () => {
  const w = loadWardrobe('wardrobe-v1.json');

  it('imports its cluster rules cleanly', () => {
    expect(w.errors).toEqual([]);
    expect(w.warnings).toEqual([]);
  });

  it('enumerates exactly the maximal valid clusters (15, sizes 7..5)', () => {
    const r = evaluateClusters(w.input, { maxClusters: 1000 });
    const expected = cliqueReference(w.input);
    expect(r.clusters.map(c => c.itemIds)).toEqual(expected);
    expect(r).toMatchObject({
      totalClusters: 15,
      truncated: false,
      maxClusterSize: 7,
      minClusterSize: 5,
      totalItemsCovered: 19,
    });
    expect(
      evaluateClusters(w.input, { maxClusters: 1000, maxTerms: 0 }).clusters.map(c => c.itemIds),
    ).toEqual(expected);
  });

  it('every cluster validates with validateCluster', () => {
    const r = evaluateClusters(w.input);
    for (const c of r.clusters) {
      const v = validateCluster(
        w.input,
        c.itemIds.map(id => w.input.itemIds.indexOf(id)),
      );
      expect(v.valid).toBe(true);
      expect(v.ruleEvaluations).toEqual(c.ruleEvaluations);
    }
  });
});

describe('wardrobe-v2', () => {
  const w = loadWardrobe('wardrobe-v2.json');

  it("warns about season_consistency's unknown 'max' key and imports", () => {
    expect(w.errors).toEqual([]);
    expect(w.warnings.map(x => x.path)).toEqual(['rules[2].condition.or[0].unique_values.max']);
  });

  it('finds clusters (the original method found none): 100 first of 80,360, all of size 10', () => {
    const r = evaluateClusters(w.input, { maxClusters: 100 });
    expect(r).toMatchObject({
      totalClusters: 100,
      truncated: true,
      maxClusterSize: 10,
      minClusterSize: 10,
    });
    expect(r.clusters[0].itemIds).toEqual([
      'beanie_001',
      'boxers_001',
      'bra_001',
      'cardigan_001',
      'dress_002',
      'jacket_001',
      'leggings_001',
      'sandals_001',
      'sneakers_001',
      'socks_001',
    ]);
    for (const c of r.clusters.slice(0, 10)) {
      expect(
        validateCluster(
          w.input,
          c.itemIds.map(id => w.input.itemIds.indexOf(id)),
        ).valid,
      ).toBe(true);
    }
    // The exact fallback (no DNF) agrees on the first clusters.
    const fallback = evaluateClusters(w.input, {
      maxClusters: 20,
      maxTerms: 0,
      workBudget: 50_000_000,
    });
    expect(fallback.clusters.map(c => c.id)).toEqual(r.clusters.slice(0, 20).map(c => c.id));
  });

  it('has 80,360 maximal valid clusters in all', () => {
    const finder = createFinder(
      validityFormula(w.rules, { minClusterSize: 2 }),
      buildTables(w.input.attributes),
      adjacencyOf(w.input),
      256,
    );
    const top = createTopK(1_000_000);
    expect(finder.run({ limit: 10_000_000, used: 0 }, top)).toBe(true);
    expect(top.sets.length).toBe(80_360);
  });

  it('stays fast on a catalog four times larger (terms that can reach the largest sets go first)', () => {
    const base = w.input;
    const n = base.itemIds.length * 4;
    const at = (i: number) => i % base.itemIds.length;
    const input: ClusterInput = {
      itemIds: Array.from({ length: n }, (_, i) => `${base.itemIds[at(i)]}#${i}`),
      attributes: Array.from({ length: n }, (_, i) => base.attributes[at(i)]),
      isCompatible: (i, j) => at(i) !== at(j) && base.isCompatible(at(i), at(j)),
      explainPair: (i, j) => base.explainPair(at(i), at(j)),
      rules: base.rules,
    };
    const r = evaluateClusters(input, { maxClusters: 100 });
    expect(r.totalClusters).toBe(100);
    expect(r.maxClusterSize).toBe(10);
    expect(r.workUsed).toBeLessThan(10_000);
  });
});
