/**
 * Disjunctive normal form of a formula (docs/semantics.md §5, step 2): a list of terms, each a
 * conjunction of atoms. Terms are simplified (size and distinct-count bounds merged,
 * contradictions dropped, duplicates and subsumed terms removed). The expansion is
 * capped: past `maxTerms` terms it gives up (null) and the caller falls back.
 */
import { type Atom, atomKey, negateAtom } from './atoms';
import type { Formula } from './formula';

/** A conjunction of atoms, canonical (sorted by key, no duplicates). */
export interface Term {
  readonly atoms: readonly Atom[];
  readonly keys: ReadonlySet<string>;
}

/** Default cap on the number of DNF terms. */
export const DEFAULT_MAX_TERMS = 256;

function mergeBounds(atoms: readonly Atom[]): Atom[] | null {
  let ge = 1;
  let le = Infinity;
  const dGe = new Map<string, number>();
  const dLe = new Map<string, number>();
  const rest: Atom[] = [];
  for (const a of atoms) {
    if (a.kind === 'sizeGe') ge = Math.max(ge, a.n);
    else if (a.kind === 'sizeLe') le = Math.min(le, a.n);
    else if (a.kind === 'distinctGe') dGe.set(a.field, Math.max(dGe.get(a.field) ?? 0, a.n));
    else if (a.kind === 'distinctLe') dLe.set(a.field, Math.min(dLe.get(a.field) ?? Infinity, a.n));
    else rest.push(a);
  }
  if (ge > le) return null;
  rest.push({ kind: 'sizeGe', n: ge });
  if (le !== Infinity) rest.push({ kind: 'sizeLe', n: le });
  for (const [field, n] of dGe) {
    if (n > (dLe.get(field) ?? Infinity)) return null;
    if (n > 0) rest.push({ kind: 'distinctGe', field, n });
  }
  for (const [field, n] of dLe) {
    if (n < 0) return null;
    rest.push({ kind: 'distinctLe', field, n });
  }
  return rest;
}

/** Canonical form of a conjunction, or null when it is contradictory. */
export function makeTerm(atoms: readonly Atom[]): Term | null {
  const merged = mergeBounds(atoms);
  if (merged === null) return null;
  const byKey = new Map<string, Atom>();
  for (const a of merged) byKey.set(atomKey(a), a);
  let rangeLe = Infinity;
  let rangeGt = -Infinity;
  for (const a of byKey.values()) {
    if (a.kind === 'rangeLe') rangeLe = Math.min(rangeLe, a.maxDiff);
    if (a.kind === 'rangeGt') rangeGt = Math.max(rangeGt, a.maxDiff);
    if (a.kind !== 'sizeGe' && a.kind !== 'sizeLe' && byKey.has(atomKey(negateAtom(a))))
      return null;
  }
  if (rangeGt >= rangeLe) return null;
  const keys = [...byKey.keys()].sort();
  return { atoms: keys.map(k => byKey.get(k) as Atom), keys: new Set(keys) };
}

function subsumes(a: Term, b: Term): boolean {
  if (a.keys.size > b.keys.size) return false;
  for (const k of a.keys) if (!b.keys.has(k)) return false;
  return true;
}

/** Drops duplicate terms and terms implied-weaker (a superset of another term's atoms). */
function prune(terms: readonly Term[]): Term[] {
  const sorted = [...terms].sort((x, y) => x.keys.size - y.keys.size);
  const kept: Term[] = [];
  for (const t of sorted) if (!kept.some(k => subsumes(k, t))) kept.push(t);
  return kept;
}

/**
 * The DNF of a formula: an empty list means unsatisfiable, a term with no atoms always
 * true. Returns null when more than `maxTerms` terms would be needed.
 */
export function toDnf(f: Formula, maxTerms = DEFAULT_MAX_TERMS): Term[] | null {
  switch (f.k) {
    case 'const':
      return f.value ? [{ atoms: [], keys: new Set() }] : [];
    case 'atom': {
      const t = makeTerm([f.atom]);
      return t ? [t] : [];
    }
    case 'or': {
      const out: Term[] = [];
      for (const x of f.xs) {
        const d = toDnf(x, maxTerms);
        if (d === null) return null;
        out.push(...d);
        if (out.length > maxTerms) {
          const p = prune(out);
          if (p.length > maxTerms) return null;
          out.splice(0, out.length, ...p);
        }
      }
      return prune(out);
    }
    case 'and': {
      let acc: Term[] = [{ atoms: [], keys: new Set() }];
      for (const x of f.xs) {
        const d = toDnf(x, maxTerms);
        if (d === null) return null;
        const next: Term[] = [];
        for (const a of acc) {
          for (const b of d) {
            const t = makeTerm([...a.atoms, ...b.atoms]);
            if (t) next.push(t);
          }
          if (next.length > maxTerms * 4) return null;
        }
        acc = prune(next);
        if (acc.length > maxTerms) return null;
      }
      return acc;
    }
  }
}
