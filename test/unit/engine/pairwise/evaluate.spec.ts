import {
  compileRuleSet,
  decodeCursor,
  encodeCursor,
  evaluateItem,
  evaluatePair,
  explainPair,
  matrixPage,
  matrixSummary,
  pairAt,
  prepareCatalog,
} from '../../../../src/engine';
import { SCHEMA, item, prepared, rule } from '../helpers';

const ITEMS = [
  item('s1', { category: 'shirt', formality: 2 }),
  item('s2', { category: 'shirt', formality: 5 }),
  item('p1', { category: 'pants', formality: 2 }),
  item('h1', { category: 'hat' }),
];
const RULES = [
  rule('formality_close', 'requirement', {
    or: [{ any_missing: { field: 'formality' } }, { abs_diff: { field: 'formality', max: 2 } }],
  }),
  rule('same_category', 'exclusion', { equals: { field: 'category' } }),
  rule('disabled_one', 'exclusion', { any_missing: { field: 'category' } }, false),
  rule('no_label', 'requirement', { not: { any_equals: { field: 'label', value: 'x' } } }),
];

describe('evaluatePair', () => {
  const p = prepared(RULES, ITEMS);

  it('lists every enabled rule, exclusions first, then requirements, each in rule-set order', () => {
    const r = evaluatePair(p, 0, 1);
    expect(r).toEqual({
      item1Id: 's1',
      item2Id: 's2',
      compatible: false,
      rulesEvaluated: [
        { ruleName: 'same_category', passed: false, reason: 'Both items have category = shirt' },
        {
          ruleName: 'formality_close',
          passed: false,
          reason: 'Both items have formality; formality differs by 3 (max 2)',
        },
        {
          ruleName: 'no_label',
          passed: true,
          reason: 'NOT (Neither item has label = x (missing, missing))',
        },
      ],
    });
  });

  it('is compatible when every exclusion is false and every requirement true', () => {
    const r = evaluatePair(p, 0, 2);
    expect(r.compatible).toBe(true);
    expect(r.rulesEvaluated.map(e => e.passed)).toEqual([true, true, true]);
    expect(evaluatePair(p, 2, 3).rulesEvaluated[1].reason).toBe('formality is missing on item2');
  });

  it('an empty rule set makes every pair compatible', () => {
    const q = prepared([], ITEMS);
    expect(evaluatePair(q, 0, 1)).toEqual({
      item1Id: 's1',
      item2Id: 's2',
      compatible: true,
      rulesEvaluated: [],
    });
    expect(matrixSummary(q).compatiblePairs).toBe(6);
  });

  it('explainPair works from ids and answers null for unknown ones', () => {
    expect(explainPair(p, 'p1', 's1')?.item1Id).toBe('p1');
    expect(explainPair(p, 'p1', 'nope')).toBeNull();
  });

  it('a broken rule evaluates to false with its reason; compileRuleSet reports it', () => {
    const compiled = compileRuleSet(SCHEMA, [
      rule('broken', 'requirement', { equals: {} }),
      rule('odd', 'exclusion', { equals: { field: 'nope' } }),
    ]);
    expect(compiled.errors.map(e => [e.path, e.code])).toEqual([
      ['rules[0].condition.equals.field', 'MISSING_CONFIG_KEY'],
      ['rules[1].condition.equals.field', 'UNKNOWN_FIELD'],
    ]);
    const r = evaluatePair(prepareCatalog(compiled, ITEMS), 0, 1);
    expect(r.rulesEvaluated).toEqual([
      { ruleName: 'odd', passed: true, reason: 'nope is missing on both items' },
      { ruleName: 'broken', passed: false, reason: "Invalid condition: 'equals' requires 'field'" },
    ]);
  });
});

