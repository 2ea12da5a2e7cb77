/**
 * Value helpers of the pairwise engine: "missing" (absent or null), deep-equality
 * keys (arrays element-wise, objects key-wise, `1` equals `1.0`), interning of
 * attribute values into Int32Array ids, and value formatting for reasons.
 */
import type { ItemDef, JsonValue } from '../model';

/** Id of a missing value in an interned column. */
export const MISSING = -1;

/** The attribute value of an item; undefined when missing (absent or null). */
export function attr(item: ItemDef, field: string): unknown {
  const attrs: unknown = (item as ItemDef | null | undefined)?.attributes;
  if (
    typeof attrs !== 'object' ||
    attrs === null ||
    !Object.prototype.hasOwnProperty.call(attrs, field)
  ) {
    return undefined;
  }
  const v = (attrs as Record<string, unknown>)[field];
  return v === null ? undefined : v;
}

function canonical(v: unknown, depth: number): unknown {
  if (depth > 64 || typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(e => canonical(e, depth + 1));
  const o = v as Record<string, unknown>;
  // No prototype: a `__proto__` key (JSON.parse makes it an own key) stays a plain key.
  const out = Object.create(null) as Record<string, unknown>;
  for (const k of Object.keys(o).sort()) out[k] = canonical(o[k], depth + 1);
  return out;
}

/**
 * A string key such that two JSON values have the same key iff they are deeply equal
 * (object key order ignored; JSON numbers are doubles, so `1` and `1.0` coincide;
 * `true` and `1` differ).
 */
export function equalityKey(v: unknown): string {
  if (typeof v === 'string') return `s${v}`;
  if (typeof v === 'number') return `n${v === 0 ? 0 : v}`;
  if (typeof v === 'boolean') return v ? 'T' : 'F';
  try {
    return `j${JSON.stringify(canonical(v, 0)) ?? 'undefined'}`;
  } catch {
    return `?${String(typeof v)}`;
  }
}

/** Deep equality of two present JSON values, as defined for `equals`. */
export function deepEqual(a: unknown, b: unknown): boolean {
  return equalityKey(a) === equalityKey(b);
}

/** One field's values as ids: equal ids iff deeply equal values; MISSING when missing. */
export interface InternedColumn {
  readonly ids: Int32Array;
  /** Equality key -> id, to look up constants such as `any_equals.value`. */
  readonly idOf: ReadonlyMap<string, number>;
}

/** Interns a field's values over the catalog. */
export function internColumn(items: readonly ItemDef[], field: string): InternedColumn {
  const ids = new Int32Array(items.length);
  const idOf = new Map<string, number>();
  for (let i = 0; i < items.length; i++) {
    const v = attr(items[i], field);
    if (v === undefined) {
      ids[i] = MISSING;
      continue;
    }
    const key = equalityKey(v);
    let id = idOf.get(key);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(key, id);
    }
    ids[i] = id;
  }
  return { ids, idOf };
}

/**
 * The interned column of `items`, a later revision of the items `previous` was built from:
 * unchanged items keep their ids, changed or new ones (`origin[k] === -1`) are looked up, a
 * value not seen before gets a new id (in a copy of the key map: `previous` is not
 * touched). Keys of values no item has any more are kept (no item has their id, so
 * verdicts are unchanged) until they outnumber the items, then the column is rebuilt.
 * @param origin per item: its index in the previous items (unchanged) or -1
 */
export function deriveInternColumn(
  previous: InternedColumn,
  items: readonly ItemDef[],
  origin: ArrayLike<number>,
  field: string,
): InternedColumn {
  const n = items.length;
  if (previous.idOf.size > 2 * n + 64) return internColumn(items, field);
  const ids = new Int32Array(n);
  const old = previous.ids;
  let idOf = previous.idOf as Map<string, number>;
  let copied = false;
  for (let k = 0; k < n; k++) {
    const o = origin[k];
    if (o >= 0) {
      ids[k] = old[o];
      continue;
    }
    const v = attr(items[k], field);
    if (v === undefined) {
      ids[k] = MISSING;
      continue;
    }
    const key = equalityKey(v);
    let id = idOf.get(key);
    if (id === undefined) {
      if (!copied) {
        idOf = new Map(idOf);
        copied = true;
      }
      id = idOf.size;
      idOf.set(key, id);
    }
    ids[k] = id;
  }
  return { ids, idOf };
}

/** A field's numeric values (NaN when missing or not a number; booleans are not numbers). */
export function numberColumn(items: readonly ItemDef[], field: string): Float64Array {
  const out = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const v = attr(items[i], field);
    out[i] = typeof v === 'number' ? v : NaN;
  }
  return out;
}

/** The numeric column of `items` from that of a previous revision (see deriveInternColumn). */
export function deriveNumberColumn(
  previous: Float64Array,
  items: readonly ItemDef[],
  origin: ArrayLike<number>,
  field: string,
): Float64Array {
  const out = new Float64Array(items.length);
  for (let k = 0; k < items.length; k++) {
    const o = origin[k];
    if (o >= 0) out[k] = previous[o];
    else {
      const v = attr(items[k], field);
      out[k] = typeof v === 'number' ? v : NaN;
    }
  }
  return out;
}

/** Renders a value in a reason: strings as-is, everything else as JSON. */
export function formatValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  try {
    return JSON.stringify(v as JsonValue) ?? String(v);
  } catch {
    return String(typeof v);
  }
}

/** A number without floating-point noise (at most 10 significant decimals). */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/** Which items miss a value: `item1`, `item2` or `both items`. */
export function missingSide(m1: boolean, m2: boolean): string {
  return m1 && m2 ? 'both items' : m1 ? 'item1' : 'item2';
}
