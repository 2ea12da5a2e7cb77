/**
 * fast-check generators for the conformance tests: catalogs whose values stress the
 * edge cases of docs/semantics.md (null vs missing, booleans where numbers are expected,
 * nested arrays and objects with key order, repeated parts and float layers,
 * ids whose UTF-16 and code-point orders differ) and random nested rules.
 */
import fc from 'fast-check';
import type { ItemDef, JsonObject, JsonValue, RuleDef } from '../../../../src/engine/model';
import type { RefItem, RefRule } from './reference';

export const FIELDS = ['a', 'n', 'formality', 'cover', 'flag'] as const;

/** Values with equality traps. JSON cannot tell 1 from 1.0, so `1.0` is parsed from text. */
export const VALUES: JsonValue[] = [
  0,
  -0,
  1,
  JSON.parse('1.0') as number,
  2,
  1.5,
  2.5,
  -1,
  true,
  false,
  '1',
  'a',
  'b',
  '',
  [],
  [1],
  [1, 2],
  [2, 1],
  [1, 2.0],
  [[1], [2]],
  [null],
  { x: 1, y: 2 },
  { y: 2, x: 1 },
  { x: 1 },
  { x: [1, { z: null }] },
  { x: [1, { z: 0 }] },
  [{ parts: ['head'], layer: 1 }],
  {},
  // JSON.parse makes `__proto__` an own key: it must not vanish in comparisons
  JSON.parse('{"__proto__": {"x": 1}}') as JsonValue,
  JSON.parse('[{"__proto__": 1}]') as JsonValue,
];

const PARTS = ['head', 'chest', 'waist', 'legs', 'Zed', 'éclair', '\u{1F600}', '\uFF5E'];
const LAYERS = [0, 0.5, 1, 1.5, 2, 3];

const partEntry: fc.Arbitrary<JsonValue> = fc
  .record({
    parts: fc.array(fc.constantFrom(...PARTS), { maxLength: 3 }),
    layer: fc.constantFrom(...LAYERS),
    extra: fc.boolean(),
  })
  .map(({ parts, layer, extra }): JsonValue =>
    extra ? { parts, layer, note: 'x' } : { parts, layer },
  );

export const partList: fc.Arbitrary<JsonValue> = fc.array(partEntry, { maxLength: 4 });

const anyValue = fc.constantFrom<JsonValue>(...VALUES);

/** undefined = key absent. */
function slot(v: fc.Arbitrary<JsonValue>): fc.Arbitrary<JsonValue | undefined> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: v },
  );
}

const fieldValue: Record<(typeof FIELDS)[number], fc.Arbitrary<JsonValue>> = {
  a: fc.oneof(fc.constantFrom<JsonValue>('x', 'y', 'z'), anyValue),
  n: fc.oneof(fc.constantFrom<JsonValue>(0, 1, 2, 3, 1.5), anyValue),
  formality: fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom<JsonValue>(1, 2, 3, 4, 2.5) },
    { weight: 1, arbitrary: anyValue },
  ),
  cover: fc.oneof({ weight: 5, arbitrary: partList }, { weight: 1, arbitrary: anyValue }),
  flag: fc.oneof(fc.boolean(), anyValue),
};

export const attributes: fc.Arbitrary<JsonObject> = fc
  .record({
    a: slot(fieldValue.a),
    n: slot(fieldValue.n),
    formality: slot(fieldValue.formality),
    cover: slot(fieldValue.cover),
    flag: slot(fieldValue.flag),
  })
  .map(r => {
    const o: JsonObject = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) o[k] = v;
    return o;
  });

/** Ids whose code-unit and code-point orders differ ('\u{1F600}' vs '\uFF5E'). */
const ID_POOL = ['a', 'b', 'B', 'a1', 'a10', 'a2', 'é', '\u{1F600}', '\uFF5E', 'z z', '_', 'Z'];

export function items(maxLength: number): fc.Arbitrary<ItemDef[]> {
  return fc
    .uniqueArray(fc.constantFrom(...ID_POOL), { maxLength })
    .chain(ids =>
      fc
        .array(attributes, { minLength: ids.length, maxLength: ids.length })
        .map(attrs => ids.map((id, k) => ({ id, name: `item ${k}`, attributes: attrs[k] }))),
    );
}

const field = fc.constantFrom<string>(...FIELDS);

