/**
 * Rule and rule-set validation (docs/semantics.md §3, §5): unique well-formed rule names,
 * types, `enabled`, and conditions parsed with their paths. The condition parser is
 * a parameter, so pairwise and cluster rule sets share this code.
 */
import type { ParsedTree } from '../conditions/tree';
import type { ParsedRule } from '../conditions/ast';
import type { Issue, RuleType } from '../model';
import { checkResourceName, checkRuleName, checkVersion, safeText, shown } from './names';

const join = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** Parses one condition at a path (e.g. `parsePairwiseCondition` bound to a schema). */
export type ConditionParser<C> = (json: unknown, path: string) => ParsedTree<unknown> & { node: C };

export interface RulesReport<C> {
  readonly errors: Issue[];
  readonly warnings: Issue[];
  /** Every rule (enabled or not) in rule-set order, with its parsed condition. */
  readonly rules: ParsedRule<C>[];
}

/**
 * Validates a list of rules (document shape: `{name, type, description?, enabled?, condition}`).
 * @param path prefix of issue paths, e.g. `rulesets[0]` (issues at `rulesets[0].rules[2].condition...`)
 */
export function validateRules<C>(
  rules: unknown,
  path: string,
  parse: ConditionParser<C>,
): RulesReport<C> {
  const report: RulesReport<C> = { errors: [], warnings: [], rules: [] };
  const listPath = join(path, 'rules');
  if (!Array.isArray(rules)) {
    report.errors.push({
      path: listPath,
      code: 'INVALID_VALUE',
      message: `rules must be a list, got ${shown(rules)}`,
    });
    return report;
  }
  const seen = new Map<string, number>();
  rules.forEach((rule: unknown, k) => {
    const at = `${listPath}[${k}]`;
    if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
      report.errors.push({
        path: at,
        code: 'INVALID_VALUE',
        message: `A rule must be an object {name, type, condition}, got ${shown(rule)}`,
      });
      return;
    }
    const r = rule as Record<string, unknown>;
    const nameProblem = checkRuleName(r.name);
    if (nameProblem !== null)
      report.errors.push({ path: `${at}.name`, code: 'INVALID_NAME', message: nameProblem });
    else if (seen.has(r.name as string)) {
      report.errors.push({
        path: `${at}.name`,
        code: 'DUPLICATE_NAME',
        message: `Rule name ${shown(r.name)} is used twice (also ${listPath}[${seen.get(r.name as string)}])`,
      });
    } else seen.set(r.name as string, k);
    if (r.type !== 'exclusion' && r.type !== 'requirement') {
      report.errors.push({
        path: `${at}.type`,
        code: 'INVALID_VALUE',
        message: `Rule type must be exclusion or requirement (lower-case), got ${shown(r.type)}`,
      });
    }
    if (r.enabled !== undefined && r.enabled !== null && typeof r.enabled !== 'boolean') {
      report.errors.push({
        path: `${at}.enabled`,
        code: 'INVALID_VALUE',
        message: `enabled must be true or false, got ${shown(r.enabled)}`,
      });
    }
    if (
      r.description !== undefined &&
      r.description !== null &&
      typeof r.description !== 'string'
    ) {
      report.errors.push({
        path: `${at}.description`,
        code: 'INVALID_VALUE',
        message: 'description must be a string',
      });
    }
    const tree = parse(r.condition, `${at}.condition`);
    report.errors.push(...tree.errors);
    report.warnings.push(...tree.warnings);
    report.rules.push({
      name: safeText(r.name),
      type: (r.type === 'requirement' ? 'requirement' : 'exclusion') as RuleType,
      enabled: r.enabled !== false,
      description: typeof r.description === 'string' ? r.description : null,
      condition: tree.node,
    });
  });
  return report;
}

/** Validates a rule set's own fields (name, version, description); rules are checked by {@link validateRules}. */
export function validateRuleSetHeader(def: unknown, path: string): Issue[] {
  const issues: Issue[] = [];
  if (typeof def !== 'object' || def === null || Array.isArray(def)) {
    return [
      {
        path: path || 'ruleset',
        code: 'INVALID_VALUE',
        message: `A rule set must be an object, got ${shown(def)}`,
      },
    ];
  }
  const d = def as Record<string, unknown>;
  const nameProblem = checkResourceName(d.name);
  if (nameProblem !== null)
    issues.push({ path: join(path, 'name'), code: 'INVALID_NAME', message: nameProblem });
  const versionProblem = checkVersion(d.version);
  if (versionProblem !== null)
    issues.push({ path: join(path, 'version'), code: 'INVALID_VERSION', message: versionProblem });
  if (d.description !== undefined && d.description !== null && typeof d.description !== 'string') {
    issues.push({
      path: join(path, 'description'),
      code: 'INVALID_VALUE',
      message: 'description must be a string',
    });
  }
  return issues;
}
