import { parseDocument, parseItemsDocument, toDocument } from '../../../../src/engine/interchange';
import type { SchemaDef } from '../../../../src/engine/model';
import { loadExample } from '../helpers';

const schemaDoc = {
  name: 'mini',
  version: '1.0.0',
  dimensions: [
    { name: 'category', type: 'enum', required: true, values: ['a', 'b'] },
    { name: 'formality', type: 'integer', required: false, min: 1, max: 5 },
    { name: 'tags', type: 'list', required: false, item_type: 'string' },
    { name: 'cover', type: 'part_layer_list', required: false, part_vocabulary: ['head'] },
  ],
};
const rulesetDoc = {
  name: 'mini_rules',
  version: '1.0.0',
  schema_ref: 'mini',
  rules: [
    {
      name: 'same',
      type: 'exclusion',
      enabled: true,
      condition: { equals: { field: 'category' } },
    },
  ],
};
const clusterDoc = {
  name: 'mini_clusters',
  version: '1.0.0',
  schema_ref: 'mini',
  pairwise_ruleset_ref: 'mini_rules',
  rules: [{ name: 'min', type: 'requirement', enabled: true, condition: { min_cluster_size: 2 } }],
};
const catalogDoc = {
  name: 'cat',
  schema_ref: 'mini',
  items: [{ id: 'x', name: 'X', attributes: { category: 'a', formality: 2 } }],
};

