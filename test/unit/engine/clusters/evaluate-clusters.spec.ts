import { createHash } from 'node:crypto';
import {
  buildAdjacency,
  clusterRelationships,
  evaluateClusters,
} from '../../../../src/engine/clusters';
import { makeInput, rule } from './helpers';

const ids = (r: ReturnType<typeof evaluateClusters>) => r.clusters.map(c => c.itemIds.join(','));

describe('evaluateClusters', () => {
  it('returns the whole catalog when everything is compatible and there are no rules', () => {
    const r = evaluateClusters(makeInput([{}, {}, {}], [], undefined, ['c', 'a', 'b']));
    expect(r.clusters).toEqual([
      {
        id: createHash('md5').update('a,b,c').digest('hex').slice(0, 12),
        itemIds: ['a', 'b', 'c'],
        size: 3,
        isMaximal: true,
        isMaximum: true,
        ruleEvaluations: [],
      },
    ]);
    expect(r).toMatchObject({
      relationships: [],
      totalClusters: 1,
      maxClusterSize: 3,
      minClusterSize: 3,
      avgClusterSize: 3,
      totalItemsCovered: 3,
      truncated: false,
      workBudget: 1_000_000,
    });
  });

  it('finds the groups the original system lost: valid subsets of a failing maximal clique', () => {
    // One clique {i0, i1, i2}; seasons must differ unless an all_season item is present.
    const season = rule('season', 'requirement', {
      op: 'any',
      children: [
        { op: 'unique_values', field: 'season' },
        { op: 'has_item_with', field: 'season', value: 'all_season' },
      ],
    });
    const r = evaluateClusters(
      makeInput([{ season: 'summer' }, { season: 'summer' }, { season: 'winter' }], [season]),
    );
    expect(ids(r)).toEqual(['i0,i2', 'i1,i2']);
    expect(r.clusters[0].ruleEvaluations).toEqual([
      { ruleName: 'season', passed: true, reason: 'All 2 season values are unique' },
    ]);
  });

  it('is maximal over the whole lattice: a valid set inside a larger valid one is dropped', () => {
    // Valid: size 2 or size 4. The pairs are valid but all lie inside the valid 4-set;
    // no 3-set is valid, so no single item extends a pair.
    const sizes = rule('sizes', 'requirement', {
      op: 'any',
      children: [
        { op: 'max_cluster_size', n: 2 },
        { op: 'min_cluster_size', n: 4 },
      ],
    });
    expect(ids(evaluateClusters(makeInput([{}, {}, {}, {}], [sizes])))).toEqual(['i0,i1,i2,i3']);
    // With a 3-clique only, the pairs are the answer.
    expect(ids(evaluateClusters(makeInput([{}, {}, {}], [sizes])))).toEqual([
      'i0,i1',
      'i0,i2',
      'i1,i2',
    ]);
  });

  it('orders by size, then id lists; relates overlapping clusters both ways', () => {
    // Path a-b-c plus a triangle d-e-f.
    const edges = new Set(['0-1', '1-2', '3-4', '4-5', '3-5']);
    const input = makeInput([{}, {}, {}, {}, {}, {}], [], (i, j) => edges.has(`${i}-${j}`), [
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
    const r = evaluateClusters(input);
    expect(ids(r)).toEqual(['d,e,f', 'a,b', 'b,c']);
    expect(r.clusters.map(c => c.isMaximum)).toEqual([true, false, false]);
    const [, ab, bc] = r.clusters;
    expect(r.relationships).toEqual([
      {
        clusterId: ab.id,
        relatedClusterId: bc.id,
        relationshipType: 'OVERLAPPING',
        sharedItems: ['b'],
        overlapSize: 1,
      },
      {
        clusterId: bc.id,
        relatedClusterId: ab.id,
        relationshipType: 'OVERLAPPING',
        sharedItems: ['b'],
        overlapSize: 1,
      },
    ]);
    expect(r).toMatchObject({
      totalClusters: 3,
      maxClusterSize: 3,
      minClusterSize: 2,
      totalItemsCovered: 6,
    });
    expect(r.avgClusterSize).toBeCloseTo(7 / 3);
  });

  it('honours minClusterSize (values below 1 act as 1) and maxClusterSize', () => {
    const input = makeInput([{}, {}, {}, {}], [], (i, j) => j === i + 1 && i !== 1);
    expect(ids(evaluateClusters(input))).toEqual(['i0,i1', 'i2,i3']);
    expect(ids(evaluateClusters(input, { minClusterSize: 3 }))).toEqual([]);
    const lonely = makeInput([{}, {}, {}], [], (i, j) => i === 0 && j === 1);
    expect(ids(evaluateClusters(lonely, { minClusterSize: 1 }))).toEqual(['i0,i1', 'i2']);
    expect(ids(evaluateClusters(lonely, { minClusterSize: -5 }))).toEqual(['i0,i1', 'i2']);
    const full = makeInput([{}, {}, {}], []);
    expect(ids(evaluateClusters(full, { maxClusterSize: 2 }))).toEqual(['i0,i1', 'i0,i2', 'i1,i2']);
    expect(ids(evaluateClusters(full, { minClusterSize: 3, maxClusterSize: 2 }))).toEqual([]);
  });

  it('truncates at maxClusters, keeping the first ones in order', () => {
    const full = makeInput([{}, {}, {}, {}], []);
    const r = evaluateClusters(full, { maxClusterSize: 2, maxClusters: 2 });
    expect(ids(r)).toEqual(['i0,i1', 'i0,i2']);
    expect(r.truncated).toBe(true);
    expect(evaluateClusters(full, { maxClusterSize: 2, maxClusters: 6 }).truncated).toBe(false);
    expect(evaluateClusters(full, { maxClusters: 0 })).toMatchObject({
      clusters: [],
      truncated: true,
    });
  });

  it('stops at the work budget and says so', () => {
    const r = evaluateClusters(makeInput([{}, {}, {}], []), { workBudget: 0 });
    expect(r).toMatchObject({ clusters: [], truncated: true, workBudget: 0, workUsed: 0 });
  });

  it('handles an empty catalog and rules that nothing satisfies', () => {
    expect(evaluateClusters(makeInput([], []))).toMatchObject({
      clusters: [],
      totalClusters: 0,
      maxClusterSize: 0,
      minClusterSize: 0,
      avgClusterSize: 0,
      totalItemsCovered: 0,
      truncated: false,
    });
    const never = rule('never', 'requirement', { op: 'invalid', reason: 'broken' });
    expect(evaluateClusters(makeInput([{}, {}], [never])).clusters).toEqual([]);
  });

  it('uses given compatibility rows (list or packed) instead of asking isCompatible', () => {
    const base = makeInput([{}, {}, {}], [], (i, j) => i === 0 && j === 1);
    const rows = buildAdjacency(3, base.isCompatible);
    const never = () => {
      throw new Error('not called');
    };
    const packed = new Uint32Array(3);
    rows.forEach((r, i) => (packed[i] = r[0]));
    for (const adjacency of [rows, { size: 3, words: 1, rows: packed }]) {
      expect(ids(evaluateClusters({ ...base, isCompatible: never, adjacency }))).toEqual(['i0,i1']);
    }
  });

  it('can leave relationships out, to compute them later with clusterRelationships', () => {
    const input = makeInput([{}, {}, {}], [], (i, j) => j !== 2 || i !== 0);
    const r = evaluateClusters(input, { relationships: false });
    expect(r.relationships).toEqual([]);
    expect(clusterRelationships(r.clusters)).toEqual(evaluateClusters(input).relationships);
  });
});

describe('clusterRelationships', () => {
  it('marks containment as SUBSET / SUPERSET and skips disjoint clusters', () => {
    const c = (id: string, itemIds: string[]) => ({
      id,
      itemIds,
      size: itemIds.length,
      isMaximal: true,
      isMaximum: false,
      ruleEvaluations: [],
    });
    expect(
      clusterRelationships([c('big', ['a', 'b', 'c']), c('small', ['b', 'c']), c('far', ['z'])]),
    ).toEqual([
      {
        clusterId: 'big',
        relatedClusterId: 'small',
        relationshipType: 'SUPERSET',
        sharedItems: ['b', 'c'],
        overlapSize: 2,
      },
      {
        clusterId: 'small',
        relatedClusterId: 'big',
        relationshipType: 'SUBSET',
        sharedItems: ['b', 'c'],
        overlapSize: 2,
      },
    ]);
  });
});
