import type { ClusterLeaf } from '../../../../src/engine/conditions/ast';
import { evaluateClusterLeaf } from '../../../../src/engine/clusters';
import type { JsonObject } from '../../../../src/engine/model';

const set = (...attributes: JsonObject[]) => ({
  ids: attributes.map((_, i) => `it${i}`),
  attributes,
});
const run = (leaf: ClusterLeaf, ...attributes: JsonObject[]) =>
  evaluateClusterLeaf(leaf, set(...attributes));

describe('min_cluster_size / max_cluster_size', () => {
  it('compares the set size, inclusively', () => {
    expect(run({ op: 'min_cluster_size', n: 2 }, {}, {})).toEqual({
      passed: true,
      reason: 'Cluster size 2 >= 2',
    });
    expect(run({ op: 'min_cluster_size', n: 3 }, {}, {})).toEqual({
      passed: false,
      reason: 'Cluster size 2 < 3',
    });
    expect(run({ op: 'max_cluster_size', n: 2 }, {}, {})).toEqual({
      passed: true,
      reason: 'Cluster size 2 <= 2',
    });
    expect(run({ op: 'max_cluster_size', n: 1 }, {}, {})).toEqual({
      passed: false,
      reason: 'Cluster size 2 > 1',
    });
  });
  it('handles the empty set', () => {
    expect(run({ op: 'min_cluster_size', n: 0 }).passed).toBe(true);
    expect(run({ op: 'max_cluster_size', n: 0 }).passed).toBe(true);
  });
});

describe('unique_values', () => {
  const leaf: ClusterLeaf = { op: 'unique_values', field: 'season' };
  it('is true when present values are pairwise distinct, ignoring missing ones', () => {
    expect(run(leaf, { season: 'summer' }, { season: 'winter' }, {}, { season: null })).toEqual({
      passed: true,
      reason: 'All 2 season values are unique',
    });
  });
  it('is true when no value is present', () => {
    expect(run(leaf, {}, { season: null })).toEqual({
      passed: true,
      reason: 'No season values present',
    });
  });
  it('lists the duplicated values', () => {
    const v = run(
      leaf,
      { season: 'summer' },
      { season: 'winter' },
      { season: 'summer' },
      { season: 'winter' },
    );
    expect(v).toEqual({ passed: false, reason: 'Duplicate season values: summer, winter' });
  });
  it('uses deep equality: 1 equals 1.0, arrays in order, objects key-wise', () => {
    expect(run({ op: 'unique_values', field: 'x' }, { x: 1 }, { x: 1.0 }).passed).toBe(false);
    expect(run({ op: 'unique_values', field: 'x' }, { x: [1, 2] }, { x: [1, 2] }).passed).toBe(
      false,
    );
    expect(run({ op: 'unique_values', field: 'x' }, { x: [1, 2] }, { x: [2, 1] }).passed).toBe(
      true,
    );
    expect(
      run({ op: 'unique_values', field: 'x' }, { x: { a: 1, b: 2 } }, { x: { b: 2, a: 1 } }).passed,
    ).toBe(false);
    expect(run({ op: 'unique_values', field: 'x' }, { x: 1 }, { x: '1' }).passed).toBe(true);
    expect(run({ op: 'unique_values', field: 'x' }, { x: 1 }, { x: true }).passed).toBe(true);
  });
});

describe('has_item_with', () => {
  it('names the first item whose value deeply equals the value', () => {
    const leaf: ClusterLeaf = { op: 'has_item_with', field: 'season', value: 'all_season' };
    expect(run(leaf, { season: 'summer' }, { season: 'all_season' })).toEqual({
      passed: true,
      reason: 'Item it1 has season = all_season',
    });
    expect(run(leaf, { season: 'summer' }, {})).toEqual({
      passed: false,
      reason: 'No item has season = all_season',
    });
  });
  it('compares deeply and never matches a null value', () => {
    expect(
      run({ op: 'has_item_with', field: 'c', value: ['a', 'b'] }, { c: ['a', 'b'] }).passed,
    ).toBe(true);
    expect(run({ op: 'has_item_with', field: 'c', value: 2 }, { c: 2.0 }).passed).toBe(true);
    expect(run({ op: 'has_item_with', field: 'c', value: null }, { c: null }, {}).passed).toBe(
      false,
    );
  });
  it('is false on the empty set', () => {
    expect(run({ op: 'has_item_with', field: 'c', value: 1 }).passed).toBe(false);
  });
  it('uses the pairwise equality: key order ignored, a `__proto__` key is a plain key', () => {
    const parsed = (json: string) => JSON.parse(json) as JsonObject;
    const value = parsed('{"__proto__": {"x": 1}, "a": 1}');
    const leaf: ClusterLeaf = { op: 'has_item_with', field: 'c', value };
    expect(run(leaf, { c: parsed('{"a": 1, "__proto__": {"x": 1}}') }).passed).toBe(true);
    expect(run(leaf, { c: parsed('{"a": 1, "__proto__": {"x": 2}}') }).passed).toBe(false);
    expect(run(leaf, { c: { a: 1 } }).passed).toBe(false);
  });
});

