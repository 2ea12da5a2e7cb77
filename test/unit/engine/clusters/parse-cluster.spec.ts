import {
  parseClusterCondition,
  parseClusterRules,
} from '../../../../src/engine/conditions/parse-cluster';
import type { SchemaDef } from '../../../../src/engine/model';

const schema: SchemaDef = {
  name: 's',
  version: '1.0.0',
  dimensions: [
    { name: 'season', type: 'enum', required: false, values: ['summer', 'all_season'] },
    { name: 'zone', type: 'string', required: true },
    { name: 'formality', type: 'integer', required: false },
  ],
};
const parse = (json: unknown, s: SchemaDef | null = schema) =>
  parseClusterCondition(json, s, 'rules[0].condition');

describe('parseClusterCondition', () => {
  it('parses size bounds given as an integer or {value}', () => {
    expect(parse({ min_cluster_size: 2 })).toEqual({
      node: { op: 'min_cluster_size', n: 2 },
      errors: [],
      warnings: [],
    });
    expect(parse({ max_cluster_size: { value: 10 } }).node).toEqual({
      op: 'max_cluster_size',
      n: 10,
    });
  });
  it('refuses non-integer sizes with the path', () => {
    for (const bad of [2.5, '2', true, null, [2]]) {
      const r = parse({ min_cluster_size: bad });
      expect(r.node.op).toBe('invalid');
      expect(r.errors[0]).toMatchObject({
        path: 'rules[0].condition.min_cluster_size',
        code: 'INVALID_CONFIG',
      });
    }
    expect(parse({ max_cluster_size: { value: 'x' } }).errors[0].path).toBe(
      'rules[0].condition.max_cluster_size.value',
    );
    expect(parse({ max_cluster_size: {} }).errors[0].code).toBe('MISSING_CONFIG_KEY');
  });
  it('warns about a negative size', () => {
    const r = parse({ min_cluster_size: -1 });
    expect(r.node).toEqual({ op: 'min_cluster_size', n: -1 });
    expect(r.warnings[0].code).toBe('NEGATIVE_SIZE');
  });
  it('parses unique_values, and warns about unknown keys (wardrobe-v2 writes max: 1)', () => {
    const r = parse({ unique_values: { field: 'season', max: 1 } });
    expect(r.node).toEqual({ op: 'unique_values', field: 'season' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      expect.objectContaining({
        path: 'rules[0].condition.unique_values.max',
        code: 'UNKNOWN_CONFIG_KEY',
      }),
    ]);
  });
  it('requires field to be a dimension of the schema', () => {
    expect(parse({ unique_values: {} }).errors[0]).toMatchObject({
      path: 'rules[0].condition.unique_values.field',
      code: 'MISSING_CONFIG_KEY',
    });
    expect(parse({ unique_values: { field: 'colour' } }).errors[0]).toMatchObject({
      code: 'UNKNOWN_FIELD',
    });
    expect(parse({ unique_values: { field: 3 } }).errors[0]).toMatchObject({
      code: 'INVALID_CONFIG',
    });
    expect(parse({ unique_values: { field: 'colour' } }, null).errors).toEqual([]);
  });
  it('parses has_item_with (value required, any JSON; null warns)', () => {
    expect(parse({ has_item_with: { field: 'season', value: 'all_season' } }).node).toEqual({
      op: 'has_item_with',
      field: 'season',
      value: 'all_season',
    });
    expect(parse({ has_item_with: { field: 'season', value: [1, { a: 2 }] } }).node).toMatchObject({
      value: [1, { a: 2 }],
    });
    expect(parse({ has_item_with: { field: 'season' } }).errors[0]).toMatchObject({
      path: 'rules[0].condition.has_item_with.value',
      code: 'MISSING_CONFIG_KEY',
    });
    expect(parse({ has_item_with: { field: 'season', value: null } }).warnings[0].code).toBe(
      'NEVER_TRUE',
    );
  });
  it('parses count_by_field with optional numeric min / max', () => {
    expect(parse({ count_by_field: { field: 'zone', min: 2 } }).node).toEqual({
      op: 'count_by_field',
      field: 'zone',
      min: 2,
    });
    expect(parse({ count_by_field: { field: 'zone' } }).node).toEqual({
      op: 'count_by_field',
      field: 'zone',
    });
    expect(parse({ count_by_field: { field: 'zone', max: 'x' } }).errors[0].path).toBe(
      'rules[0].condition.count_by_field.max',
    );
    expect(parse({ count_by_field: { field: 'zone', min: 3, max: 1 } }).warnings[0].code).toBe(
      'NEVER_TRUE',
    );
  });
  it('parses formality_range {max_diff}', () => {
    expect(parse({ formality_range: { max_diff: 1 } }).node).toEqual({
      op: 'formality_range',
      maxDiff: 1,
    });
    expect(parse({ formality_range: {} }).errors[0].code).toBe('MISSING_CONFIG_KEY');
    expect(parse({ formality_range: 1 }).errors[0].code).toBe('INVALID_CONFIG');
    const noFormality = { ...schema, dimensions: schema.dimensions.slice(0, 2) };
    expect(parse({ formality_range: { max_diff: 1 } }, noFormality).warnings[0].code).toBe(
      'UNKNOWN_FIELD',
    );
  });
  it('parses nested all / any / or / not through the tree parser, with paths', () => {
    const r = parse({
      all: [
        { or: [{ unique_values: { field: 'season' } }, { equals: { field: 'zone' } }] },
        { not: { min_cluster_size: 'x' } },
      ],
    });
    expect(r.node).toMatchObject({
      op: 'all',
      children: [{ op: 'any' }, { op: 'not', child: { op: 'invalid' } }],
    });
    expect(r.errors.map(e => [e.path, e.code])).toEqual([
      ['rules[0].condition.all[0].or[1]', 'UNKNOWN_OPERATOR'],
      ['rules[0].condition.all[1].not.min_cluster_size', 'INVALID_CONFIG'],
    ]);
  });
});

describe('parseClusterRules', () => {
  it('validates names, types and conditions of a rule list', () => {
    const r = parseClusterRules(
      schema,
      [
        { name: 'min', type: 'requirement', condition: { min_cluster_size: 2 } },
        {
          name: 'min',
          type: 'sometimes',
          enabled: false,
          condition: { count_by_field: { field: 'nope' } },
        },
      ],
      'cluster_rulesets[0]',
    );
    expect(r.errors.map(e => [e.path, e.code])).toEqual([
      ['cluster_rulesets[0].rules[1].name', 'DUPLICATE_NAME'],
      ['cluster_rulesets[0].rules[1].type', 'INVALID_VALUE'],
      ['cluster_rulesets[0].rules[1].condition.count_by_field.field', 'UNKNOWN_FIELD'],
    ]);
    expect(r.rules.map(x => [x.name, x.type, x.enabled])).toEqual([
      ['min', 'requirement', true],
      ['min', 'exclusion', false],
    ]);
  });
  it('refuses a non-list', () => {
    expect(parseClusterRules(schema, { a: 1 }).errors[0]).toMatchObject({
      path: 'rules',
      code: 'INVALID_VALUE',
    });
  });
});
