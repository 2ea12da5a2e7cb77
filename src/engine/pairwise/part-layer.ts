/**
 * `part_layer_conflict` (docs/semantics.md §3) over columnar data. Parts of the catalog are
 * ranked in sorted name order (code-point order, as Python's `sorted`), so scanning
 * common bits from low to high visits the common parts in sorted order, which
 * decides the phasing direction. Up to 32 parts: one mask word and dense layers per
 * item. More parts: multi-word masks and per-item sorted (rank, layer) lists.
 */
import type { ItemDef } from '../model';
import { attr } from './values';

export interface PartLayerColumn {
  /** Part names; a part's rank is its index. */
  readonly parts: readonly string[];
  readonly words: number;
  /** Whether the item has a list value (for reasons). */
  readonly present: Uint8Array;
  /** n * words: bit r of item i = item i covers the part of rank r. */
  readonly masks: Int32Array;
  /**
   * words === 1: layer of (item i, rank r) at rowOf[i] + r. Rows are slots of
   * parts.length entries; the array may have more slots than items (spare ones, and rows of
   * earlier revisions: see {@link derivePartLayerColumn}).
   */
  readonly dense: Float64Array;
  /** words === 1: offset of item i's row in `dense`. */
  readonly rowOf: Int32Array;
  /** words > 1: item i's sorted ranks / layers at offsets[i] .. offsets[i + 1]. */
  readonly offsets: Int32Array;
  readonly ranks: Int32Array;
  readonly layers: Float64Array;
}

/**
 * Compares strings by code point, as Python's `sorted` does (UTF-16 code-unit order
 * differs for astral characters, which sort after U+E000..U+FFFF). No allocation: at
 * the first differing code unit, surrogates are moved above the rest of the BMP.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let k = 0; k < n; k++) {
    let x = a.charCodeAt(k);
    let y = b.charCodeAt(k);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x - y;
  }
  return a.length - b.length;
}

/** An item's part -> layer map; a later entry overrides an earlier one. Malformed entries are skipped. */
export function partLayerMap(value: unknown): Map<string, number> | undefined {
  if (!Array.isArray(value)) return undefined;
  const map = new Map<string, number>();
  for (const entry of value as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { parts, layer } = entry as { parts?: unknown; layer?: unknown };
    if (!Array.isArray(parts) || typeof layer !== 'number' || !Number.isFinite(layer)) continue;
    for (const p of parts) if (typeof p === 'string') map.set(p, layer);
  }
  return map;
}

/** Builds the column of a part_layer_list field. */
export function partLayerColumn(items: readonly ItemDef[], field: string): PartLayerColumn {
  const n = items.length;
  const maps = items.map(it => partLayerMap(attr(it, field)));
  const names = new Set<string>();
  for (const m of maps) if (m) for (const p of m.keys()) names.add(p);
  const parts = [...names].sort(compareCodePoints);
  const rank = new Map(parts.map((p, r) => [p, r]));
  const P = parts.length;
  const words = Math.max(1, Math.ceil(P / 32));
  const present = new Uint8Array(n);
  const masks = new Int32Array(n * words);
  // Spare slots for the rows of later revisions' changed items (untouched memory until then).
  const dense = new Float64Array(words === 1 ? (n + spareSlots(n)) * P : 0);
  const rowOf = new Int32Array(words === 1 ? n : 0);
  for (let i = 0; i < rowOf.length; i++) rowOf[i] = i * P;
  const offsets = new Int32Array(n + 1);
  let total = 0;
  for (const m of maps) total += m ? m.size : 0;
  const ranks = new Int32Array(words > 1 ? total : 0);
  const layers = new Float64Array(words > 1 ? total : 0);
  let at = 0;
  for (let i = 0; i < n; i++) {
    const m = maps[i];
    offsets[i] = at;
    if (!m) continue;
    present[i] = 1;
    if (words === 1) {
      // One word: the mask and the dense layers need no order.
      for (const [p, l] of m) {
        const r = rank.get(p) as number;
        masks[i] |= 1 << r;
        dense[i * P + r] = l;
      }
      continue;
    }
    const sorted = [...m.entries()]
      .map(([p, l]) => [rank.get(p) as number, l])
      .sort((a, b) => a[0] - b[0]);
    for (const [r, l] of sorted) {
      masks[i * words + (r >>> 5)] |= 1 << (r & 31);
      if (words === 1) dense[i * P + r] = l;
      else {
        ranks[at] = r;
        layers[at++] = l;
      }
    }
  }
  offsets[n] = at;
  const column = { parts, words, present, masks, dense, rowOf, offsets, ranks, layers };
  slotsUsed.set(dense, n);
  return column;
}

/** Slots of a dense layer array beyond its catalog's items: an eighth, 64 at least. */
const spareSlots = (n: number): number => Math.max(64, n >>> 3);

