/**
 * Entry points validating pairwise rule sets against their schema.
 */
import type { PairwiseCondition } from '../conditions/ast';
import { parsePairwiseCondition } from '../conditions/parse-pairwise';
import type { SchemaDef } from '../model';
import { validateRuleSetHeader, validateRules, type RulesReport } from './rules';

/**
 * Validates pairwise rules against a schema (e.g. for an update that only replaces rules).
 * @param path prefix of issue paths (issues at `${path}.rules[k]...`)
 */
export function validatePairwiseRules(
  schema: SchemaDef | null,
  rules: unknown,
  path = '',
): RulesReport<PairwiseCondition> {
  return validateRules(rules, path, (json, at) => parsePairwiseCondition(json, at, schema));
}

/**
 * Validates a pairwise rule set `{name, version, description?, rules}` against its schema.
 * @returns errors, warnings and the parsed rules (rule-set order, disabled ones included)
 */
export function validateRuleSet(
  schema: SchemaDef | null,
  ruleSet: unknown,
  path = '',
): RulesReport<PairwiseCondition> {
  const header = validateRuleSetHeader(ruleSet, path);
  const rules =
    typeof ruleSet === 'object' && ruleSet !== null
      ? (ruleSet as { rules?: unknown }).rules
      : undefined;
  const report = validatePairwiseRules(schema, rules, path);
  return { ...report, errors: [...header, ...report.errors] };
}
