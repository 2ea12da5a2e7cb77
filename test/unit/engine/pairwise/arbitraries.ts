/** fast-check generators of catalogs and rule sets over a few fields, with many equal values. */
import fc from 'fast-check';
import type { ItemDef, JsonObject } from '../../../../src/engine/model';
import type { RefRule } from './reference';

const scalar = fc.constantFrom<unknown>('a', 'b', 1, 1.0, 2, 2.5, true, false, '1', 0);
const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>(
      [1, 2],
      [1.0, 2],
      [2, 1],
      { a: 1, b: [1] },
      { b: [1], a: 1 },
      { a: 2 },
      [],
    ),
  },
);
const coverage = fc.array(
  fc.record({
    parts: fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'E'), { maxLength: 3 }),
    layer: fc.constantFrom(0, 0.5, 1, 2),
  }),
  { maxLength: 4 },
);
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 3, arbitrary: arb.map(v => ({ v })) },
    { weight: 1, arbitrary: fc.constant({ v: null }) },
    { weight: 1, arbitrary: fc.constant(null) },
  );

export const attributes = fc
  .record({
    x: maybe(value),
    n: maybe(fc.oneof(fc.integer({ min: 0, max: 5 }), scalar)),
    c: maybe(coverage),
  })
  .map(r => {
    const out: Record<string, unknown> = {};
    for (const [k, m] of Object.entries(r)) if (m !== null) out[k] = m.v;
    return out;
  });

export const items = (maxLength = 12) =>
  fc
    .array(attributes, { maxLength })
    .map((list): ItemDef[] =>
      list.map((a, k) => ({ id: `item${k}`, name: `Item ${k}`, attributes: a as JsonObject })),
    );

const field = fc.constantFrom('x', 'n', 'c');
const leaf = fc.oneof(
  field.map(f => ({ equals: { field: f } })),
  field.map(f => ({ has_different: { field: f } })),
  fc
    .tuple(field, fc.constantFrom(0, 1, 1.5, 3))
    .map(([f, max]) => ({ abs_diff: { field: f, max } })),
  fc.tuple(field, value).map(([f, v]) => ({ any_equals: { field: f, value: v } })),
  field.map(f => ({ any_missing: { field: f } })),
  fc.constant({ part_layer_conflict: { field: 'c' } }),
);

export const condition: fc.Arbitrary<unknown> = fc.letrec<{ c: unknown }>(tie => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.array(tie('c'), { maxLength: 3 }).map(l => ({ all: l })) },
    { weight: 1, arbitrary: fc.array(tie('c'), { maxLength: 3 }).map(l => ({ any: l })) },
    { weight: 1, arbitrary: fc.array(tie('c'), { maxLength: 3 }).map(l => ({ or: l })) },
    { weight: 1, arbitrary: tie('c').map(c => ({ not: c })) },
    { weight: 1, arbitrary: fc.constant({ not: {} }) },
  ),
})).c;

export const rules = fc
  .array(
    fc.record({
      type: fc.constantFrom<'exclusion' | 'requirement'>('exclusion', 'requirement'),
      enabled: fc.boolean(),
      condition,
    }),
    { maxLength: 4 },
  )
  .map((list): RefRule[] => list.map((r, k) => ({ name: `rule${k}`, ...r })));
