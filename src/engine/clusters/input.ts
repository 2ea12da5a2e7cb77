/**
 * What the cluster engine works on: a catalog (ids and attributes in catalog order),
 * its pairwise compatibility, and the parsed cluster rules.
 */
import type { ClusterCondition, ParsedRule } from '../conditions/ast';
import type { JsonObject, PairResult } from '../model';
import { type Bitset, emptySet, wordsFor } from './bitset';

/** Compatibility rows packed in one array (row i at `rows[i * words ...]`), as the pairwise engine builds them. */
export interface FlatAdjacency {
  readonly size: number;
  readonly words: number;
  readonly rows: Uint32Array;
}

export interface ClusterInput {
  /** Item ids in catalog order; positions index everything else. */
  readonly itemIds: readonly string[];
  /** Item attributes, index-aligned with `itemIds`. */
  readonly attributes: readonly JsonObject[];
  /** Pairwise compatibility of two catalog positions (must be symmetric). */
  isCompatible(i: number, j: number): boolean;
  /** The full pairwise explanation of positions i and j (item1 = i). */
  explainPair(i: number, j: number): PairResult;
  /** Compatibility rows as bitsets (bit j of row i), when already computed. */
  readonly adjacency?: readonly Uint32Array[] | FlatAdjacency;
  /** The cluster rules, in rule-set order (disabled ones are skipped). */
  readonly rules: readonly ParsedRule<ClusterCondition>[];
}

/** Builds symmetric compatibility rows without self loops from `isCompatible`. */
export function buildAdjacency(
  n: number,
  isCompatible: (i: number, j: number) => boolean,
): Bitset[] {
  const words = wordsFor(n);
  const rows = Array.from({ length: n }, () => emptySet(words));
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (!isCompatible(i, j)) continue;
      rows[i][j >>> 5] |= 1 << (j & 31);
      rows[j][i >>> 5] |= 1 << (i & 31);
    }
  }
  return rows;
}

function unpack(a: ClusterInput['adjacency']): readonly Uint32Array[] | undefined {
  if (a === undefined || Array.isArray(a)) return a;
  const flat = a as FlatAdjacency;
  if (!(flat.rows instanceof Uint32Array) || flat.rows.length < flat.size * flat.words)
    return undefined;
  return Array.from({ length: flat.size }, (_, i) =>
    flat.rows.subarray(i * flat.words, (i + 1) * flat.words),
  );
}

/**
 * The input's compatibility rows: the given ones (copied, self loops and bits past the
 * catalog cleared) when they have the right shape, otherwise built from `isCompatible`.
 */
export function adjacencyOf(input: ClusterInput): Bitset[] {
  const n = input.itemIds.length;
  const words = wordsFor(n);
  const given = unpack(input.adjacency);
  if (!given || given.length !== n || given.some(r => r.length < words)) {
    return buildAdjacency(n, (i, j) => input.isCompatible(i, j));
  }
  return given.map((row, i) => {
    const r = row.slice(0, words);
    r[i >>> 5] &= ~(1 << (i & 31));
    if (n % 32 !== 0) r[words - 1] &= (1 << (n % 32)) - 1;
    return r;
  });
}
