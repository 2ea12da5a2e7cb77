/**
 * Atoms: the monotone pieces cluster conditions are split into (docs/semantics.md §5, step 1).
 * An atom is either hereditary (H: closed under taking subsets) or upward-closed
 * (U: closed under taking supersets); negating an atom swaps the two.
 */
import type { JsonValue } from '../model';

export type Atom =
  /** H: |S| <= n. */
  | { readonly kind: 'sizeLe'; readonly n: number }
  /** U: |S| >= n. */
  | { readonly kind: 'sizeGe'; readonly n: number }
  /** H, pairwise: the present values of `field` are pairwise distinct. */
  | { readonly kind: 'unique'; readonly field: string }
  /** U: two items have deeply equal present values of `field`. */
  | { readonly kind: 'duplicate'; readonly field: string }
  /** H, pairwise: every present formality is numeric and max - min <= maxDiff. */
  | { readonly kind: 'rangeLe'; readonly maxDiff: number }
  /** U: some present formality is non-numeric, or max - min > maxDiff. */
  | { readonly kind: 'rangeGt'; readonly maxDiff: number }
  /** H, unary: no item's `field` deeply equals `value`. */
  | { readonly kind: 'noneWith'; readonly field: string; readonly value: JsonValue }
  /** U: some item's `field` deeply equals `value`. */
  | { readonly kind: 'someWith'; readonly field: string; readonly value: JsonValue }
  /** H, unary: no item has `field` present. */
  | { readonly kind: 'nonePresent'; readonly field: string }
  /** U: some item has `field` present. */
  | { readonly kind: 'somePresent'; readonly field: string }
  /** H (pairwise when n <= 1): at most n distinct present values of `field`. */
  | { readonly kind: 'distinctLe'; readonly field: string; readonly n: number }
  /** U: at least n distinct present values of `field`. */
  | { readonly kind: 'distinctGe'; readonly field: string; readonly n: number };

export type AtomKind = Atom['kind'];

const HEREDITARY: ReadonlySet<AtomKind> = new Set<AtomKind>([
  'sizeLe',
  'unique',
  'rangeLe',
  'noneWith',
  'nonePresent',
  'distinctLe',
]);

/** True for hereditary atoms, false for upward-closed ones. */
export function isHereditary(a: Atom): boolean {
  return HEREDITARY.has(a.kind);
}

/**
 * True for hereditary atoms decided by single items and pairs alone (a set satisfies
 * it iff each member and each pair does); only these allow Bron–Kerbosch pivoting.
 */
export function isPairwise(a: Atom): boolean {
  return isHereditary(a) && a.kind !== 'sizeLe' && !(a.kind === 'distinctLe' && a.n > 1);
}

/** The atom's negation (sizes and distinct counts are integers, so `not <= n` is `>= n+1`). */
export function negateAtom(a: Atom): Atom {
  switch (a.kind) {
    case 'sizeLe':
      return { kind: 'sizeGe', n: a.n + 1 };
    case 'sizeGe':
      return { kind: 'sizeLe', n: a.n - 1 };
    case 'unique':
      return { kind: 'duplicate', field: a.field };
    case 'duplicate':
      return { kind: 'unique', field: a.field };
    case 'rangeLe':
      return { kind: 'rangeGt', maxDiff: a.maxDiff };
    case 'rangeGt':
      return { kind: 'rangeLe', maxDiff: a.maxDiff };
    case 'noneWith':
      return { kind: 'someWith', field: a.field, value: a.value };
    case 'someWith':
      return { kind: 'noneWith', field: a.field, value: a.value };
    case 'nonePresent':
      return { kind: 'somePresent', field: a.field };
    case 'somePresent':
      return { kind: 'nonePresent', field: a.field };
    case 'distinctLe':
      return { kind: 'distinctGe', field: a.field, n: a.n + 1 };
    case 'distinctGe':
      return { kind: 'distinctLe', field: a.field, n: a.n - 1 };
  }
}

/** A canonical string for an atom (equal atoms, equal keys). */
export function atomKey(a: Atom): string {
  return JSON.stringify(a, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}
