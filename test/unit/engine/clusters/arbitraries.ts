/** fast-check generators of random catalogs, compatibility graphs and nested cluster rules. */
import fc from 'fast-check';
import type { ClusterCondition } from '../../../../src/engine/conditions/ast';
import type { JsonObject, JsonValue } from '../../../../src/engine/model';
import { rule } from './helpers';
import type { ParsedRule } from '../../../../src/engine/conditions/ast';

export const FIELDS = ['color', 'size', 'formality'] as const;

/** Values with deep-equality traps: 1 vs 1.0, arrays, objects with key order. */
const VALUES: JsonValue[] = [
  'red',
  'blue',
  1,
  2,
  1.0,
  [1, 2],
  { a: 1, b: 2 },
  { b: 2, a: 1 },
  true,
];

const value = fc.constantFrom<JsonValue>(...VALUES);
const maybe = (v: fc.Arbitrary<JsonValue>): fc.Arbitrary<JsonValue | undefined> =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 5, arbitrary: v },
  );

const formality = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<JsonValue> },
  { weight: 1, arbitrary: fc.constantFrom<JsonValue>(2.5, 'high') },
);

export const item: fc.Arbitrary<JsonObject> = fc
  .record({
    color: maybe(fc.constantFrom<JsonValue>('red', 'blue', 'green', [1, 2], { a: 1, b: 2 })),
    size: maybe(value),
    formality: maybe(formality),
  })
  .map(r => {
    const o: JsonObject = {};
    for (const [k, v] of Object.entries(r)) if (v !== undefined) o[k] = v;
    return o;
  });

const field = fc.constantFrom(...FIELDS);
const small = fc.integer({ min: 0, max: 4 });

const leaf: fc.Arbitrary<ClusterCondition> = fc.oneof(
  small.map((n): ClusterCondition => ({ op: 'min_cluster_size', n })),
  fc.integer({ min: 0, max: 6 }).map((n): ClusterCondition => ({ op: 'max_cluster_size', n })),
  field.map((f): ClusterCondition => ({ op: 'unique_values', field: f })),
  fc
    .tuple(field, fc.oneof(value, fc.constantFrom<JsonValue>('green', 3, null)))
    .map(([f, v]): ClusterCondition => ({ op: 'has_item_with', field: f, value: v })),
  fc
    .tuple(field, fc.option(small, { nil: undefined }), fc.option(small, { nil: undefined }))
    .map(([f, min, max]): ClusterCondition => ({
      op: 'count_by_field',
      field: f,
      ...(min === undefined ? {} : { min }),
      ...(max === undefined ? {} : { max }),
    })),
  fc
    .constantFrom(-1, 0, 0.5, 1, 2)
    .map((d): ClusterCondition => ({ op: 'formality_range', maxDiff: d })),
);

/** Nested conditions (all / any / not, empty lists, missing `not` child, invalid nodes). */
export const condition: fc.Arbitrary<ClusterCondition> = fc.letrec<{ c: ClusterCondition }>(
  tie => ({
    c: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 6, arbitrary: leaf },
      {
        weight: 2,
        arbitrary: fc
          .array(tie('c'), { maxLength: 3 })
          .map((children): ClusterCondition => ({ op: 'all', children })),
      },
      {
        weight: 2,
        arbitrary: fc
          .array(tie('c'), { maxLength: 3 })
          .map((children): ClusterCondition => ({ op: 'any', children })),
      },
      { weight: 2, arbitrary: tie('c').map((child): ClusterCondition => ({ op: 'not', child })) },
      {
        weight: 1,
        arbitrary: fc.constantFrom<ClusterCondition>(
          { op: 'not', child: null },
          { op: 'invalid', reason: 'broken' },
        ),
      },
    ),
  }),
).c;

export const rules: fc.Arbitrary<ParsedRule<ClusterCondition>[]> = fc
  .array(
    fc.tuple(
      fc.constantFrom<'exclusion' | 'requirement'>('exclusion', 'requirement'),
      condition,
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    { maxLength: 3 },
  )
  .map(xs => xs.map(([type, c, e], k) => rule(`r${k}`, type, c, e > 0.1)));

/**
 * A catalog of maxItems-6..maxItems items with ids out of catalog order and a random
 * compatibility graph (as an edge predicate).
 */
export function catalog(
  maxItems: number,
): fc.Arbitrary<{ items: JsonObject[]; ids: string[]; edge: (i: number, j: number) => boolean }> {
  return fc
    .tuple(
      fc
        .integer({ min: Math.max(0, maxItems - 6), max: maxItems })
        .chain(n => fc.array(item, { minLength: n, maxLength: n })),
      fc.constantFrom(0.3, 0.6, 0.85, 1),
      fc.integer(),
    )
    .map(([items, density, seed]) => {
      const n = items.length;
      const edges = new Set<number>();
      let x = seed >>> 0 || 1;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j < n; j++) {
          x ^= x << 13;
          x ^= x >>> 17;
          x ^= x << 5;
          if ((x >>> 0) / 2 ** 32 < density) edges.add(i * n + j);
        }
      }
      // Ids in an order unrelated to catalog order, so rank order and position order differ.
      const ids = items.map((_, i) => `k${String((i * 7 + (seed & 15)) % 97).padStart(2, '0')}`);
      return { items, ids, edge: (i: number, j: number) => edges.has(i * n + j) };
    });
}

export const bounds = fc.record({
  minClusterSize: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
  maxClusterSize: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
});