describe('parseDocument', () => {
  it.each(['wardrobe-v1', 'wardrobe-v2'] as const)(
    'imports %s unchanged and exports the same document',
    name => {
      const raw = loadExample(name);
      const parsed = parseDocument(raw);
      expect(parsed.errors).toEqual([]);
      expect(toDocument(parsed.document)).toEqual(raw);
      // export -> import -> export is stable
      const again = parseDocument(toDocument(parsed.document));
      expect(toDocument(again.document)).toEqual(toDocument(parsed.document));
    },
  );

  it('keeps the unknown extra key of wardrobe-v2 as a warning', () => {
    const parsed = parseDocument(loadExample('wardrobe-v2'));
    expect(parsed.warnings.map(w => [w.path, w.code])).toEqual([
      ['cluster_rulesets[0].rules[2].condition.or[0].unique_values.max', 'UNKNOWN_CONFIG_KEY'],
    ]);
  });

  it('normalizes document keys to the model', () => {
    const { document, errors } = parseDocument({
      schemas: [schemaDoc],
      rulesets: [rulesetDoc],
      cluster_rulesets: [clusterDoc],
      catalogs: [catalogDoc],
    });
    expect(errors).toEqual([]);
    expect(document.schemas?.[0].dimensions[2]).toEqual({
      name: 'tags',
      type: 'list',
      required: false,
      itemType: 'string',
    });
    expect(document.schemas?.[0].dimensions[3].partVocabulary).toEqual(['head']);
    expect(document.rulesets?.[0].schemaName).toBe('mini');
    expect(document.clusterRulesets?.[0].pairwiseRuleSetName).toBe('mini_rules');
    expect(document.catalogs?.[0].items[0].id).toBe('x');
  });

  it('accepts legacy cluster_rules and exports them as rules', () => {
    const { rules, ...rest } = clusterDoc;
    const parsed = parseDocument({
      schemas: [schemaDoc],
      rulesets: [rulesetDoc],
      cluster_rulesets: [{ ...rest, cluster_rules: rules }],
    });
    expect(parsed.errors).toEqual([]);
    expect(toDocument(parsed.document).cluster_rulesets).toEqual([clusterDoc]);
    const bad = parseDocument({
      schemas: [schemaDoc],
      rulesets: [rulesetDoc],
      cluster_rulesets: [
        { ...rest, cluster_rules: [{ name: 'x', type: 'requirement', condition: { nope: 1 } }] },
      ],
    });
    expect(bad.errors.map(e => e.path)).toEqual(['cluster_rulesets[0].cluster_rules[0].condition']);
  });

  it('reports every problem with its document path', () => {
    const parsed = parseDocument({
      schemas: [schemaDoc, { ...schemaDoc, dimensions: [{ name: 'x', type: 'ENUM' }] }],
      rulesets: [{ ...rulesetDoc, schema_ref: 'ghost' }],
      cluster_rulesets: [{ ...clusterDoc, pairwise_ruleset_ref: 'ghost_rules' }],
      catalogs: [
        {
          ...catalogDoc,
          items: [
            ...catalogDoc.items,
            {
              id: 'y',
              name: 'Y',
              attributes: { category: 'c', formality: 'high', tags: ['a', 1], extra: true },
            },
            { id: 'x', name: 'X again', attributes: {} },
          ],
        },
      ],
      extras: 1,
    });
    expect(parsed.errors.map(e => [e.path, e.code])).toEqual([
      ['schemas[1].dimensions[0].type', 'INVALID_TYPE'],
      ['rulesets[0].schema_ref', 'UNKNOWN_REFERENCE'],
      ['cluster_rulesets[0].pairwise_ruleset_ref', 'UNKNOWN_REFERENCE'],
      ['catalogs[0].items[1].attributes.category', 'INVALID_VALUE'],
      ['catalogs[0].items[1].attributes.formality', 'INVALID_VALUE'],
      ['catalogs[0].items[1].attributes.tags[1]', 'INVALID_VALUE'],
      ['catalogs[0].items[1].attributes.extra', 'UNKNOWN_ATTRIBUTE'],
      ['catalogs[0].items[2].attributes.category', 'REQUIRED_MISSING'],
      ['catalogs[0].items[2].id', 'DUPLICATE_ID'],
      ['schemas[1].name', 'DUPLICATE_NAME'],
    ]);
    expect(parsed.warnings.map(w => [w.path, w.code])).toEqual([
      ['document.extras', 'UNKNOWN_KEY'],
    ]);
  });

  it('resolves references through the context (e.g. the database)', () => {
    const schema = parseDocument({ schemas: [schemaDoc] }).document.schemas?.[0] as SchemaDef;
    const parsed = parseDocument(
      { cluster_rulesets: [clusterDoc], catalogs: [catalogDoc] },
      {
        resolveSchema: n => (n === 'mini' ? schema : null),
        resolveRuleSet: n => (n === 'mini_rules' ? { schemaName: 'mini' } : null),
      },
    );
    expect(parsed.errors).toEqual([]);
    expect(parsed.document.schemas).toBeUndefined();
    const mismatch = parseDocument(
      { cluster_rulesets: [clusterDoc] },
      { resolveSchema: () => schema, resolveRuleSet: () => ({ schemaName: 'other' }) },
    );
    expect(mismatch.errors.map(e => e.code)).toEqual(['SCHEMA_MISMATCH']);
  });

  it('reports shape errors and never throws', () => {
    for (const junk of [
      null,
      1,
      'x',
      [],
      { schemas: 1 },
      { catalogs: [null] },
      { rulesets: [{}] },
      { schemas: [{ dimensions: [null] }] },
    ]) {
      expect(parseDocument(junk).errors.length).toBeGreaterThan(0);
    }
    expect(parseDocument({})).toEqual({
      document: {
        schemas: undefined,
        rulesets: undefined,
        clusterRulesets: undefined,
        catalogs: undefined,
      },
      errors: [],
      warnings: [],
    });
  });

  it('omits absent optional fields on export and keeps given ones', () => {
    const parsed = parseDocument({
      schemas: [{ ...schemaDoc, description: 'd' }],
      catalogs: [
        {
          ...catalogDoc,
          metadata: { k: 1 },
          items: [{ id: 'x', name: 'X', attributes: { category: 'a' }, metadata: {} }],
        },
      ],
    });
    expect(toDocument(parsed.document)).toEqual({
      schemas: [{ ...schemaDoc, description: 'd' }],
      catalogs: [
        {
          name: 'cat',
          schema_ref: 'mini',
          metadata: { k: 1 },
          items: [{ id: 'x', name: 'X', attributes: { category: 'a' }, metadata: {} }],
        },
      ],
    });
  });
});

describe('parseItemsDocument', () => {
  const schema = parseDocument({ schemas: [schemaDoc] }).document.schemas?.[0] as SchemaDef;
  it('validates the items of an importItems document', () => {
    const r = parseItemsDocument(
      {
        items: [
          { id: 'n', name: 'N', attributes: { category: 'b' } },
          { id: 'x', name: 'X', attributes: { category: 'z' } },
        ],
      },
      schema,
      new Set(['x']),
    );
    expect(r.items).toHaveLength(2);
    expect(r.errors.map(e => [e.path, e.code])).toEqual([
      ['items[1].attributes.category', 'INVALID_VALUE'],
      ['items[1].id', 'DUPLICATE_ID'],
    ]);
    expect(parseItemsDocument([], schema).errors[0].code).toBe('INVALID_DOCUMENT');
  });
});
