/**
 * One DNF term compiled for the search: the hereditary part becomes a vertex filter
 * (unary atoms), a per-term compatibility graph (clique + pairwise atoms) and a few
 * non-pairwise bounds (set size, distinct counts > 1); the upward-closed part is
 * checked on whole sets.
 */
import { type Atom, atomKey, isHereditary } from './atoms';
import { type Bitset, andInPlace, andNot, andNotInPlace, isEmpty, or } from './bitset';
import { type CatalogTables, type FieldTable, type SetTest, atomTest, itemsWith } from './tables';

export interface DistinctBound {
  readonly table: FieldTable;
  /** At most this many distinct present values (always >= 2 here). */
  readonly n: number;
}

export interface CompiledTerm {
  /** Items that may be members at all. */
  readonly allowed: Bitset;
  /** Compatibility rows restricted by the pairwise atoms. */
  readonly adj: readonly Bitset[];
  readonly maxSize: number;
  readonly distinct: readonly DistinctBound[];
  readonly minSize: number;
  /** Tests of the upward-closed atoms other than the size bound. */
  readonly upward: readonly SetTest[];
}

function restrictRows(rows: Bitset[], t: CatalogTables, keep: (i: number) => Bitset | null): void {
  for (let i = 0; i < t.n; i++) {
    const mask = keep(i);
    if (mask) andInPlace(rows[i], mask);
  }
}

function rangeRows(rows: Bitset[], t: CatalogTables, maxDiff: number): void {
  const { numeric, value } = t.formality;
  for (let i = 0; i < t.n; i++) {
    if ((numeric[i >>> 5] & (1 << (i & 31))) === 0) continue;
    for (let j = 0; j < t.n; j++) {
      if ((numeric[j >>> 5] & (1 << (j & 31))) !== 0 && Math.abs(value[i] - value[j]) > maxDiff) {
        rows[i][j >>> 5] &= ~(1 << (j & 31));
      }
    }
  }
}

/**
 * Compiles a term's atoms against the catalog tables and the compatibility graph.
 * @param rowCache shared by the terms of one search: graph rows by pairwise atoms
 */
export function compileTerm(
  atoms: readonly Atom[],
  t: CatalogTables,
  adjacency: readonly Bitset[],
  rowCache?: Map<string, readonly Bitset[]>,
): CompiledTerm {
  const allowed = t.all.slice();
  // Terms often share their pairwise atoms: their graph rows are built once.
  const key = atoms
    .filter(
      a => a.kind === 'unique' || a.kind === 'rangeLe' || (a.kind === 'distinctLe' && a.n === 1),
    )
    .map(atomKey)
    .join('|');
  const cached = rowCache?.get(key);
  let rows: Bitset[] | null = null;
  const own = (): Bitset[] => (rows ??= adjacency.map(r => r.slice()));
  const restrict = (keep: (i: number) => Bitset | null): void => {
    if (!cached) restrictRows(own(), t, keep);
  };
  let maxSize = Infinity;
  let minSize = 0;
  const distinct: DistinctBound[] = [];
  const upward: SetTest[] = [];
  for (const a of atoms) {
    if (!isHereditary(a)) {
      if (a.kind === 'sizeGe') minSize = Math.max(minSize, a.n);
      else upward.push(atomTest(t, a));
      continue;
    }
    switch (a.kind) {
      case 'sizeLe':
        maxSize = Math.min(maxSize, a.n);
        break;
      case 'unique': {
        const f = t.field(a.field);
        restrict(i => (f.valueIds[i] < 0 ? null : andNot(t.all, f.byValue[f.valueIds[i]])));
        break;
      }
      case 'rangeLe':
        andInPlace(allowed, andNot(t.all, t.formality.nonNumeric));
        if (a.maxDiff < 0) andInPlace(allowed, andNot(t.all, t.formality.numeric));
        if (!cached) rangeRows(own(), t, a.maxDiff);
        break;
      case 'noneWith':
        andInPlace(allowed, andNot(t.all, itemsWith(t, a.field, a.value)));
        break;
      case 'nonePresent':
        andInPlace(allowed, t.field(a.field).missing);
        break;
      case 'distinctLe': {
        const f = t.field(a.field);
        if (a.n <= 0) andInPlace(allowed, f.missing);
        else if (a.n === 1) {
          restrict(i => (f.valueIds[i] < 0 ? null : or(f.missing, f.byValue[f.valueIds[i]])));
        } else distinct.push({ table: f, n: a.n });
        break;
      }
    }
  }
  if (maxSize < 0) allowed.fill(0);
  const adj = cached ?? rows ?? adjacency;
  rowCache?.set(key, adj);
  return { allowed, adj, maxSize, distinct, minSize, upward };
}

/** Whether a set satisfies the term's upward-closed part (size bound included). */
export function upwardHolds(term: CompiledTerm, s: Bitset, size: number): boolean {
  if (size < term.minSize) return false;
  for (const test of term.upward) if (!test(s)) return false;
  return true;
}

/**
 * An upper bound on the size of a clique of the term graph inside `p`: the number of
 * colours of a greedy colouring (each colour class is independent, so a clique takes
 * at most one item of each). Stops counting at `cap`.
 */
export function cliqueBound(term: CompiledTerm, p: Bitset, cap = Infinity): number {
  const left = p.slice();
  let colours = 0;
  while (colours < cap && !isEmpty(left)) {
    colours++;
    const cls = left.slice();
    for (let w = 0; w < cls.length; w++) {
      while (cls[w] !== 0) {
        const low = cls[w] & -cls[w];
        const v = (w << 5) + (31 - Math.clz32(low));
        left[w] &= ~low;
        cls[w] &= ~low;
        andNotInPlace(cls, term.adj[v]);
      }
    }
  }
  return colours;
}
