import { parsePairwiseCondition } from '../../../../src/engine/conditions/parse-pairwise';
import { SCHEMA } from '../helpers';

const parse = (c: unknown) => parsePairwiseCondition(c, 'rules[0].condition', SCHEMA);
const errs = (c: unknown) => parse(c).errors.map(e => [e.path, e.code]);
const warns = (c: unknown) => parse(c).warnings.map(e => [e.path, e.code]);
const P = 'rules[0].condition';

describe('pairwise leaf parsing', () => {
  it('parses every operator', () => {
    expect(parse({ equals: { field: 'category' } }).node).toEqual({
      op: 'equals',
      field: 'category',
    });
    expect(parse({ has_different: { field: 'label' } }).node).toEqual({
      op: 'has_different',
      field: 'label',
    });
    expect(parse({ abs_diff: { field: 'formality', max: 2 } }).node).toEqual({
      op: 'abs_diff',
      field: 'formality',
      max: 2,
    });
    expect(parse({ any_equals: { field: 'category', value: 'hat' } }).node).toEqual({
      op: 'any_equals',
      field: 'category',
      value: 'hat',
    });
    expect(parse({ any_missing: { field: 'weight' } }).node).toEqual({
      op: 'any_missing',
      field: 'weight',
    });
    expect(parse({ part_layer_conflict: { field: 'coverage' } }).node).toEqual({
      op: 'part_layer_conflict',
      field: 'coverage',
    });
    expect(parse({ all: [{ equals: { field: 'category' } }] }).errors).toEqual([]);
  });

  it.each([
    'equals',
    'has_different',
    'abs_diff',
    'any_equals',
    'any_missing',
    'part_layer_conflict',
  ])('%s requires field', op => {
    const r = parse({ [op]: op === 'abs_diff' ? { max: 1 } : {} });
    expect(r.errors.map(e => [e.path, e.code])).toEqual([
      [`${P}.${op}.field`, 'MISSING_CONFIG_KEY'],
    ]);
    expect(r.node).toEqual({ op: 'invalid', reason: `'${op}' requires 'field'` });
  });

  it('refuses a field of the wrong type or not in the schema', () => {
    expect(errs({ equals: { field: 3 } })).toEqual([[`${P}.equals.field`, 'INVALID_CONFIG']]);
    expect(errs({ equals: { field: '' } })).toEqual([[`${P}.equals.field`, 'INVALID_CONFIG']]);
    const unknown = parse({ any: [{ equals: { field: 'colour' } }] });
    expect(unknown.errors).toEqual([
      {
        path: `${P}.any[0].equals.field`,
        code: 'UNKNOWN_FIELD',
        message:
          "'equals.field': 'colour' is not a dimension of the schema (dimensions: category, label, formality, weight, flag, colors, coverage, meta)",
      },
    ]);
  });

  it('refuses a config that is not an object', () => {
    for (const bad of ['category', ['category'], null, 1]) {
      expect(errs({ equals: bad })).toEqual([[`${P}.equals`, 'INVALID_CONFIG']]);
    }
  });

  it('abs_diff requires a numeric max', () => {
    expect(errs({ abs_diff: { field: 'formality' } })).toEqual([
      [`${P}.abs_diff.max`, 'MISSING_CONFIG_KEY'],
    ]);
    expect(errs({ abs_diff: { field: 'formality', max: '2' } })).toEqual([
      [`${P}.abs_diff.max`, 'INVALID_CONFIG'],
    ]);
    expect(errs({ abs_diff: { field: 'formality', max: true } })).toEqual([
      [`${P}.abs_diff.max`, 'INVALID_CONFIG'],
    ]);
    expect(warns({ abs_diff: { field: 'formality', max: -1 } })).toEqual([
      [`${P}.abs_diff.max`, 'NEVER_TRUE'],
    ]);
  });

  it('any_equals without a value is accepted with a warning (it is never true)', () => {
    expect(parse({ any_equals: { field: 'category' } }).errors).toEqual([]);
    expect(warns({ any_equals: { field: 'category' } })).toEqual([
      [`${P}.any_equals.value`, 'NEVER_TRUE'],
    ]);
    expect(warns({ any_equals: { field: 'category', value: null } })).toEqual([
      [`${P}.any_equals.value`, 'NEVER_TRUE'],
    ]);
  });

  it('warns about unknown extra config keys and ignores them', () => {
    const r = parse({ equals: { field: 'category', max: 1, note: 'x' } });
    expect(r.errors).toEqual([]);
    expect(r.node).toEqual({ op: 'equals', field: 'category' });
    expect(r.warnings.map(w => [w.path, w.code])).toEqual([
      [`${P}.equals.max`, 'UNKNOWN_CONFIG_KEY'],
      [`${P}.equals.note`, 'UNKNOWN_CONFIG_KEY'],
    ]);
  });

  it('warns when a field type cannot fit the operator', () => {
    expect(warns({ abs_diff: { field: 'category', max: 1 } })).toEqual([
      [`${P}.abs_diff.field`, 'FIELD_TYPE_MISMATCH'],
    ]);
    expect(warns({ part_layer_conflict: { field: 'colors' } })).toEqual([
      [`${P}.part_layer_conflict.field`, 'FIELD_TYPE_MISMATCH'],
    ]);
  });

  it('skips field checks without a schema', () => {
    expect(parsePairwiseCondition({ equals: { field: 'anything' } }, 'c', null).errors).toEqual([]);
  });

  it('reports several errors of one condition, each with its path', () => {
    expect(
      errs({
        all: [{ equals: {} }, { abs_diff: { field: 'nope', max: 'x' } }, { not: {} }, { xor: [] }],
      }),
    ).toEqual([
      [`${P}.all[0].equals.field`, 'MISSING_CONFIG_KEY'],
      [`${P}.all[1].abs_diff.field`, 'UNKNOWN_FIELD'],
      [`${P}.all[1].abs_diff.max`, 'INVALID_CONFIG'],
      [`${P}.all[2].not`, 'MISSING_CONDITION'],
      [`${P}.all[3]`, 'UNKNOWN_OPERATOR'],
    ]);
  });
});
