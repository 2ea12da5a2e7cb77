import type { Issue, RuleDef } from '../../engine/model';
import type { RuleSetUpdateData } from '../contracts';
import { assertNoIssues, underInput } from './issues';

/** The stored fields of a rule set or cluster rule set that an update may change. */
export interface RulesRow {
  version: string;
  description?: string | null;
  rules: readonly RuleDef[];
}

/**
 * Applies a rule-set update (pairwise or cluster) once `validate` accepts the merged result:
 * fields not given keep their stored value. Throws UnprocessableError (nothing changed).
 */
export function applyRulesUpdate<
  V extends { errors: readonly Issue[]; warnings: readonly Issue[] },
>(
  name: string,
  kind: string,
  row: RulesRow,
  input: RuleSetUpdateData,
  validate: (next: {
    name: string;
    version: string;
    description?: string | null;
    rules: readonly RuleDef[];
  }) => V,
): void {
  const next = {
    name,
    version: input.version ?? row.version,
    description: input.description !== undefined ? input.description : row.description,
    rules: input.rules ? [...input.rules] : row.rules,
  };
  const report = validate(next);
  assertNoIssues(`${kind} "${name}" update is invalid`, underInput(report.errors), report.warnings);
  row.version = next.version;
  row.description = next.description ?? null;
  row.rules = next.rules;
}
