/**
 * Cluster conditions and cluster rules evaluated on one set of items (docs/semantics.md §5),
 * with reasons. Used by validateCluster and for the rule evaluations of found clusters.
 */
import type { ClusterCondition, ParsedRule } from '../conditions/ast';
import type { RuleEvaluation } from '../model';
import { type ClusterMembers, type Verdict, evaluateClusterLeaf } from './leaves';

/** Evaluates a cluster condition tree (all/any stop early; empty lists are false). */
export function evaluateClusterCondition(c: ClusterCondition, m: ClusterMembers): Verdict {
  switch (c.op) {
    case 'invalid':
      return { passed: false, reason: `Invalid condition: ${c.reason}` };
    case 'all': {
      if (c.children.length === 0)
        return { passed: false, reason: "'all' has no conditions (false)" };
      const reasons: string[] = [];
      for (const child of c.children) {
        const v = evaluateClusterCondition(child, m);
        if (!v.passed) return v;
        reasons.push(v.reason);
      }
      return { passed: true, reason: reasons.join('; ') };
    }
    case 'any': {
      if (c.children.length === 0)
        return { passed: false, reason: "'any' has no conditions (false)" };
      const reasons: string[] = [];
      for (const child of c.children) {
        const v = evaluateClusterCondition(child, m);
        if (v.passed) return v;
        reasons.push(v.reason);
      }
      return { passed: false, reason: reasons.join('; ') };
    }
    case 'not': {
      if (c.child === null) return { passed: false, reason: "'not' has no condition (false)" };
      const v = evaluateClusterCondition(c.child, m);
      return { passed: !v.passed, reason: `NOT (${v.reason})` };
    }
    default:
      return evaluateClusterLeaf(c, m);
  }
}

/** The verdict of a set against a cluster rule set. */
export interface ClusterRulesVerdict {
  /** Every enabled exclusion's condition is false and every enabled requirement's true. */
  readonly passed: boolean;
  /**
   * Every enabled rule: exclusions first, then requirements, each group in rule-set
   * order, as pairwise results list them (disabled rules are not listed).
   */
  readonly evaluations: readonly RuleEvaluation[];
}

/**
 * Evaluates every enabled cluster rule on a set (no early exit, so the explanation is
 * complete). For an exclusion `passed = !condition`; for a requirement `passed = condition`.
 */
export function evaluateClusterRules(
  rules: readonly ParsedRule<ClusterCondition>[],
  m: ClusterMembers,
): ClusterRulesVerdict {
  const evaluations: RuleEvaluation[] = [];
  for (const exclusions of [true, false]) {
    for (const rule of rules) {
      if (!rule.enabled || (rule.type === 'exclusion') !== exclusions) continue;
      const v = evaluateClusterCondition(rule.condition, m);
      const passed = exclusions ? !v.passed : v.passed;
      evaluations.push({ ruleName: rule.name, passed, reason: v.reason });
    }
  }
  return { passed: evaluations.every(e => e.passed), evaluations };
}
