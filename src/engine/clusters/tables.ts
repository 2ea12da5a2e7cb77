/**
 * Per-catalog lookup tables for the search: for each field used by a rule, every
 * item's value id (deep-equal values share an id) and one bitset per value; for
 * `formality`, which items are numeric. Atoms are then evaluated on bitsets.
 */
import type { JsonObject, JsonValue } from '../model';
import type { Atom } from './atoms';
import { type Bitset, andNot, count, emptySet, intersects, toIndices, wordsFor } from './bitset';
import { equalityKey } from '../pairwise/values';
import { isNumeric, present } from './values';

export interface FieldTable {
  /** Value id per item, -1 when missing. */
  readonly valueIds: Int32Array;
  /** Items per value id. */
  readonly byValue: readonly Bitset[];
  readonly ids: ReadonlyMap<string, number>;
  readonly present: Bitset;
  readonly missing: Bitset;
}

export interface CatalogTables {
  readonly n: number;
  readonly words: number;
  readonly all: Bitset;
  field(name: string): FieldTable;
  readonly formality: {
    readonly value: Float64Array;
    readonly numeric: Bitset;
    readonly nonNumeric: Bitset;
  };
}

/** Builds the tables (fields lazily, on first use). */
export function buildTables(attributes: readonly JsonObject[]): CatalogTables {
  const n = attributes.length;
  const words = wordsFor(n);
  const all = emptySet(words);
  for (let i = 0; i < n; i++) all[i >>> 5] |= 1 << (i & 31);
  const cache = new Map<string, FieldTable>();
  const field = (name: string): FieldTable => {
    const hit = cache.get(name);
    if (hit) return hit;
    const valueIds = new Int32Array(n).fill(-1);
    const ids = new Map<string, number>();
    const byValue: Bitset[] = [];
    const pres = emptySet(words);
    attributes.forEach((a, i) => {
      const v = present(a, name);
      if (v === undefined) return;
      const key = equalityKey(v);
      let id = ids.get(key);
      if (id === undefined) {
        id = byValue.length;
        ids.set(key, id);
        byValue.push(emptySet(words));
      }
      valueIds[i] = id;
      byValue[id][i >>> 5] |= 1 << (i & 31);
      pres[i >>> 5] |= 1 << (i & 31);
    });
    const t = { valueIds, byValue, ids, present: pres, missing: andNot(all, pres) };
    cache.set(name, t);
    return t;
  };
  const value = new Float64Array(n);
  const numeric = emptySet(words);
  const nonNumeric = emptySet(words);
  attributes.forEach((a, i) => {
    const v = present(a, 'formality');
    if (v === undefined) return;
    if (isNumeric(v)) {
      value[i] = v;
      numeric[i >>> 5] |= 1 << (i & 31);
    } else nonNumeric[i >>> 5] |= 1 << (i & 31);
  });
  return { n, words, all, field, formality: { value, numeric, nonNumeric } };
}

/** Items whose `field` deeply equals `value` (empty when none). */
export function itemsWith(t: CatalogTables, field: string, value: JsonValue): Bitset {
  const f = t.field(field);
  const id = f.ids.get(equalityKey(value));
  return id === undefined ? emptySet(t.words) : f.byValue[id];
}

function distinctCount(f: FieldTable, s: Bitset): { distinct: number; dup: boolean } {
  const seen = new Set<number>();
  let dup = false;
  for (const i of toIndices(s)) {
    const id = f.valueIds[i];
    if (id < 0) continue;
    if (seen.has(id)) dup = true;
    else seen.add(id);
  }
  return { distinct: seen.size, dup };
}

function rangeWithin(t: CatalogTables, s: Bitset, maxDiff: number): boolean {
  if (intersects(s, t.formality.nonNumeric)) return false;
  let lo = Infinity;
  let hi = -Infinity;
  for (const i of toIndices(s)) {
    if ((t.formality.numeric[i >>> 5] & (1 << (i & 31))) === 0) continue;
    const v = t.formality.value[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo === Infinity || hi - lo <= maxDiff;
}

/** A set predicate. */
export type SetTest = (s: Bitset) => boolean;

/** Compiles an atom into a test on sets (lookups done once, here). */
export function atomTest(t: CatalogTables, a: Atom): SetTest {
  switch (a.kind) {
    case 'sizeLe':
      return s => count(s) <= a.n;
    case 'sizeGe':
      return s => count(s) >= a.n;
    case 'unique':
    case 'duplicate': {
      const f = t.field(a.field);
      const dup = a.kind === 'duplicate';
      return s => distinctCount(f, s).dup === dup;
    }
    case 'rangeLe':
      return s => rangeWithin(t, s, a.maxDiff);
    case 'rangeGt':
      return s => !rangeWithin(t, s, a.maxDiff);
    case 'someWith':
    case 'noneWith': {
      const bits = itemsWith(t, a.field, a.value);
      const some = a.kind === 'someWith';
      return s => intersects(s, bits) === some;
    }
    case 'somePresent':
    case 'nonePresent': {
      const bits = t.field(a.field).present;
      const some = a.kind === 'somePresent';
      return s => intersects(s, bits) === some;
    }
    case 'distinctLe': {
      const f = t.field(a.field);
      return s => distinctCount(f, s).distinct <= a.n;
    }
    case 'distinctGe': {
      const f = t.field(a.field);
      return s => distinctCount(f, s).distinct >= a.n;
    }
  }
}