describe('evaluateItem', () => {
  const p = prepared(RULES, ITEMS);
  it('counts compatible and incompatible items (itself excluded)', () => {
    const ev = evaluateItem(p, 0);
    expect([ev.itemId, ev.compatibleCount, ev.incompatibleCount]).toEqual(['s1', 2, 1]);
    const page = ev.page({ first: 10, compatible: true });
    expect(page.results.map(r => r.item2Id)).toEqual(['p1', 'h1']);
    expect(page.totalCount).toBe(2);
    expect(page.hasNextPage).toBe(false);
  });
  it('pages with cursors and refuses a cursor of another kind', () => {
    const ev = evaluateItem(p, 1);
    const first = ev.page({ first: 1 });
    expect(first.results.map(r => r.item2Id)).toEqual(['s1']);
    expect(first.hasNextPage).toBe(true);
    const second = ev.page({ first: 5, after: first.endCursor });
    expect(second.results.map(r => r.item2Id)).toEqual(['p1', 'h1']);
    expect(ev.page({ first: 5, after: encodeCursor('pair', 0) }).error).toBe('Invalid cursor');
  });
});

describe('matrix', () => {
  const p = prepared(RULES, ITEMS);

  it('summarizes every unordered pair', () => {
    expect(matrixSummary(p)).toEqual({
      totalPairs: 6,
      compatiblePairs: 4,
      incompatiblePairs: 2,
      compatibilityRate: 4 / 6,
    });
  });

  it('has no pairs below two items (not an error)', () => {
    for (const its of [[], [ITEMS[0]]]) {
      const q = prepared(RULES, its);
      expect(matrixSummary(q)).toEqual({
        totalPairs: 0,
        compatiblePairs: 0,
        incompatiblePairs: 0,
        compatibilityRate: 0,
      });
      expect(matrixPage(q, { first: 10 })).toEqual({
        results: [],
        cursors: [],
        hasNextPage: false,
        endCursor: null,
        totalCount: 0,
      });
    }
  });

  it('pages in pair order with opaque cursors', () => {
    const page = matrixPage(p, { first: 2 });
    expect(page.results.map(r => `${r.item1Id}-${r.item2Id}`)).toEqual(['s1-s2', 's1-p1']);
    expect(page.endCursor).not.toContain('1');
    expect(decodeCursor(page.endCursor as string, 'pair')).toBe(1);
    const rest = matrixPage(p, { first: 10, after: page.endCursor });
    expect(rest.results.map(r => `${r.item1Id}-${r.item2Id}`)).toEqual([
      's1-h1',
      's2-p1',
      's2-h1',
      'p1-h1',
    ]);
    expect(rest.hasNextPage).toBe(false);
    expect(matrixPage(p, { first: 0 })).toMatchObject({
      results: [],
      hasNextPage: true,
      endCursor: null,
    });
  });

  it('filters by compatible', () => {
    const bad = matrixPage(p, { first: 10, compatible: false });
    expect(bad.results.map(r => `${r.item1Id}-${r.item2Id}`)).toEqual(['s1-s2', 's2-p1']);
    expect(bad.totalCount).toBe(2);
  });

  it('refuses malformed cursors without throwing', () => {
    for (const after of [
      '%%%',
      'abc',
      encodeCursor('item', 1),
      encodeCursor('pair', 99),
      btoa('pair:-1'),
      btoa('pair:1e3'),
    ]) {
      expect(matrixPage(p, { first: 5, after })).toMatchObject({
        results: [],
        error: 'Invalid cursor',
        totalCount: 6,
      });
    }
  });

  it('pages correctly without the cached bitset (catalogs above the cache limit)', () => {
    const q = prepared(RULES, ITEMS);
    q.matrix = { bits: null, compatible: matrixSummary(p).compatiblePairs };
    const all = matrixPage(p, { first: 10, compatible: true }).results;
    expect(matrixPage(q, { first: 10, compatible: true }).results).toEqual(all);
  });

  it('maps pair indices to (i, j) row by row', () => {
    const n = 7;
    let k = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) expect(pairAt(n, k++)).toEqual([i, j]);
  });
});
