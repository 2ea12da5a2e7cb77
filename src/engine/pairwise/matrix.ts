/**
 * The compatibility matrix (docs/semantics.md §4): every unordered pair (i, j), i < j in
 * catalog order, numbered p = 0 .. n(n-1)/2 - 1 row by row. The summary runs the
 * fast kernel once and keeps the verdicts in a packed bitset, so filtered pages and
 * the adjacency rows of the cluster engine need no further rule evaluation.
 */
import type { ItemDef, MatrixSummary } from '../model';
import { decodeCursor, encodeCursor, type Page, type PageOptions } from './cursor';
import { evaluatePair } from './evaluate';
import { Columns } from './columns';
import { builtColumns, prepareCatalog, type MatrixCache, type PreparedCatalog } from './prepare';

/** Largest number of pairs whose verdicts are cached (2^28 bits = 32 MiB, ~23k items). */
export const MAX_CACHED_PAIRS = 2 ** 28;

/** Number of unordered pairs of n items. */
export const pairCount = (n: number): number => (n < 2 ? 0 : (n * (n - 1)) / 2);

/** Index of the first pair of row i. */
export const rowStart = (n: number, i: number): number => (i * (2 * n - i - 1)) / 2;

/** The pair (i, j) of index p. */
export function pairAt(n: number, p: number): [number, number] {
  const b = 2 * n - 1;
  let i = Math.max(0, Math.floor((b - Math.sqrt(b * b - 8 * p)) / 2));
  while (i > 0 && rowStart(n, i) > p) i--;
  while (i < n - 1 && rowStart(n, i + 1) <= p) i++;
  return [i, p - rowStart(n, i) + i + 1];
}

/** Number of 32-bit words of the verdict bitset of a matrix of n items (0 when not cached). */
export const matrixWords = (n: number): number =>
  pairCount(n) <= MAX_CACHED_PAIRS ? Math.ceil(pairCount(n) / 32) : 0;

/**
 * Evaluates rows [from, to) of the matrix: sets the bit of every compatible pair (i, j),
 * from <= i < to, in `bits` (pair numbering of the whole matrix) and returns how many
 * there are. Words are OR-ed in with `Atomics.or`, so disjoint row ranges may fill one
 * shared bitset concurrently (the word at a range edge is shared by two ranges).
 * @param bits `matrixWords(size)` words, zeroed; null to count only
 */
export function matrixRows(
  prepared: PreparedCatalog,
  from: number,
  to: number,
  bits: Uint32Array | null,
): number {
  const n = prepared.size;
  const last = Math.min(Math.max(0, to), n);
  const row = new Uint8Array(n);
  let compatible = 0;
  let p = rowStart(n, Math.max(0, from));
  let word = 0;
  const compatibleRow = prepared.compatibleRow;
  for (let i = Math.max(0, from); i < last; i++) {
    compatible += compatibleRow(i, i + 1, n, row);
    if (bits === null) continue;
    for (let j = i + 1; j < n; j++, p++) {
      if (row[j] !== 0) word |= 1 << (p & 31);
      if ((p & 31) === 31) {
        if (word !== 0) Atomics.or(bits, p >>> 5, word);
        word = 0;
      }
    }
  }
  if (bits !== null && word !== 0) Atomics.or(bits, (p - 1) >>> 5, word);
  return compatible;
}

function computeMatrix(prepared: PreparedCatalog): MatrixCache {
  const n = prepared.size;
  const bits = pairCount(n) <= MAX_CACHED_PAIRS ? new Uint32Array(matrixWords(n)) : null;
  return { bits, compatible: matrixRows(prepared, 0, n, bits) };
}

/**
 * Installs a matrix computed elsewhere (e.g. by `matrixRows` over row ranges, in other
 * threads), so that summaries and pages read it instead of evaluating the catalog again.
 */
export function adoptMatrix(prepared: PreparedCatalog, matrix: MatrixCache): void {
  prepared.matrix = matrix;
}

/** The computed matrix of a prepared catalog, or null when it was not computed yet. */
export function computedMatrix(prepared: PreparedCatalog): MatrixCache | null {
  return prepared.matrix;
}

function matrixCache(prepared: PreparedCatalog): MatrixCache {
  return (prepared.matrix ??= computeMatrix(prepared));
}

/**
 * ORs `len` bits of `src` from bit `s` into `dst` from bit `d` (`dst` zero there), a word at
 * a time once `d` is aligned.
 */
