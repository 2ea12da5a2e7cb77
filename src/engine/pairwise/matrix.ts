/**
 * The compatibility matrix (docs/semantics.md §4): every unordered pair (i, j), i < j in
 * catalog order, numbered p = 0 .. n(n-1)/2 - 1 row by row. The summary runs the
 * fast kernel once and keeps the verdicts in a packed bitset, so filtered pages and
 * the adjacency rows of the cluster engine need no further rule evaluation.
 */
import type { MatrixSummary } from '../model';
import { decodeCursor, encodeCursor, type Page, type PageOptions } from './cursor';
import { evaluatePair } from './evaluate';
import type { MatrixCache, PreparedCatalog } from './prepare';

/** Largest number of pairs whose verdicts are cached (2^28 bits = 32 MiB, ~23k items). */
export const MAX_CACHED_PAIRS = 2 ** 28;

/** Number of unordered pairs of n items. */
export const pairCount = (n: number): number => (n < 2 ? 0 : (n * (n - 1)) / 2);

/** Index of the first pair of row i. */
const rowStart = (n: number, i: number): number => (i * (2 * n - i - 1)) / 2;

/** The pair (i, j) of index p. */
export function pairAt(n: number, p: number): [number, number] {
  const b = 2 * n - 1;
  let i = Math.max(0, Math.floor((b - Math.sqrt(b * b - 8 * p)) / 2));
  while (i > 0 && rowStart(n, i) > p) i--;
  while (i < n - 1 && rowStart(n, i + 1) <= p) i++;
  return [i, p - rowStart(n, i) + i + 1];
}

function computeMatrix(prepared: PreparedCatalog): MatrixCache {
  const n = prepared.size;
  const total = pairCount(n);
  const bits = total <= MAX_CACHED_PAIRS ? new Uint32Array(Math.ceil(total / 32)) : null;
  const row = new Uint8Array(n);
  let compatible = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    compatible += prepared.compatibleRow(i, i + 1, n, row);
    if (bits === null) continue;
    for (let j = i + 1; j < n; j++, p++) if (row[j] !== 0) bits[p >>> 5] |= 1 << (p & 31);
  }
  return { bits, compatible };
}

function matrixCache(prepared: PreparedCatalog): MatrixCache {
  return (prepared.matrix ??= computeMatrix(prepared));
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
    for (; p < total; p++) {
      const [i, j] = pairAt(prepared.size, p);
      if (prepared.isCompatible(i, j) === want) return p;
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
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, p++) {
      const ok =
        bits === null ? prepared.isCompatible(i, j) : ((bits[p >>> 5] >>> (p & 31)) & 1) === 1;
      if (ok) {
        buffer[i * words + (j >>> 5)] |= 1 << (j & 31);
        buffer[j * words + (i >>> 5)] |= 1 << (i & 31);
      }
    }
  }
  return Array.from({ length: n }, (_, i) => buffer.subarray(i * words, (i + 1) * words));
}