const pairLeaf: fc.Arbitrary<JsonValue> = fc.oneof(
  fc
    .tuple(fc.constantFrom('equals', 'has_different', 'any_missing', 'part_layer_conflict'), field)
    .map(([op, f]) => ({ [op]: { field: f } })),
  fc
    .tuple(field, fc.constantFrom(-1, 0, 0.5, 1, 1.5, 2))
    .map(([f, max]) => ({ abs_diff: { field: f, max } })),
  fc
    .tuple(field, fc.oneof(anyValue, fc.constantFrom<JsonValue>('x', 'y', null)))
    .map(([f, value]) => ({ any_equals: { field: f, value } })),
  field.map(f => ({ part_layer_conflict: { field: f } })),
);

/** Nested conditions; `emptyNot` adds `{not: {}}` (false at evaluation, refused on write). */
function tree(
  leaf: fc.Arbitrary<JsonValue>,
  depth: number,
  emptyNot = true,
): fc.Arbitrary<JsonValue> {
  if (depth === 0) return leaf;
  const sub = tree(leaf, depth - 1, emptyNot);
  return fc.oneof(
    { weight: 8, arbitrary: leaf },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom('all', 'any', 'or'), fc.array(sub, { maxLength: 3 }))
        .map(([op, xs]) => ({ [op]: xs })),
    },
    { weight: 2, arbitrary: sub.map(x => ({ not: x })) },
    { weight: emptyNot ? 1 : 0, arbitrary: fc.constant<JsonValue>({ not: {} }) },
  );
}

export const pairCondition = tree(pairLeaf, 3);
/** Pairwise conditions; without `{not: {}}` they are all accepted when written. */
export const pairConditionFor = (emptyNot: boolean) => tree(pairLeaf, 3, emptyNot);

function rules(condition: fc.Arbitrary<JsonValue>, maxLength: number): fc.Arbitrary<RuleDef[]> {
  return fc
    .array(
      fc.record({
        type: fc.constantFrom<'exclusion' | 'requirement'>('exclusion', 'requirement'),
        enabled: fc.oneof(
          { weight: 4, arbitrary: fc.constant(true) },
          { weight: 1, arbitrary: fc.constant(false) },
        ),
        condition,
      }),
      { maxLength },
    )
    .map(rs =>
      rs.map((r, k) => ({
        name: `r${k}`,
        type: r.type,
        enabled: r.enabled,
        condition: r.condition as JsonObject,
      })),
    );
}

export const pairRules = (maxLength = 4): fc.Arbitrary<RuleDef[]> =>
  rules(pairCondition, maxLength);

const small = fc.integer({ min: -1, max: 5 });
const size = fc.oneof(
  small.map(n => n as JsonValue),
  small.map(n => ({ value: n }) as JsonValue),
);

const clusterLeaf: fc.Arbitrary<JsonValue> = fc.oneof(
  size.map(n => ({ min_cluster_size: n })),
  size.map(n => ({ max_cluster_size: n })),
  field.map(f => ({ unique_values: { field: f } })),
  fc
    .tuple(field, fc.oneof(anyValue, fc.constantFrom<JsonValue>('x', 'y')))
    .map(([f, value]) => ({ has_item_with: { field: f, value } })),
  fc
    .tuple(
      field,
      fc.option(fc.constantFrom(0, 1, 1.5, 2, 3), { nil: undefined }),
      fc.option(fc.constantFrom(0, 1, 2, 2.5, 3), { nil: undefined }),
    )
    .map(([f, min, max]) => {
      const c: JsonObject = { field: f };
      if (min !== undefined) c.min = min;
      if (max !== undefined) c.max = max;
      return { count_by_field: c };
    }),
  fc.constantFrom(-1, 0, 0.5, 1, 2).map(d => ({ formality_range: { max_diff: d } })),
);

export const clusterCondition = tree(clusterLeaf, 3);
/** Cluster conditions; without `{not: {}}` they are all accepted when written. */
export const clusterConditionFor = (emptyNot: boolean) => tree(clusterLeaf, 3, emptyNot);

export const clusterRules = (maxLength = 3): fc.Arbitrary<RuleDef[]> =>
  rules(clusterCondition, maxLength);

export const toRef = (its: readonly ItemDef[]): RefItem[] =>
  its.map(it => ({ id: it.id, attributes: it.attributes }));
export const refRules = (rs: readonly RuleDef[]): readonly RefRule[] => rs;