function copyBits(src: Uint32Array, s: number, dst: Uint32Array, d: number, len: number): void {
  // Head: bit by bit chunks until `d` is word aligned.
  while (len > 0 && (d & 31) !== 0) {
    const take = copyChunk(src, s, dst, d, len);
    s += take;
    d += take;
    len -= take;
  }
  // Body: whole destination words.
  const so = s & 31;
  let sw = s >>> 5;
  let dw = d >>> 5;
  const words = len >>> 5;
  if (so === 0) {
    dst.set(src.subarray(sw, sw + words), dw);
    sw += words;
    dw += words;
  } else {
    const back = 32 - so;
    for (let k = 0; k < words; k++, sw++) dst[dw++] = (src[sw] >>> so) | (src[sw + 1] << back);
  }
  s = sw * 32 + so;
  d = dw * 32;
  len -= words * 32;
  // Tail.
  while (len > 0) {
    const take = copyChunk(src, s, dst, d, len);
    s += take;
    d += take;
    len -= take;
  }
}

/** ORs up to the next word boundary of `dst` (at most `len` bits); returns how many. */
function copyChunk(src: Uint32Array, s: number, dst: Uint32Array, d: number, len: number): number {
  const sw = s >>> 5;
  const so = s & 31;
  let chunk = src[sw] >>> so;
  if (so !== 0 && sw + 1 < src.length) chunk |= src[sw + 1] << (32 - so);
  const take = Math.min(len, 32 - (d & 31));
  if (take < 32) chunk &= (1 << take) - 1;
  dst[d >>> 5] |= chunk << (d & 31);
  return take;
}

