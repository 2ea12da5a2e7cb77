import type { ClusterCondition } from '../../../../src/engine/conditions/ast';
import { evaluateClusterCondition, evaluateClusterRules } from '../../../../src/engine/clusters';
import { rule } from './helpers';

const members = {
  ids: ['a', 'b'],
  attributes: [
    { season: 'summer', formality: 3 },
    { season: 'summer', formality: 4 },
  ],
};
const T: ClusterCondition = { op: 'min_cluster_size', n: 1 };
const F: ClusterCondition = { op: 'min_cluster_size', n: 5 };
const evalC = (c: ClusterCondition) => evaluateClusterCondition(c, members);

describe('evaluateClusterCondition combinators', () => {
  it('all: every child true; reports the first false child', () => {
    expect(evalC({ op: 'all', children: [T, T] })).toEqual({
      passed: true,
      reason: 'Cluster size 2 >= 1; Cluster size 2 >= 1',
    });
    expect(
      evalC({ op: 'all', children: [T, F, { op: 'unique_values', field: 'season' }] }),
    ).toEqual({
      passed: false,
      reason: 'Cluster size 2 < 5',
    });
  });
  it('any (and its alias or): first true child; all reasons when none', () => {
    expect(evalC({ op: 'any', children: [F, T] })).toEqual({
      passed: true,
      reason: 'Cluster size 2 >= 1',
    });
    expect(
      evalC({
        op: 'any',
        children: [
          { op: 'unique_values', field: 'season' },
          { op: 'has_item_with', field: 'season', value: 'all_season' },
        ],
      }),
    ).toEqual({
      passed: false,
      reason: 'Duplicate season values: summer; No item has season = all_season',
    });
  });
  it('empty all / any are false', () => {
    expect(evalC({ op: 'all', children: [] }).passed).toBe(false);
    expect(evalC({ op: 'any', children: [] }).passed).toBe(false);
  });
  it('not negates; a missing child is false', () => {
    expect(evalC({ op: 'not', child: F })).toEqual({
      passed: true,
      reason: 'NOT (Cluster size 2 < 5)',
    });
    expect(evalC({ op: 'not', child: null }).passed).toBe(false);
    expect(evalC({ op: 'not', child: { op: 'not', child: null } }).passed).toBe(true);
  });
  it('an invalid node is false with its reason', () => {
    expect(evalC({ op: 'invalid', reason: "'equals' requires 'field'" })).toEqual({
      passed: false,
      reason: "Invalid condition: 'equals' requires 'field'",
    });
  });
});

describe('evaluateClusterRules', () => {
  it('lists every enabled rule, exclusions first, then requirements; exclusions pass when their condition is false', () => {
    const v = evaluateClusterRules(
      [
        rule('needs_two', 'requirement', { op: 'min_cluster_size', n: 2 }),
        rule('off', 'requirement', F, false),
        rule('too_big', 'exclusion', { op: 'not', child: { op: 'max_cluster_size', n: 10 } }),
        rule('formal', 'requirement', { op: 'formality_range', maxDiff: 0 }),
      ],
      members,
    );
    expect(v.evaluations).toEqual([
      { ruleName: 'too_big', passed: true, reason: 'NOT (Cluster size 2 <= 10)' },
      { ruleName: 'needs_two', passed: true, reason: 'Cluster size 2 >= 2' },
      { ruleName: 'formal', passed: false, reason: 'Formality range 1 (3..4) > 0' },
    ]);
    expect(v.passed).toBe(false);
  });
  it('passes with no rules', () => {
    expect(evaluateClusterRules([], members)).toEqual({ passed: true, evaluations: [] });
  });
});
