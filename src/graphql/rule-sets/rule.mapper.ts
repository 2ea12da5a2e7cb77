import type { JsonObject, RuleDef } from '../../engine/model';
import type { RuleInput } from './rule.type';

/** GraphQL rule inputs → engine rule definitions. */
export function toRuleDefs(inputs: readonly RuleInput[]): RuleDef[] {
  return inputs.map(r => ({
    name: r.name,
    type: r.type,
    enabled: r.enabled ?? true,
    condition: r.condition as JsonObject,
    ...(r.description != null ? { description: r.description } : {}),
  }));
}
