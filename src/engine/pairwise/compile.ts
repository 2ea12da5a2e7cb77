/**
 * Compilation of pairwise rule sets: conditions are parsed once (compileRuleSet),
 * then turned into closures over a catalog's columns (compileCondition, buildKernel).
 */
import type { ParsedRule, PairwiseCondition } from '../conditions/ast';
import { parsePairwiseCondition } from '../conditions/parse-pairwise';
import type { Issue, RuleDef, SchemaDef } from '../model';
import { allRow, anyRow, constRow, notRow, type RowEval } from './rows';
import type { Columns } from './columns';
import { compileLeaf, type CompiledNode, type PairTest, type Verdict } from './operators';
import { safeText } from '../validation/names';

/** A rule set parsed once: its enabled rules, exclusions first then requirements. */
export interface CompiledRuleSet {
  readonly schema: SchemaDef | null;
  /** Enabled rules in evaluation order (exclusions, then requirements, each in rule-set order). */
  readonly rules: readonly ParsedRule<PairwiseCondition>[];
  /** Problems found while parsing (a broken node evaluates to false with its reason). */
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/**
 * Parses a rule set's conditions once. Never throws: broken conditions become
 * InvalidNodes (false with a reason) and are reported in `errors`.
 * @param schema the rule set's schema (null: field names are not checked)
 * @param rules the rules in rule-set order (disabled ones are dropped)
 */
export function compileRuleSet(
  schema: SchemaDef | null,
  rules: readonly RuleDef[],
): CompiledRuleSet {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const parsed: ParsedRule<PairwiseCondition>[] = [];
  (Array.isArray(rules) ? rules : []).forEach((rule, k) => {
    if (rule === null || typeof rule !== 'object' || rule.enabled === false) return;
    const tree = parsePairwiseCondition(rule.condition, `rules[${k}].condition`, schema);
    errors.push(...tree.errors);
    warnings.push(...tree.warnings);
    const type = rule.type === 'requirement' ? 'requirement' : 'exclusion';
    parsed.push({
      name: safeText(rule.name),
      type,
      enabled: true,
      description: rule.description,
      condition: tree.node,
    });
  });
  const ordered = [
    ...parsed.filter(r => r.type === 'exclusion'),
    ...parsed.filter(r => r.type === 'requirement'),
  ];
  return { schema, rules: ordered, errors, warnings };
}

const FALSE: PairTest = () => false;

function constant(reason: string): CompiledNode {
  return { test: FALSE, explain: () => ({ value: false, reason }), row: constRow(0), cost: 0 };
}

function compileList(
  op: 'all' | 'any',
  children: readonly CompiledNode[],
  n: number,
): CompiledNode {
  const isAll = op === 'all';
  const cost = children.reduce((s, c) => s + c.cost, 0);
  if (children.length === 0) return constant(`'${op}' has no conditions (false)`);
  const tests = children.map(c => c.test);
  let test: PairTest;
  if (tests.length === 1) test = tests[0];
  else if (tests.length === 2) {
    const [a, b] = tests;
    test = isAll ? (i, j) => a(i, j) && b(i, j) : (i, j) => a(i, j) || b(i, j);
  } else {
    test = (i, j) => {
      for (let k = 0; k < tests.length; k++) if (tests[k](i, j) !== isAll) return !isAll;
      return isAll;
    };
  }
  const explain = (i: number, j: number): Verdict => {
    const reasons: string[] = [];
    for (const c of children) {
      const v = c.explain(i, j);
      if (v.value !== isAll) return v;
      reasons.push(v.reason);
    }
    return { value: isAll, reason: reasons.join('; ') };
  };
  const rows: RowEval[] = children.map(c => c.row);
  const row = rows.length === 1 ? rows[0] : isAll ? allRow(rows, n) : anyRow(rows, n);
  return { test, explain, row, cost };
}

/** Compiles a parsed condition against a catalog's columns. */
export function compileCondition(node: PairwiseCondition, cols: Columns): CompiledNode {
  switch (node.op) {
    case 'all':
    case 'any':
      return compileList(
        node.op,
        node.children.map(c => compileCondition(c, cols)),
        cols.items.length,
      );
    case 'not': {
      if (node.child === null) return constant(`'not' has no condition (false)`);
      const c = compileCondition(node.child, cols);
      const t = c.test;
      return {
        test: (i, j) => !t(i, j),
        explain: (i, j) => {
          const v = c.explain(i, j);
          return { value: !v.value, reason: `NOT (${v.reason})` };
        },
        row: notRow(c.row),
        cost: c.cost,
      };
    }
    case 'invalid':
      return constant(`Invalid condition: ${node.reason}`);
    case 'equals':
    case 'has_different':
    case 'abs_diff':
    case 'any_equals':
    case 'any_missing':
    case 'part_layer_conflict':
      return compileLeaf(node, cols);
    default:
      return constant(
        `Invalid condition: unknown operator '${safeText((node as { op?: unknown }).op)}'`,
      );
  }
}
