import {
  checkDimensionName,
  checkItemId,
  checkResourceName,
  checkRuleName,
  checkVersion,
} from '../../../../src/engine/validation';

describe('checkResourceName', () => {
  it.each(['a', 'my_wardrobe', 'Wardrobe-2', 'x'.repeat(100), '0', '-_-'])('accepts %s', name => {
    expect(checkResourceName(name)).toBeNull();
  });
  it.each([
    '',
    '..',
    '../etc',
    'a/b',
    'a\\b',
    'a b',
    'a\u0000',
    'caf\u00e9',
    '\u0430dmin',
    'x'.repeat(101),
    'a.b',
    ' a',
  ])('refuses %j with a clear message', name => {
    expect(checkResourceName(name)).toMatch(/^Invalid name .*1-100 characters of A-Z a-z 0-9 _ -/);
  });
  it('refuses non-strings', () => {
    expect(checkResourceName(3)).toMatch(/must be a string/);
    expect(checkResourceName(null)).toMatch(/must be a string/);
  });
  it('shows control characters visibly', () => {
    expect(checkResourceName('a\u0000')).toContain('"a\\u0000"');
    expect(checkResourceName('')).toContain('is empty');
    expect(checkResourceName('x'.repeat(101))).toContain('has 101 characters');
  });
});

describe('checkItemId', () => {
  it.each(['a', 'shirt_001', 'id with spaces', 'ünïcödé ✓', 'x'.repeat(255), '😀'.repeat(255)])(
    'accepts %s',
    id => {
      expect(checkItemId(id)).toBeNull();
    },
  );
  it.each([
    '',
    'x'.repeat(256),
    'a\nb',
    'tab\there',
    'nul\u0000',
    'zw\u200bsp',
    'nb\u00a0sp',
    3,
    null,
  ])('refuses %j', id => {
    expect(checkItemId(id)).not.toBeNull();
  });
});

describe('checkVersion', () => {
  it.each(['1.0.0', '0.0.0', '10.20.30', '01.0.0'])('accepts %s', v =>
    expect(checkVersion(v)).toBeNull(),
  );
  it.each([
    '1.0',
    '1.0.0.0',
    'v1.0.0',
    '1.0.0-beta',
    '-1.0.0',
    '1..0',
    '',
    'a.b.c',
    ' 1.0.0',
    '1.0.0 ',
    1,
  ])('refuses %j', v => {
    expect(checkVersion(v)).toMatch(/three dot-separated non-negative integers/);
  });
});

describe('dimension and rule names', () => {
  it('dimension names: letters, digits, _', () => {
    for (const ok of ['a', 'coverage_layers', 'x1', '_', 'größe'])
      expect(checkDimensionName(ok)).toBeNull();
    for (const bad of ['', 'a-b', 'a b', 'a.b', 3]) expect(checkDimensionName(bad)).not.toBeNull();
  });
  it('rule names: letters, digits, _, -', () => {
    for (const ok of ['same_category_exclusion', 'rule-1', 'R'])
      expect(checkRuleName(ok)).toBeNull();
    for (const bad of ['', 'a b', 'a.b', 'a/b', null]) expect(checkRuleName(bad)).not.toBeNull();
  });
});
