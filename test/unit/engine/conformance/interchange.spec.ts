/**
 * Conformance of the interchange format (docs/semantics.md §6): valid documents import
 * without errors, export writes exactly the format (keys in the format's order,
 * `required` / `enabled` always written, null optional fields left out, legacy
 * `cluster_rules` written as `rules`), and export -> import -> export is stable.
 */
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseDocument, toDocument } from '../../../../src/engine/interchange';
import type { JsonObject, JsonValue } from '../../../../src/engine/model';
import { clusterConditionFor, pairConditionFor } from './arbitraries';

const RUNS = Number(process.env.CONFORMANCE_RUNS ?? 150);

/** The format's key order per kind (docs/semantics.md §6). */
const ORDER: Record<string, string[]> = {
  document: ['schemas', 'rulesets', 'cluster_rulesets', 'catalogs'],
  schema: ['name', 'version', 'description', 'dimensions'],
  dimension: [
    'name',
    'type',
    'required',
    'description',
    'values',
    'min',
    'max',
    'item_type',
    'part_vocabulary',
  ],
  ruleset: ['name', 'version', 'description', 'schema_ref', 'rules'],
  cluster: ['name', 'version', 'description', 'schema_ref', 'pairwise_ruleset_ref', 'rules'],
  rule: ['name', 'type', 'description', 'enabled', 'condition'],
  catalog: ['name', 'description', 'schema_ref', 'metadata', 'items'],
  item: ['id', 'name', 'attributes', 'metadata'],
};

type Obj = Record<string, JsonValue>;

/** An object with the given keys in order, null/undefined ones left out. */
function ordered(o: Obj, kind: string): Obj {
  const out: Obj = {};
  for (const k of ORDER[kind]) if (o[k] !== undefined && o[k] !== null) out[k] = o[k];
  return out;
}

/** What export must write for a document: defaults filled, legacy keys renamed, key order. */
function expected(doc: Obj): Obj {
  const list = (v: JsonValue | undefined) => (v as Obj[] | undefined) ?? [];
  const rule = (r: Obj) => ordered({ ...r, enabled: r.enabled ?? true }, 'rule');
  const out: Obj = {};
  if (doc.schemas)
    out.schemas = list(doc.schemas).map(s =>
      ordered(
        {
          ...s,
          dimensions: list(s.dimensions).map(d =>
            ordered({ ...d, required: d.required ?? false }, 'dimension'),
          ),
        },
        'schema',
      ),
    );
  if (doc.rulesets)
    out.rulesets = list(doc.rulesets).map(r =>
      ordered({ ...r, rules: list(r.rules).map(rule) }, 'ruleset'),
    );
  if (doc.cluster_rulesets)
    out.cluster_rulesets = list(doc.cluster_rulesets).map(r =>
      ordered({ ...r, rules: list(r.rules ?? r.cluster_rules).map(rule) }, 'cluster'),
    );
  if (doc.catalogs)
    out.catalogs = list(doc.catalogs).map(c =>
      ordered({ ...c, items: list(c.items).map(it => ordered(it, 'item')) }, 'catalog'),
    );
  return out;
}

const optionalText = fc.constantFrom<JsonValue | undefined>(undefined, null, '', 'Some text');
const optionalBool = fc.constantFrom<JsonValue | undefined>(undefined, true, false);
const metadata = fc.constantFrom<JsonValue | undefined>(undefined, null, {}, { k: [1, 'x'] });
const VOCAB = ['head', 'chest', 'legs'];

const dimensions = fc
  .record({
    a: optionalBool,
    n: optionalBool,
    formality: optionalBool,
    cover: optionalBool,
    flag: optionalBool,
    tags: optionalBool,
    text: optionalText,
    vocab: fc.boolean(),
  })
  .map(({ text, vocab, ...req }): Obj[] => {
    const dim = (o: Obj, required: JsonValue | undefined): Obj => {
      const d: Obj = { ...o };
      if (required !== undefined) d.required = required;
      if (text !== undefined) d.description = text;
      return d;
    };
    return [
      dim({ name: 'a', type: 'enum', values: ['x', 'y', 'z'] }, req.a),
      dim({ name: 'n', type: 'integer', min: 0, max: 5 }, req.n),
      dim({ name: 'formality', type: 'float', min: 0.5 }, req.formality),
      dim(
        vocab
          ? { name: 'cover', type: 'part_layer_list', part_vocabulary: VOCAB }
          : { name: 'cover', type: 'part_layer_list' },
        req.cover,
      ),
      dim({ name: 'flag', type: 'boolean' }, req.flag),
      dim({ name: 'tags', type: 'list', item_type: 'string' }, req.tags),
    ];
  });

