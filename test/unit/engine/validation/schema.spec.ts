import { validateSchemaDef } from '../../../../src/engine/validation';

const base = { name: 's', version: '1.0.0', dimensions: [] as unknown[] };
const withDims = (...dimensions: unknown[]) =>
  validateSchemaDef({ ...base, dimensions }, 'schemas[0]');
const errs = (...dims: unknown[]) => withDims(...dims).errors.map(e => [e.path, e.code]);
const D = 'schemas[0].dimensions';

describe('validateSchemaDef', () => {
  it('accepts all seven types with their settings', () => {
    const r = withDims(
      { name: 's', type: 'string', required: true },
      { name: 'i', type: 'integer', required: false, min: 1, max: 5 },
      { name: 'f', type: 'float', required: false, min: -1.5, max: 1.5 },
      { name: 'b', type: 'boolean', required: false },
      { name: 'e', type: 'enum', required: false, values: ['a', 'b'] },
      { name: 'l', type: 'list', required: false, itemType: 'integer' },
      { name: 'p', type: 'part_layer_list', required: false, partVocabulary: ['head'] },
      { name: 'q', type: 'part_layer_list', required: false },
      { name: 'eq', type: 'integer', required: false, min: 3, max: 3 },
    );
    expect(r).toEqual({ errors: [], warnings: [] });
  });

  it('checks name and version', () => {
    const r = validateSchemaDef({ name: 'bad name', version: '1.0', dimensions: [] });
    expect(r.errors.map(e => [e.path, e.code])).toEqual([
      ['name', 'INVALID_NAME'],
      ['version', 'INVALID_VERSION'],
    ]);
  });

  it('refuses duplicate and malformed dimension names', () => {
    expect(
      errs(
        { name: 'a', type: 'string' },
        { name: 'a', type: 'boolean' },
        { name: 'b-c', type: 'string' },
        { name: '', type: 'string' },
      ),
    ).toEqual([
      [`${D}[1].name`, 'DUPLICATE_NAME'],
      [`${D}[2].name`, 'INVALID_NAME'],
      [`${D}[3].name`, 'INVALID_NAME'],
    ]);
  });

  it('refuses unknown or upper-case types', () => {
    expect(errs({ name: 'a', type: 'ENUM', values: ['x'] }, { name: 'b', type: 'date' })).toEqual([
      [`${D}[0].type`, 'INVALID_TYPE'],
      [`${D}[1].type`, 'INVALID_TYPE'],
    ]);
  });

  it('integer/float: min <= max, numeric bounds', () => {
    expect(errs({ name: 'a', type: 'integer', min: 5, max: 1 })).toEqual([
      [`${D}[0].min`, 'INVALID_SETTING'],
    ]);
    // as the original system: integer bounds may be any finite number
    expect(errs({ name: 'a', type: 'integer', min: 1.5, max: 2.5 })).toEqual([]);
    expect(errs({ name: 'a', type: 'integer', min: true })).toEqual([
      [`${D}[0].min`, 'INVALID_SETTING'],
    ]);
    expect(errs({ name: 'a', type: 'float', max: '3' })).toEqual([
      [`${D}[0].max`, 'INVALID_SETTING'],
    ]);
    expect(errs({ name: 'a', type: 'float', min: 2.5, max: 2.4 })).toEqual([
      [`${D}[0].min`, 'INVALID_SETTING'],
    ]);
  });

  it('enum: values required, non-empty list of strings (the empty string included)', () => {
    expect(errs({ name: 'a', type: 'enum' })).toEqual([[`${D}[0].values`, 'REQUIRED_MISSING']]);
    expect(errs({ name: 'a', type: 'enum', values: [] })).toEqual([
      [`${D}[0].values`, 'INVALID_SETTING'],
    ]);
    expect(errs({ name: 'a', type: 'enum', values: ['x', '', 3] })).toEqual([
      [`${D}[0].values[2]`, 'INVALID_SETTING'],
    ]);
    expect(
      withDims({ name: 'a', type: 'enum', values: ['x', 'x'] }).warnings.map(w => w.code),
    ).toEqual(['DUPLICATE_VALUE']);
  });

  it('list: item_type required and valid', () => {
    expect(errs({ name: 'a', type: 'list' })).toEqual([[`${D}[0].item_type`, 'REQUIRED_MISSING']]);
    expect(errs({ name: 'a', type: 'list', itemType: 'enum' })).toEqual([
      [`${D}[0].item_type`, 'INVALID_SETTING'],
    ]);
  });

  it('part_layer_list: part_vocabulary non-empty when given', () => {
    expect(errs({ name: 'a', type: 'part_layer_list', partVocabulary: [] })).toEqual([
      [`${D}[0].part_vocabulary`, 'INVALID_SETTING'],
    ]);
    expect(errs({ name: 'a', type: 'part_layer_list', partVocabulary: [1] })).toEqual([
      [`${D}[0].part_vocabulary[0]`, 'INVALID_SETTING'],
    ]);
  });

  it('warns about settings that do not belong to the type', () => {
    const r = withDims({ name: 'a', type: 'string', values: ['x'], min: 1, itemType: 'string' });
    expect(r.errors).toEqual([]);
    expect(r.warnings.map(w => [w.path, w.code])).toEqual([
      [`${D}[0].values`, 'IGNORED_SETTING'],
      [`${D}[0].min`, 'IGNORED_SETTING'],
      [`${D}[0].item_type`, 'IGNORED_SETTING'],
    ]);
  });

  it('names settings as in GraphQL input when asked', () => {
    const r = validateSchemaDef(
      { ...base, dimensions: [{ name: 'a', type: 'list' }] },
      '',
      'input',
    );
    expect(r.errors.map(e => e.path)).toEqual(['dimensions[0].itemType']);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 1, [], { dimensions: 'x' }, { dimensions: [null, 1, []] }]) {
      expect(validateSchemaDef(junk).errors.length).toBeGreaterThan(0);
    }
  });
});
