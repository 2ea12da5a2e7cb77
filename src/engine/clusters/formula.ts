/**
 * Cluster conditions as negation-normal-form formulas over atoms. Negation is pushed
 * down to the atoms (De Morgan) before anything is classified, so e.g.
 * `not count_by_field` becomes a disjunction of negated atoms.
 */
import type { ClusterCondition, ClusterLeaf, ParsedRule } from '../conditions/ast';
import { type Atom, negateAtom } from './atoms';

export type Formula =
  | { readonly k: 'const'; readonly value: boolean }
  | { readonly k: 'atom'; readonly atom: Atom }
  | { readonly k: 'and' | 'or'; readonly xs: readonly Formula[] };

export const TRUE: Formula = { k: 'const', value: true };
export const FALSE: Formula = { k: 'const', value: false };
const atom = (a: Atom): Formula => ({ k: 'atom', atom: a });

/** Pushes a negation through a formula (De Morgan; atoms are negated in place). */
export function negate(f: Formula): Formula {
  switch (f.k) {
    case 'const':
      return f.value ? FALSE : TRUE;
    case 'atom':
      return atom(negateAtom(f.atom));
    case 'and':
      return { k: 'or', xs: f.xs.map(negate) };
    case 'or':
      return { k: 'and', xs: f.xs.map(negate) };
  }
}

function leafFormula(leaf: ClusterLeaf): Formula {
  switch (leaf.op) {
    case 'min_cluster_size':
      return atom({ kind: 'sizeGe', n: Math.ceil(leaf.n) });
    case 'max_cluster_size':
      return atom({ kind: 'sizeLe', n: Math.floor(leaf.n) });
    case 'unique_values':
      return atom({ kind: 'unique', field: leaf.field });
    case 'has_item_with':
      // Present values are never null, so a null (or absent) value matches nothing.
      return leaf.value === null || leaf.value === undefined
        ? FALSE
        : atom({ kind: 'someWith', field: leaf.field, value: leaf.value });
    case 'count_by_field': {
      const xs: Formula[] = [atom({ kind: 'somePresent', field: leaf.field })];
      if (leaf.min !== undefined)
        xs.push(atom({ kind: 'distinctGe', field: leaf.field, n: Math.ceil(leaf.min) }));
      if (leaf.max !== undefined)
        xs.push(atom({ kind: 'distinctLe', field: leaf.field, n: Math.floor(leaf.max) }));
      return { k: 'and', xs };
    }
    case 'formality_range':
      return atom({ kind: 'rangeLe', maxDiff: leaf.maxDiff });
  }
}

/** The formula of a condition (invalid nodes, empty all/any and empty not are false). */
export function conditionFormula(c: ClusterCondition): Formula {
  switch (c.op) {
    case 'invalid':
      return FALSE;
    case 'all':
      return c.children.length === 0 ? FALSE : { k: 'and', xs: c.children.map(conditionFormula) };
    case 'any':
      return c.children.length === 0 ? FALSE : { k: 'or', xs: c.children.map(conditionFormula) };
    case 'not':
      return c.child === null ? FALSE : negate(conditionFormula(c.child));
    default:
      return leafFormula(c);
  }
}

/** Size bounds of evaluateClusters. */
export interface SizeBounds {
  readonly minClusterSize: number;
  readonly maxClusterSize?: number;
}

/**
 * The validity of a set as one formula: every enabled requirement, the negation of
 * every enabled exclusion, `|S| >= max(1, minClusterSize)` and `|S| <= maxClusterSize`.
 * Clusters are never empty, hence the 1.
 */
export function validityFormula(
  rules: readonly ParsedRule<ClusterCondition>[],
  bounds: SizeBounds,
): Formula {
  const xs: Formula[] = [
    atom({ kind: 'sizeGe', n: Math.max(1, Math.ceil(bounds.minClusterSize)) }),
  ];
  if (bounds.maxClusterSize !== undefined) {
    xs.push(atom({ kind: 'sizeLe', n: Math.floor(bounds.maxClusterSize) }));
  }
  for (const rule of rules) {
    if (!rule.enabled) continue;
    const f = conditionFormula(rule.condition);
    xs.push(rule.type === 'exclusion' ? negate(f) : f);
  }
  return { k: 'and', xs };
}
