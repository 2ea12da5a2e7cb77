import { verdict } from '../helpers';

describe('equals', () => {
  const eq = { equals: { field: 'x' } };
  it('is true for deeply equal present values', () => {
    expect(verdict(eq, { x: 'shirt' }, { x: 'shirt' })).toEqual({
      value: true,
      reason: 'Both items have x = shirt',
    });
    expect(verdict(eq, { x: 1 }, { x: 1.0 }).value).toBe(true);
    expect(verdict(eq, { x: [1, 'a', [true]] }, { x: [1.0, 'a', [true]] }).value).toBe(true);
    expect(verdict(eq, { x: { a: 1, b: [2] } }, { x: { b: [2], a: 1 } }).value).toBe(true);
    expect(verdict(eq, { x: 0 }, { x: -0 }).value).toBe(true);
  });
  it('is false for different values, with both shown', () => {
    expect(verdict(eq, { x: 'shirt' }, { x: 'pants' })).toEqual({
      value: false,
      reason: 'x differs: shirt vs pants',
    });
    expect(verdict(eq, { x: [1, 2] }, { x: [2, 1] }).value).toBe(false);
    expect(verdict(eq, { x: [1, 2] }, { x: [1, 2, 3] }).value).toBe(false);
    expect(verdict(eq, { x: { a: 1 } }, { x: { a: 1, b: null } }).value).toBe(false);
    expect(verdict(eq, { x: 1 }, { x: '1' }).value).toBe(false);
    expect(verdict(eq, { x: true }, { x: 1 }).value).toBe(false);
  });
  it('is false when missing or null on either side', () => {
    expect(verdict(eq, {}, { x: 1 })).toEqual({ value: false, reason: 'x is missing on item1' });
    expect(verdict(eq, { x: 1 }, { x: null })).toEqual({
      value: false,
      reason: 'x is missing on item2',
    });
    expect(verdict(eq, { x: null }, {})).toEqual({
      value: false,
      reason: 'x is missing on both items',
    });
  });
});

describe('has_different', () => {
  const hd = { has_different: { field: 'x' } };
  it('is true for different values and false for equal ones', () => {
    expect(verdict(hd, { x: 'a' }, { x: 'b' })).toEqual({
      value: true,
      reason: 'x differs: a vs b',
    });
    expect(verdict(hd, { x: 2 }, { x: 2.0 })).toEqual({
      value: false,
      reason: 'Both items have x = 2',
    });
    expect(verdict(hd, { x: [1, [2]] }, { x: [1, [2]] }).value).toBe(false);
  });
  it('is true when missing on either side (treated as different)', () => {
    expect(verdict(hd, {}, { x: 1 })).toEqual({
      value: true,
      reason: 'x is missing on item1 (treated as different)',
    });
    expect(verdict(hd, { x: null }, { x: null }).value).toBe(true);
  });
});

describe('abs_diff', () => {
  const ad = (max: number) => ({ abs_diff: { field: 'x', max } });
  it('compares the absolute difference with max (inclusive)', () => {
    expect(verdict(ad(2), { x: 1 }, { x: 3 })).toEqual({
      value: true,
      reason: 'x differs by 2 (max 2)',
    });
    expect(verdict(ad(2), { x: 5 }, { x: 2 })).toEqual({
      value: false,
      reason: 'x differs by 3 (max 2)',
    });
    expect(verdict(ad(0.5), { x: 1.25 }, { x: 1.75 }).value).toBe(true);
    expect(verdict(ad(0.3), { x: 0.1 }, { x: 0.4 }).reason).toBe('x differs by 0.3 (max 0.3)');
  });
  it('is false when missing or not numeric', () => {
    expect(verdict(ad(2), {}, { x: 1 })).toEqual({ value: false, reason: 'x is missing on item1' });
    expect(verdict(ad(2), { x: '1' }, { x: 1 })).toEqual({
      value: false,
      reason: 'x is not numeric on item1',
    });
    expect(verdict(ad(2), { x: true }, { x: 1 }).value).toBe(false);
    expect(verdict(ad(2), { x: [1] }, { x: [1] }).value).toBe(false);
  });
});

