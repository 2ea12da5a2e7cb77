import type { JsonObject } from '../../../../src/engine/model';
import { clusterCandidates, validateCluster } from '../../../../src/engine/clusters';
import { makeInput, rule } from './helpers';

// i0..i3; i1-i2 and i2-i3 incompatible.
const items: JsonObject[] = [{ season: 'summer' }, { season: 'winter' }, { season: 'summer' }, {}];
const input = makeInput(
  items,
  [
    rule('two', 'requirement', { op: 'min_cluster_size', n: 2 }),
    rule('off', 'exclusion', { op: 'min_cluster_size', n: 0 }, false),
    rule('seasons', 'requirement', { op: 'unique_values', field: 'season' }),
  ],
  (i, j) => !((i === 1 && j === 2) || (i === 2 && j === 3)),
);

describe('validateCluster', () => {
  it('is valid when pairwise compatible and passing the rules', () => {
    const v = validateCluster(input, [3, 0, 1]);
    expect(v).toEqual({
      itemIds: ['i3', 'i0', 'i1'],
      valid: true,
      pairwiseCompatible: true,
      incompatiblePairs: [],
      ruleEvaluations: [
        { ruleName: 'two', passed: true, reason: 'Cluster size 3 >= 2' },
        { ruleName: 'seasons', passed: true, reason: 'All 2 season values are unique' },
      ],
    });
  });
  it('reports every incompatible pair (request order, item1 given first) and failed rules', () => {
    const v = validateCluster(input, [3, 2, 1, 0]);
    expect(v.valid).toBe(false);
    expect(v.pairwiseCompatible).toBe(false);
    expect(v.incompatiblePairs.map(p => [p.item1Id, p.item2Id])).toEqual([
      ['i3', 'i2'],
      ['i2', 'i1'],
    ]);
    expect(v.ruleEvaluations[1]).toEqual({
      ruleName: 'seasons',
      passed: false,
      reason: 'Duplicate season values: summer',
    });
  });
  it('counts duplicates once and ignores positions outside the catalog', () => {
    expect(validateCluster(input, [0, 0, 1, 99, -1, 1.5]).itemIds).toEqual(['i0', 'i1']);
  });
  it('judges the empty set by the rules (no error)', () => {
    const v = validateCluster(input, []);
    expect(v).toMatchObject({
      itemIds: [],
      valid: false,
      pairwiseCompatible: true,
      incompatiblePairs: [],
    });
    expect(v.ruleEvaluations[0]).toEqual({
      ruleName: 'two',
      passed: false,
      reason: 'Cluster size 0 < 2',
    });
  });
  it('a pair is never valid when the rules are not met even if compatible', () => {
    expect(validateCluster(input, [0, 2])).toMatchObject({
      valid: false,
      pairwiseCompatible: true,
    });
  });
});

describe('clusterCandidates', () => {
  it('by default tries every item outside the base, in catalog order', () => {
    const r = clusterCandidates(input, [1]);
    expect(r.base).toMatchObject({ itemIds: ['i1'], valid: false });
    expect(r.candidates.map(c => [c.itemId, c.pairwiseCompatible, c.validIfAdded.valid])).toEqual([
      ['i0', true, true],
      ['i2', false, false],
      ['i3', true, true],
    ]);
    expect(r.candidates[1].validIfAdded.incompatiblePairs.map(p => [p.item1Id, p.item2Id])).toEqual(
      [['i1', 'i2']],
    );
  });
  it('answers for base + candidate as validateCluster does (candidate last)', () => {
    const r = clusterCandidates(input, [3, 1], [2]);
    expect(r.candidates[0].validIfAdded).toEqual(validateCluster(input, [3, 1, 2]));
    expect(r.candidates[0].validIfAdded.incompatiblePairs.map(p => [p.item1Id, p.item2Id])).toEqual(
      [
        ['i3', 'i2'],
        ['i1', 'i2'],
      ],
    );
  });
  it('judges a candidate already in the base against the other base items', () => {
    const r = clusterCandidates(input, [0, 2], [2, 2, 1]);
    expect(r.candidates.map(c => c.itemId)).toEqual(['i2', 'i1']);
    expect(r.candidates[0]).toMatchObject({
      pairwiseCompatible: true,
      validIfAdded: { itemIds: ['i0', 'i2'] },
    });
    expect(r.candidates[1].pairwiseCompatible).toBe(false);
  });
  it('with an empty base, every candidate is pairwise compatible', () => {
    const r = clusterCandidates(input, []);
    expect(r.candidates.every(c => c.pairwiseCompatible)).toBe(true);
    expect(r.candidates[0].validIfAdded.ruleEvaluations[0].passed).toBe(false);
  });
});