describe('count_by_field', () => {
  const zones: JsonObject[] = [
    { zone: 'torso' },
    { zone: 'legs' },
    { zone: 'torso' },
    {},
    { zone: null },
  ];
  it('counts distinct present values within [min, max]', () => {
    expect(run({ op: 'count_by_field', field: 'zone', min: 2 }, ...zones)).toEqual({
      passed: true,
      reason: '2 distinct zone values (torso, legs) >= 2',
    });
    expect(run({ op: 'count_by_field', field: 'zone', min: 3 }, ...zones)).toEqual({
      passed: false,
      reason: '2 distinct zone values (torso, legs), need >= 3',
    });
    expect(run({ op: 'count_by_field', field: 'zone', max: 1 }, ...zones).passed).toBe(false);
    expect(run({ op: 'count_by_field', field: 'zone', min: 1, max: 2 }, ...zones).reason).toBe(
      '2 distinct zone values (torso, legs) in [1, 2]',
    );
  });
  it('is false when no value is present, whatever the bounds', () => {
    expect(run({ op: 'count_by_field', field: 'zone', max: 3 }, {}, { zone: null })).toEqual({
      passed: false,
      reason: 'No zone values present',
    });
    expect(run({ op: 'count_by_field', field: 'zone', min: 0 }).passed).toBe(false);
  });
  it('is true with no bounds as soon as a value is present', () => {
    expect(run({ op: 'count_by_field', field: 'zone' }, { zone: 'x' })).toEqual({
      passed: true,
      reason: '1 distinct zone value (x) with no bounds',
    });
  });
  it('counts deeply equal values once', () => {
    expect(
      run({ op: 'count_by_field', field: 'v', max: 1 }, { v: 1 }, { v: 1.0 }, { v: 1 }).passed,
    ).toBe(true);
    expect(
      run({ op: 'count_by_field', field: 'v', max: 1 }, { v: { a: [1] } }, { v: { a: [1] } })
        .passed,
    ).toBe(true);
  });
});

describe('formality_range', () => {
  it('compares max - min of the present numeric values with max_diff', () => {
    expect(
      run({ op: 'formality_range', maxDiff: 1 }, { formality: 3 }, { formality: 4 }, {}),
    ).toEqual({
      passed: true,
      reason: 'Formality range 1 (3..4) <= 1',
    });
    expect(run({ op: 'formality_range', maxDiff: 1 }, { formality: 2 }, { formality: 4 })).toEqual({
      passed: false,
      reason: 'Formality range 2 (2..4) > 1',
    });
  });
  it('is true when no formality is present', () => {
    expect(run({ op: 'formality_range', maxDiff: 0 }, {}, { formality: null })).toEqual({
      passed: true,
      reason: 'No formality values present',
    });
  });
  it('is false as soon as a present value is not numeric', () => {
    expect(
      run({ op: 'formality_range', maxDiff: 5 }, { formality: 3 }, { formality: 'high' }),
    ).toEqual({
      passed: false,
      reason: 'Non-numeric formality value on item it1: "high"',
    });
    expect(run({ op: 'formality_range', maxDiff: 5 }, { formality: true }).passed).toBe(false);
    expect(run({ op: 'formality_range', maxDiff: 5 }, { formality: '3' }).passed).toBe(false);
  });
  it('handles non-integer values and a negative max_diff', () => {
    expect(
      run({ op: 'formality_range', maxDiff: 0.5 }, { formality: 2.5 }, { formality: 3 }).passed,
    ).toBe(true);
    expect(run({ op: 'formality_range', maxDiff: -1 }, { formality: 3 }).passed).toBe(false);
    expect(run({ op: 'formality_range', maxDiff: -1 }, {}).passed).toBe(true);
  });
  it('reads only the formality field', () => {
    expect(run({ op: 'formality_range', maxDiff: 0 }, { level: 1 }, { level: 5 }).passed).toBe(
      true,
    );
  });
});