describe('any_equals', () => {
  const ae = (value: unknown) => ({ any_equals: { field: 'x', value } });
  it('is true when either item has the value (deep equality)', () => {
    expect(verdict(ae('all'), { x: 'all' }, { x: 'b' })).toEqual({
      value: true,
      reason: 'item1 has x = all',
    });
    expect(verdict(ae('all'), { x: 'a' }, { x: 'all' })).toEqual({
      value: true,
      reason: 'item2 has x = all',
    });
    expect(verdict(ae('all'), { x: 'all' }, { x: 'all' }).reason).toBe('Both items have x = all');
    expect(verdict(ae([1, { a: 2 }]), { x: [1.0, { a: 2 }] }, {}).value).toBe(true);
  });
  it('is false when neither has it', () => {
    expect(verdict(ae('all'), { x: 'a' }, {})).toEqual({
      value: false,
      reason: 'Neither item has x = all (a, missing)',
    });
    expect(verdict(ae(1), { x: '1' }, { x: true }).value).toBe(false);
  });
  it('is false when value is null or absent', () => {
    expect(verdict(ae(null), { x: null }, {}).value).toBe(false);
    expect(verdict({ any_equals: { field: 'x' } }, {}, {}).value).toBe(false);
  });
});

describe('any_missing', () => {
  const am = { any_missing: { field: 'x' } };
  it('is true when either item is missing the field (absent or null)', () => {
    expect(verdict(am, {}, { x: 1 })).toEqual({ value: true, reason: 'x is missing on item1' });
    expect(verdict(am, { x: 1 }, { x: null }).value).toBe(true);
    expect(verdict(am, { x: 0 }, { x: '' })).toEqual({ value: false, reason: 'Both items have x' });
    expect(verdict(am, { x: false }, { x: [] }).value).toBe(false);
  });
});

describe('combinators', () => {
  const T = { any_missing: { field: 'x' } };
  const F = { equals: { field: 'x' } };
  it('all: every sub-condition true; empty is false', () => {
    expect(verdict({ all: [T, T] }, {}, {}).value).toBe(true);
    expect(verdict({ all: [T, F] }, {}, {}).value).toBe(false);
    expect(verdict({ all: [] }, {}, {})).toEqual({
      value: false,
      reason: "'all' has no conditions (false)",
    });
  });
  it('any and its alias or: some sub-condition true; empty is false', () => {
    for (const op of ['any', 'or']) {
      expect(verdict({ [op]: [F, T] }, {}, {}).value).toBe(true);
      expect(verdict({ [op]: [F, F] }, {}, {}).value).toBe(false);
      expect(verdict({ [op]: [] }, {}, {}).value).toBe(false);
    }
  });
  it('not negates; a missing or empty sub-condition is false', () => {
    expect(verdict({ not: F }, {}, {})).toEqual({
      value: true,
      reason: 'NOT (x is missing on both items)',
    });
    expect(verdict({ not: T }, {}, {}).value).toBe(false);
    expect(verdict({ not: {} }, {}, {})).toEqual({
      value: false,
      reason: "'not' has no condition (false)",
    });
    expect(verdict({ not: null }, {}, {}).value).toBe(false);
    expect(verdict({ not: { not: {} } }, {}, {}).value).toBe(true);
  });
  it('explains all by its first false child and any by its first true child', () => {
    expect(verdict({ all: [T, F, T] }, {}, { x: 1 }).reason).toBe('x is missing on item1');
    expect(verdict({ any: [F, T] }, { x: 1 }, {}).reason).toBe('x is missing on item2');
    expect(verdict({ any: [F, F] }, { x: 1 }, { x: 2 }).reason).toBe(
      'x differs: 1 vs 2; x differs: 1 vs 2',
    );
  });
});

describe('invalid nodes', () => {
  it('evaluate to false with a reason saying what is missing', () => {
    expect(verdict({ equals: {} }, { x: 1 }, { x: 1 })).toEqual({
      value: false,
      reason: "Invalid condition: 'equals' requires 'field'",
    });
    expect(verdict({ abs_diff: { field: 'x' } }, { x: 1 }, { x: 1 })).toEqual({
      value: false,
      reason: "Invalid condition: 'abs_diff' requires 'max'",
    });
    expect(verdict({ nope: {} }, {}, {}).reason).toContain("Unknown operator 'nope'");
    expect(verdict({ all: [{ any_missing: { field: 'x' } }, { bogus: 1 }] }, {}, {}).value).toBe(
      false,
    );
  });
});