/** Attributes valid for the dimensions (required ones always present). */
function attributesFor(dims: Obj[]): fc.Arbitrary<Obj> {
  const value: Record<string, fc.Arbitrary<JsonValue>> = {
    a: fc.constantFrom('x', 'y', 'z'),
    n: fc.integer({ min: 0, max: 5 }),
    formality: fc.constantFrom(0.5, 1, 2.5, 4),
    cover: fc.array(
      fc.record({
        parts: fc.array(fc.constantFrom(...VOCAB), { maxLength: 2 }),
        layer: fc.constantFrom(0, 0.5, 2),
      }),
      { maxLength: 2 },
    ),
    flag: fc.boolean(),
    tags: fc.array(fc.constantFrom('t1', 't2'), { maxLength: 2 }),
  };
  const slots: Record<string, fc.Arbitrary<JsonValue | undefined>> = {};
  for (const d of dims) {
    const name = d.name as string;
    slots[name] =
      d.required === true
        ? value[name]
        : fc.oneof(fc.constant(undefined), fc.constant(null), value[name]);
  }
  return fc.record(slots).map(r => {
    const o: Obj = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) o[k] = v;
    return o;
  });
}

const rules = (condition: fc.Arbitrary<JsonValue>) =>
  fc
    .array(
      fc.record({
        type: fc.constantFrom('exclusion', 'requirement'),
        description: optionalText,
        enabled: optionalBool,
        condition,
      }),
      { maxLength: 3 },
    )
    .map(rs =>
      rs.map((r, k) => {
        const o: Obj = { name: `rule_${k}`, type: r.type, condition: r.condition };
        if (r.description !== undefined) o.description = r.description;
        if (r.enabled !== undefined) o.enabled = r.enabled;
        return o;
      }),
    );

const documents: fc.Arbitrary<Obj> = fc
  .record({
    dims: dimensions,
    schemaText: optionalText,
    pairwise: rules(pairConditionFor(false)),
    cluster: rules(clusterConditionFor(false)),
    legacy: fc.boolean(),
    catalogText: optionalText,
    catalogMeta: metadata,
    withItems: fc.boolean(),
  })
  .chain(r =>
    fc.array(fc.tuple(attributesFor(r.dims), metadata), { maxLength: 4 }).map((its): Obj => {
      const schema: Obj = { name: 'schema_1', version: '1.0.0', dimensions: r.dims };
      if (r.schemaText !== undefined) schema.description = r.schemaText;
      const cluster: Obj = {
        name: 'clusters-1',
        version: '0.10.3',
        schema_ref: 'schema_1',
        pairwise_ruleset_ref: 'pairs',
        [r.legacy ? 'cluster_rules' : 'rules']: r.cluster,
      };
      const catalog: Obj = { name: 'cat', schema_ref: 'schema_1' };
      if (r.catalogText !== undefined) catalog.description = r.catalogText;
      if (r.catalogMeta !== undefined) catalog.metadata = r.catalogMeta;
      if (r.withItems || its.length > 0)
        catalog.items = its.map(([attributes, meta], k) => {
          const it: Obj = { id: `item ${k}`, name: `Item ${k}`, attributes };
          if (meta !== undefined) it.metadata = meta;
          return it;
        });
      return {
        schemas: [schema],
        rulesets: [{ name: 'pairs', version: '2.0.0', schema_ref: 'schema_1', rules: r.pairwise }],
        cluster_rulesets: [cluster],
        catalogs: [catalog],
      };
    }),
  );

describe('interchange conformance with docs/semantics.md §6', () => {
  it('valid documents import without errors and export exactly the format', () => {
    fc.assert(
      fc.property(documents, doc => {
        const parsed = parseDocument(doc);
        expect(parsed.errors).toEqual([]);
        const exported = toDocument(parsed.document);
        // same content and the same key order
        expect(JSON.stringify(exported)).toBe(JSON.stringify(expected(doc)));
        // export -> import -> export gives the same document
        const again = parseDocument(JSON.parse(JSON.stringify(exported)));
        expect(again.errors).toEqual([]);
        expect(JSON.stringify(toDocument(again.document))).toBe(JSON.stringify(exported));
      }),
      { numRuns: RUNS },
    );
  });

  it.each(['wardrobe-v1', 'wardrobe-v2'])('%s imports unchanged and round-trips', name => {
    const file = path.join(__dirname, '../../../../examples', `${name}.json`);
    const raw = JSON.parse(fs.readFileSync(file, 'utf8')) as JsonObject;
    const parsed = parseDocument(raw);
    expect(parsed.errors).toEqual([]);
    const exported = toDocument(parsed.document);
    expect(exported).toEqual(raw);
    expect(JSON.stringify(exported)).toBe(JSON.stringify(expected(raw as Obj)));
    expect(toDocument(parseDocument(exported).document)).toEqual(exported);
  });
});
