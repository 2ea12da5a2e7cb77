/**
 * Entry point validating cluster rule sets against their schema. Cluster conditions
 * are parsed by the clusters side (`parseClusterRules`).
 */
import type { ClusterCondition } from '../conditions/ast';
import { parseClusterRules } from '../conditions/parse-cluster';
import type { SchemaDef } from '../model';
import { validateRuleSetHeader, type RulesReport } from './rules';

/**
 * Validates a cluster rule set `{name, version, description?, rules}` against its schema
 * (references to the schema and the pairwise rule set are resolved by the caller).
 * @returns errors, warnings and the parsed rules (rule-set order, disabled ones included)
 */
export function validateClusterRuleSet(
  schema: SchemaDef | null,
  ruleSet: unknown,
  path = '',
): RulesReport<ClusterCondition> {
  const header = validateRuleSetHeader(ruleSet, path);
  const rules =
    typeof ruleSet === 'object' && ruleSet !== null
      ? (ruleSet as { rules?: unknown }).rules
      : undefined;
  const report = parseClusterRules(schema, rules, path);
  return { ...report, errors: [...header, ...report.errors] };
}