function popCount(bits: Uint32Array): number {
  let count = 0;
  for (let w = 0; w < bits.length; w++) {
    let v = bits[w];
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    count += (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
  }
  return count;
}

/** Every item is where it was (origin k or -1): the pair numbering is unchanged. */
function sameLayout(origin: ArrayLike<number>, n: number): boolean {
  for (let k = 0; k < n; k++) if (origin[k] !== k && origin[k] !== -1) return false;
  return true;
}

/**
 * Verdicts carried over from an earlier revision, not copied yet: pair (i, j) of the matrix
 * is pair (origin[i], origin[j]) of `root` (a bitset of `rootN` items) when both items are
 * unchanged since `root`, else the kernels of the catalog decide.
 */
interface Carried {
  readonly root: Uint32Array;
  readonly rootN: number;
  /** Per item: its index among the `rootN` items, or -1 (new or changed since). */
  readonly origin: Int32Array;
  /** How many items have origin -1. */
  readonly fresh: number;
}

/** Bit of pair (a, b), a < b, of a bitset of n items. */
const bitOf = (bits: Uint32Array, n: number, a: number, b: number): number => {
  const p = rowStart(n, a) - a - 1 + b;
  return (bits[p >>> 5] >>> (p & 31)) & 1;
};

/**
 * A matrix carried over from an earlier revision: its count is known, its bitset is built
 * (the unchanged bit ranges copied from the root bitset, the fresh items' rows and columns
 * computed) on the first read of `bits`, which then drops the root. Readers that need the
 * count only (a matrix summary) never build it. It holds one root bitset, never a chain:
 * a matrix derived from a pending one shares that one's root (composed origins).
 */
class CarriedMatrix implements MatrixCache {
  private carried: Carried | null;
  private own: Uint32Array | null = null;

  constructor(
    private readonly prepared: PreparedCatalog,
    carried: Carried,
    readonly compatible: number,
  ) {
    this.carried = carried;
  }

  get bits(): Uint32Array {
    if (this.own === null) {
      this.own = materialize(this.prepared, this.carried as Carried);
      this.carried = null;
    }
    return this.own;
  }

  /** The carried state while the bitset is not built (null once it is). */
  pending(): Carried | null {
    return this.own === null ? this.carried : null;
  }
}

/**
 * Whether the verdict bitset of `prepared` is built: false while a matrix carried over from
 * an earlier revision waits for its first read of `bits` (or when no matrix is computed).
 */
export function matrixBitsBuilt(prepared: PreparedCatalog): boolean {
  const matrix = prepared.matrix;
  return matrix !== null && pendingOf(matrix) === null && matrix.bits !== null;
}

/** Whether a bitset is (or can be) read from `matrix`, without building it. */
const keepsBits = (matrix: MatrixCache): boolean =>
  matrix instanceof CarriedMatrix || matrix.bits !== null;

/** The carried state of `matrix` when its bitset is not built yet. */
const pendingOf = (matrix: MatrixCache): Carried | null =>
  matrix instanceof CarriedMatrix ? matrix.pending() : null;

/**
 * Item k's verdicts against every other item of `prepared` (whose matrix is `matrix`) into
 * out[j] (1/0; out[k] is left as is), read from the bitset, the carried root or the kernels,
 * without building anything. O(n).
 */
function verdictRow(
  prepared: PreparedCatalog,
  matrix: MatrixCache,
  k: number,
  out: Uint8Array,
): void {
  const n = prepared.size;
  const carried = pendingOf(matrix);
  if (carried === null) {
    const bits = matrix.bits as Uint32Array;
    for (let i = 0; i < k; i++) out[i] = bitOf(bits, n, i, k);
    const base = rowStart(n, k) - k - 1;
    for (let j = k + 1; j < n; j++) out[j] = (bits[(base + j) >>> 5] >>> ((base + j) & 31)) & 1;
    return;
  }
  const { root, rootN, origin } = carried;
  const ok = origin[k];
  if (ok < 0) {
    const isCompatible = prepared.isCompatible;
    for (let i = 0; i < k; i++) out[i] = isCompatible(i, k) ? 1 : 0;
    prepared.compatibleRow(k, k + 1, n, out);
    return;
  }
  let isCompatible: PreparedCatalog['isCompatible'] | null = null;
  for (let j = 0; j < n; j++) {
    if (j === k) continue;
    const oj = origin[j];
    if (oj < 0) {
      isCompatible ??= prepared.isCompatible;
      out[j] = (j < k ? isCompatible(j, k) : isCompatible(k, j)) ? 1 : 0;
    } else out[j] = j < k ? bitOf(root, rootN, oj, ok) : bitOf(root, rootN, ok, oj);
  }
}

/**
 * Compatible pairs with at least one item in `touched` (sorted, distinct indices of
 * `prepared`): a row of verdicts per touched item, pairs inside `touched` counted once.
 */
function touchedCount(
  prepared: PreparedCatalog,
  matrix: MatrixCache,
  touched: readonly number[],
): number {
  const n = prepared.size;
  const row = new Uint8Array(n);
  const inside = new Uint8Array(n);
  for (const k of touched) inside[k] = 1;
  let count = 0;
  for (const k of touched) {
    verdictRow(prepared, matrix, k, row);
    row[k] = 0;
    // A pair of two touched items is counted at its first item only.
    for (let j = 0; j < n; j++) if (row[j] !== 0 && (inside[j] === 0 || j > k)) count++;
  }
  return count;
}

/**
 * Zeroed words in shared memory: a bitset built here can go to worker threads as it is (the
 * evaluation pool shares a matrix's bits; a copy of megabytes of fresh memory saved).
 */
const sharedWords = (words: number): Uint32Array =>
  new Uint32Array(new SharedArrayBuffer(words * 4));

/**
 * The bitset of `prepared` from a carried state: unchanged bit ranges copied from the root,
 * the rows and columns of the fresh items computed with the kernels (O(n) pair checks per
 * fresh item, O(n^2 / 32) word operations for the copy).
 */
function materialize(prepared: PreparedCatalog, carried: Carried): Uint32Array {
  const { root, rootN, origin } = carried;
  const n = prepared.size;
  const row = new Uint8Array(n);
  if (rootN === n && sameLayout(origin, n)) {
    // Same pair numbering: a copy of the root with the fresh rows and columns patched.
    const bits = sharedWords(root.length);
    bits.set(root);
    const set = (p: number, on: boolean) => {
      if (on) bits[p >>> 5] |= 1 << (p & 31);
      else bits[p >>> 5] &= ~(1 << (p & 31));
    };
    if (carried.fresh === 0) return bits;
    const { isCompatible, compatibleRow } = prepared;
    for (let k = 0; k < n; k++) {
      if (origin[k] !== -1) continue;
      // Column k: pairs (i, k), i < k.
      for (let i = 0; i < k; i++) set(rowStart(n, i) - i - 1 + k, isCompatible(i, k));
      // Row k: pairs (k, j), j > k.
      compatibleRow(k, k + 1, n, row);
      const base = rowStart(n, k) - k - 1;
      for (let j = k + 1; j < n; j++) set(base + j, row[j] !== 0);
    }
    return bits;
  }
  const bits = sharedWords(Math.ceil(pairCount(n) / 32));
  // runEnd[j]: where the run of unchanged items with consecutive origins through j ends.
  const runEnd = new Int32Array(n);
  for (let j = n - 1; j >= 0; j--) {
    runEnd[j] =
      j + 1 < n && origin[j] >= 0 && origin[j + 1] === origin[j] + 1 ? runEnd[j + 1] : j + 1;
  }
  for (let i = 0; i < n - 1; i++) {
    // Pair (i, j), j > i, is bit base + j of the new matrix.
    const base = rowStart(n, i) - i - 1;
    const oi = origin[i];
    if (oi < 0) {
      prepared.compatibleRow(i, i + 1, n, row);
      for (let j = i + 1; j < n; j++)
        if (row[j] !== 0) bits[(base + j) >>> 5] |= 1 << ((base + j) & 31);
      continue;
    }
    const oldBase = rowStart(rootN, oi) - oi - 1;
    let j = i + 1;
    while (j < n) {
      const oj = origin[j];
      if (oj < 0) {
        // The pair kernel (it agrees with the row kernel: test/unit/engine/pairwise).
        if (prepared.isCompatible(i, j)) bits[(base + j) >>> 5] |= 1 << ((base + j) & 31);
        j++;
        continue;
      }
      const end = runEnd[j];
      copyBits(root, oldBase + oj, bits, base + j, end - j);
      j = end;
    }
  }
  return bits;
}

/**
 * Origins that {@link reprepareCatalog} can use: one per item, -1 (new or changed) or an
 * index of the previous catalog, increasing over the unchanged items.
 */
function validOrigin(origin: ArrayLike<number>, n: number, previousSize: number): boolean {
  if (origin.length !== n) return false;
  let last = -1;
  for (let k = 0; k < n; k++) {
    const o = origin[k];
    if (o === -1) continue;
    if (!Number.isInteger(o) || o <= last || o >= previousSize) return false;
    last = o;
  }
  return true;
}

/**
 * Items touched by a change (more and the carried matrix is built and counted at once: a
 * popcount then costs less than a row of verdicts per touched item).
 */
export const MAX_TOUCHED = 32;

/**
 * The catalog `items` prepared with `previous`'s rule set, its matrix carried over from
 * `previous`: the result is the same as `prepareCatalog(previous.compiled, items)` followed
 * by a full matrix computation, at the cost of a row of verdicts per changed item.
 *
 * - The columns are derived from `previous`'s when it has built them (unchanged entries
 *   copied, changed items read): no pass over the items.
 * - The compatible count follows: the previous count, less the compatible pairs of the
 *   removed or changed items, plus those of the new or changed ones (O(n) each).
 * - The bitset is built on first read only (pages, adjacency, the worker pool); until then
 *   the matrix refers to one root bitset (the last built one), whichever number of changes
 *   lie between. Past {@link MAX_TOUCHED} touched items in one step, or as many items
 *   changed since the root, it is built at once.
 *
 * @param origin for each item of `items`, the index in `previous.items` of the same,
 *   unchanged item, or -1 when the item is new or changed. Unchanged items must keep their
 *   relative order. When `origin` does not fit, or `previous` has no matrix computed, the
 *   matrix is left to be computed in full on first use.
 */
export function reprepareCatalog(
  previous: PreparedCatalog,
  items: readonly ItemDef[],
  origin: ArrayLike<number>,
): PreparedCatalog {
  const n = Array.isArray(items) ? items.length : 0;
  const valid = validOrigin(origin, n, previous.size);
  const columns = builtColumns(previous);
  const next = prepareCatalog(
    previous.compiled,
    items,
    valid && columns !== null ? Columns.derive(columns, items, origin) : undefined,
  );
  const old = previous.matrix;
  if (old === null || !keepsBits(old) || pairCount(n) > MAX_CACHED_PAIRS || !valid) return next;
  // Compose with the previous carried state, if any: one root, never a chain.
  const before = pendingOf(old);
  const composed = new Int32Array(n);
  const added: number[] = [];
  let fresh = 0;
  for (let k = 0; k < n; k++) {
    const o = origin[k];
    composed[k] = o < 0 ? -1 : before === null ? o : before.origin[o];
    if (o < 0) added.push(k);
    if (composed[k] < 0) fresh++;
  }
  const kept = new Uint8Array(previous.size);
  for (let k = 0; k < n; k++) if (origin[k] >= 0) kept[origin[k]] = 1;
  const removed: number[] = [];
  for (let k = 0; k < previous.size; k++) if (kept[k] === 0) removed.push(k);
  const carried: Carried =
    before === null
      ? { root: old.bits as Uint32Array, rootN: previous.size, origin: composed, fresh }
      : { root: before.root, rootN: before.rootN, origin: composed, fresh };
  if (removed.length + added.length > MAX_TOUCHED || fresh > MAX_TOUCHED) {
    const bits = materialize(next, carried);
    next.matrix = { bits, compatible: popCount(bits) };
    return next;
  }
  const lost = touchedCount(previous, old, removed);
  const matrix = new CarriedMatrix(next, carried, 0);
  const gained = touchedCount(next, matrix, added);
  next.matrix = new CarriedMatrix(next, carried, old.compatible - lost + gained);
  return next;
}

/** Counts of the whole matrix, computed without materializing any result (memoized). */
export function matrixSummary(prepared: PreparedCatalog): MatrixSummary {
  const totalPairs = pairCount(prepared.size);
  const { compatible } = matrixCache(prepared);
  return {
    totalPairs,
    compatiblePairs: compatible,
    incompatiblePairs: totalPairs - compatible,
    compatibilityRate: totalPairs === 0 ? 0 : compatible / totalPairs,
  };
}

/** First pair index >= p whose verdict is `want` (or total when none). */
function nextMatch(prepared: PreparedCatalog, p: number, want: boolean | null): number {
  const total = pairCount(prepared.size);
  if (want === null || p >= total) return Math.min(p, total);
  const { bits } = matrixCache(prepared);
  if (bits === null) {
    const isCompatible = prepared.isCompatible;
    for (; p < total; p++) {
      const [i, j] = pairAt(prepared.size, p);
      if (isCompatible(i, j) === want) return p;
    }
    return total;
  }
  const skip = want ? 0 : -1;
  while (p < total) {
    const w = p >>> 5;
    const word = bits[w] | 0;
    if (word === skip) {
      p = (w + 1) * 32;
      continue;
    }
    if (((word >>> (p & 31)) & 1) === (want ? 1 : 0)) return p;
    p++;
  }
  return total;
}

/**
 * One page of matrix comparisons, with full explanations, in pair order.
 * The cursor is opaque; `totalCount` counts the pairs matching the filter.
 */
export function matrixPage(prepared: PreparedCatalog, options: PageOptions): Page {
  const n = prepared.size;
  const total = pairCount(n);
  const want =
    options.compatible === undefined || options.compatible === null ? null : options.compatible;
  const first = Math.max(0, Math.floor(options.first) || 0);
  const summary = want === null ? null : matrixSummary(prepared);
  const totalCount =
    summary === null ? total : want ? summary.compatiblePairs : summary.incompatiblePairs;
  let p = 0;
  if (options.after !== undefined && options.after !== null) {
    const after = decodeCursor(options.after, 'pair');
    if (after === null || after >= total) {
      return {
        results: [],
        cursors: [],
        hasNextPage: false,
        endCursor: null,
        totalCount,
        error: 'Invalid cursor',
      };
    }
    p = after + 1;
  }
  const results = [];
  const cursors = [];
  for (
    p = nextMatch(prepared, p, want);
    p < total && results.length < first;
    p = nextMatch(prepared, p + 1, want)
  ) {
    const [i, j] = pairAt(n, p);
    results.push(evaluatePair(prepared, i, j));
    cursors.push(encodeCursor('pair', p));
  }
  return {
    results,
    cursors,
    hasNextPage: p < total,
    endCursor: cursors.length ? cursors[cursors.length - 1] : null,
    totalCount,
  };
}

/**
 * The compatibility graph as bitset rows (bit j of row i = compatible; no self loops),
 * views into one buffer of `ceil(n / 32)` words per row. Used by the cluster engine.
 */
export function adjacency(prepared: PreparedCatalog): Uint32Array[] {
  const n = prepared.size;
  const words = Math.ceil(n / 32);
  const buffer = new Uint32Array(n * words);
  const { bits } = matrixCache(prepared);
  // The kernels are built only when no bits are kept (a matrix from the pool has them).
  const isCompatible = bits === null ? prepared.isCompatible : () => false;
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, p++) {
      const ok = bits === null ? isCompatible(i, j) : ((bits[p >>> 5] >>> (p & 31)) & 1) === 1;
      if (ok) {
        buffer[i * words + (j >>> 5)] |= 1 << (j & 31);
        buffer[j * words + (i >>> 5)] |= 1 << (i & 31);
      }
    }
  }
  return Array.from({ length: n }, (_, i) => buffer.subarray(i * words, (i + 1) * words));
}
