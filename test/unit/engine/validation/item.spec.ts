import type { SchemaDef } from '../../../../src/engine/model';
import { validateItem, validateItems } from '../../../../src/engine/validation';

const schema: SchemaDef = {
  name: 'all_types',
  version: '1.0.0',
  dimensions: [
    { name: 's', type: 'string', required: true },
    { name: 'i', type: 'integer', required: false, min: 1, max: 5 },
    { name: 'f', type: 'float', required: false, min: 0 },
    { name: 'b', type: 'boolean', required: false },
    { name: 'e', type: 'enum', required: false, values: ['red', 'blue'] },
    { name: 'l', type: 'list', required: false, itemType: 'integer' },
    { name: 'p', type: 'part_layer_list', required: false, partVocabulary: ['head', 'chest'] },
    { name: 'q', type: 'part_layer_list', required: false },
  ],
};
const check = (attributes: Record<string, unknown>) =>
  validateItem(schema, { id: 'it1', name: 'Item', attributes }, 'items[3]');
const paths = (attributes: Record<string, unknown>) => check(attributes).map(e => e.path);
const A = 'items[3].attributes';

describe('validateItem', () => {
  it('accepts valid values of all seven types; null counts as absent', () => {
    expect(
      check({
        s: 'x',
        i: 3,
        f: 2.5,
        b: false,
        e: 'red',
        l: [1, 2],
        p: [{ parts: ['head'], layer: 0 }],
        q: [{ parts: ['any'], layer: 1.5 }],
      }),
    ).toEqual([]);
    expect(check({ s: 'x', i: null, f: 0, l: [], p: [] })).toEqual([]);
    expect(check({ s: '', i: 1.0, f: 3 })).toEqual([]);
  });

  it('required: present and not null', () => {
    expect(check({})).toEqual([
      {
        path: `${A}.s`,
        code: 'REQUIRED_MISSING',
        message: `Item "it1": required attribute 's' (string) is missing`,
      },
    ]);
    expect(paths({ s: null })).toEqual([`${A}.s`]);
  });

  it('accepts an unknown attribute whose value is null: null counts as absent', () => {
    expect(check({ s: 'x', colour: null })).toEqual([]);
  });

  it('refuses unknown attributes', () => {
    expect(check({ s: 'x', colour: 'red' })).toEqual([
      {
        path: `${A}.colour`,
        code: 'UNKNOWN_ATTRIBUTE',
        message: `Item "it1": attribute 'colour' is not a dimension of schema 'all_types' (dimensions: s, i, f, b, e, l, p, q)`,
      },
    ]);
  });

  it('string', () =>
    expect(check({ s: 3 })[0].message).toBe(
      `Item "it1": attribute 's' must be a string, got number 3`,
    ));

  it('integer: not a boolean, not a fraction, within bounds', () => {
    expect(check({ s: 'x', i: true })[0].message).toBe(
      `Item "it1": attribute 'i' must be an integer between 1 and 5, got boolean true`,
    );
    expect(paths({ s: 'x', i: 2.5 })).toEqual([`${A}.i`]);
    expect(paths({ s: 'x', i: 0 })).toEqual([`${A}.i`]);
    expect(paths({ s: 'x', i: 6 })).toEqual([`${A}.i`]);
    expect(paths({ s: 'x', i: '3' })).toEqual([`${A}.i`]);
  });

  it('float: a number (integer or not), not a boolean, within bounds', () => {
    expect(check({ s: 'x', f: 1 })).toEqual([]);
    expect(check({ s: 'x', f: false })[0].message).toBe(
      `Item "it1": attribute 'f' must be a number >= 0, got boolean false`,
    );
    expect(paths({ s: 'x', f: -0.5 })).toEqual([`${A}.f`]);
    expect(paths({ s: 'x', f: '1.5' })).toEqual([`${A}.f`]);
  });

  it('boolean', () => {
    expect(check({ s: 'x', b: 0 })[0].message).toBe(
      `Item "it1": attribute 'b' must be true or false, got number 0`,
    );
    expect(paths({ s: 'x', b: 'true' })).toEqual([`${A}.b`]);
  });

  it('enum', () => {
    expect(check({ s: 'x', e: 'green' })[0].message).toBe(
      `Item "it1": attribute 'e' must be one of "red", "blue", got string "green"`,
    );
    expect(paths({ s: 'x', e: ['red'] })).toEqual([`${A}.e`]);
  });

  it('list: an array whose elements all have item_type, each bad element reported', () => {
    expect(paths({ s: 'x', l: 1 })).toEqual([`${A}.l`]);
    expect(check({ s: 'x', l: [1, 'two', true, 2.5] }).map(e => [e.path, e.message])).toEqual([
      [`${A}.l[1]`, `Item "it1": attribute 'l[1]' must be an integer, got string "two"`],
      [`${A}.l[2]`, `Item "it1": attribute 'l[2]' must be an integer, got boolean true`],
      [`${A}.l[3]`, `Item "it1": attribute 'l[3]' must be an integer, got number 2.5`],
    ]);
  });

  it('part_layer_list: objects {parts, layer >= 0}, parts in the vocabulary', () => {
    expect(paths({ s: 'x', p: { parts: ['head'], layer: 1 } })).toEqual([`${A}.p`]);
    expect(
      paths({
        s: 'x',
        p: [
          null,
          { parts: 'head', layer: 1 },
          { parts: ['head', 'toe', 3], layer: -1 },
          { parts: ['chest'] },
        ],
      }),
    ).toEqual([
      `${A}.p[0]`,
      `${A}.p[1].parts`,
      `${A}.p[2].parts[1]`,
      `${A}.p[2].parts[2]`,
      `${A}.p[2].layer`,
      `${A}.p[3].layer`,
    ]);
    expect(check({ s: 'x', p: [{ parts: ['toe'], layer: 1 }] })[0].message).toBe(
      `Item "it1": attribute 'p[0].parts[0]' must be a part of the vocabulary (head, chest), got string "toe"`,
    );
    expect(paths({ s: 'x', q: [{ parts: ['anything'], layer: true }] })).toEqual([
      `${A}.q[0].layer`,
    ]);
  });

  it('reports every error at once, with id, name and attributes shape', () => {
    const r = validateItem(
      schema,
      { id: '', name: 5, attributes: { i: 9, zz: 1 }, metadata: [] },
      'items[0]',
    );
    expect(r.map(e => [e.path, e.code])).toEqual([
      ['items[0].id', 'INVALID_ID'],
      ['items[0].name', 'INVALID_VALUE'],
      ['items[0].metadata', 'INVALID_VALUE'],
      ['items[0].attributes.s', 'REQUIRED_MISSING'],
      ['items[0].attributes.i', 'INVALID_VALUE'],
      ['items[0].attributes.zz', 'UNKNOWN_ATTRIBUTE'],
    ]);
    expect(validateItem(schema, { id: 'a', name: 'a', attributes: [] }).map(e => e.path)).toEqual([
      'attributes',
    ]);
    expect(validateItem(schema, null)[0].code).toBe('INVALID_ITEM');
  });

  it('refuses an empty or blank name, as the original system', () => {
    for (const name of ['', '  ', '\t\n']) {
      expect(
        validateItem(schema, { id: 'a', name, attributes: { s: 'x' } }).map(e => [e.path, e.code]),
      ).toEqual([['name', 'INVALID_VALUE']]);
    }
    expect(validateItem(schema, { id: 'a', name: ' a ', attributes: { s: 'x' } })).toEqual([]);
  });
});

describe('validateItems', () => {
  it('refuses duplicate ids within the list and against existing ones', () => {
    const items = [
      { id: 'a', name: 'A', attributes: { s: 'x' } },
      { id: 'b', name: 'B', attributes: { s: 'x' } },
      { id: 'a', name: 'A2', attributes: { s: 'x' } },
    ];
    expect(
      validateItems(schema, items, 'catalogs[0]', new Set(['b'])).map(e => [e.path, e.code]),
    ).toEqual([
      ['catalogs[0].items[1].id', 'DUPLICATE_ID'],
      ['catalogs[0].items[2].id', 'DUPLICATE_ID'],
    ]);
  });
});