/**
 * Slots taken in each dense layer array, by every column sharing it. A slot, once taken, is
 * never written again: columns of several revisions (even of diverging ones) share one array.
 */
const slotsUsed = new WeakMap<Float64Array, number>();

/**
 * The column of `items`, a later revision of the items `previous` was built from: unchanged
 * items (`origin[k] >= 0`) are copied, the others read. Parts no item covers any more keep
 * their rank (no item has their bit, so verdicts and reasons are unchanged). Built anew when
 * a changed item brings a part `previous` does not rank, or when masks take several words.
 * @param origin per item: its index in the previous items (unchanged) or -1
 */
export function derivePartLayerColumn(
  previous: PartLayerColumn,
  items: readonly ItemDef[],
  origin: ArrayLike<number>,
  field: string,
): PartLayerColumn {
  if (previous.words !== 1) return partLayerColumn(items, field);
  const n = items.length;
  const { parts } = previous;
  const P = parts.length;
  const fresh = new Map<number, Map<string, number> | undefined>();
  let rank: Map<string, number> | null = null;
  for (let k = 0; k < n; k++) {
    if (origin[k] >= 0) continue;
    const m = partLayerMap(attr(items[k], field));
    fresh.set(k, m);
    if (!m) continue;
    rank ??= new Map(parts.map((p, r) => [p, r]));
    for (const p of m.keys()) if (!rank.has(p)) return partLayerColumn(items, field);
  }
  // The rows of unchanged items are shared; changed items' rows take free slots of the
  // same array (no copy of ~n * parts entries, whose fresh memory costs most here). When
  // none are left, the live rows move to a new array, with spare slots again.
  let dense = previous.dense;
  let used = slotsUsed.get(dense) ?? Infinity;
  const rowOf = new Int32Array(n);
  if (P > 0 && used + fresh.size > dense.length / P) {
    dense = new Float64Array((n + spareSlots(n)) * P);
    used = 0;
    for (let k = 0; k < n; k++) {
      const o = origin[k];
      if (o < 0) continue;
      const from = previous.rowOf[o];
      dense.set(previous.dense.subarray(from, from + P), used * P);
      rowOf[k] = used++ * P;
    }
  }
  const present = new Uint8Array(n);
  const masks = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const o = origin[k];
    if (o >= 0) {
      // A run of unchanged items with consecutive origins: copied at once.
      let end = k + 1;
      while (end < n && origin[end] === o + (end - k)) end++;
      const len = end - k;
      present.set(previous.present.subarray(o, o + len), k);
      masks.set(previous.masks.subarray(o, o + len), k);
      if (dense === previous.dense) rowOf.set(previous.rowOf.subarray(o, o + len), k);
      k = end - 1;
      continue;
    }
    const row = used++ * P;
    rowOf[k] = row;
    const m = fresh.get(k);
    if (!m || rank === null) continue;
    present[k] = 1;
    for (const [p, l] of m) {
      const r = rank.get(p) as number;
      masks[k] |= 1 << r;
      dense[row + r] = l;
    }
  }
  if (P > 0) slotsUsed.set(dense, Math.max(used, slotsUsed.get(dense) ?? 0));
  const offsets = new Int32Array(n + 1);
  const none = new Int32Array(0);
  return {
    parts,
    words: 1,
    present,
    masks,
    dense,
    rowOf,
    offsets,
    ranks: none,
    layers: new Float64Array(0),
  };
}

/** Fast test: true when the items' coverage conflicts (collision or phasing violation). */
export function partLayerTest(c: PartLayerColumn): (i: number, j: number) => boolean {
  const { masks, dense, words } = c;
  if (words === 1) {
    const { rowOf } = c;
    return (i, j) => {
      let bits = masks[i] & masks[j];
      if (bits === 0) return false;
      const bi = rowOf[i];
      const bj = rowOf[j];
      let dir = 0;
      do {
        const low = bits & -bits;
        bits ^= low;
        const r = 31 - Math.clz32(low);
        const d = dense[bi + r] - dense[bj + r];
        if (d === 0) return true;
        const s = d > 0 ? 1 : -1;
        if (dir === 0) dir = s;
        else if (dir !== s) return true;
      } while (bits !== 0);
      return false;
    };
  }
  const { offsets, ranks, layers } = c;
  return (i, j) => {
    let a = offsets[i];
    let b = offsets[j];
    const ea = offsets[i + 1];
    const eb = offsets[j + 1];
    let dir = 0;
    while (a < ea && b < eb) {
      const ra = ranks[a];
      const rb = ranks[b];
      if (ra < rb) a++;
      else if (ra > rb) b++;
      else {
        const d = layers[a++] - layers[b++];
        if (d === 0) return true;
        const s = d > 0 ? 1 : -1;
        if (dir === 0) dir = s;
        else if (dir !== s) return true;
      }
    }
    return false;
  };
}
