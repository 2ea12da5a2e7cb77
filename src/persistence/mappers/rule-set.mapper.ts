import type { ClusterRuleSetDef, RuleDef, RuleSetDef } from '../../engine/model';
import type { ClusterRuleSetEntity } from '../entities/cluster-rule-set.entity';
import type { RuleSetEntity } from '../entities/rule-set.entity';
import { loadedName, timestamps, type Timestamped } from './loaded';

/** Stored rules with `enabled` defaulted (older documents may omit it). */
export function toRuleDefs(rules: readonly RuleDef[]): readonly RuleDef[] {
  return rules.map(r => ({ ...r, enabled: r.enabled ?? true }));
}

/** Needs `schema` loaded. */
export function toRuleSetDef(entity: RuleSetEntity): RuleSetDef {
  return {
    name: entity.name,
    version: entity.version,
    description: entity.description,
    schemaName: loadedName(entity.schema, `Schema of rule set "${entity.name}"`),
    rules: toRuleDefs(entity.rules),
  };
}

export function toRuleSetRecord(entity: RuleSetEntity): RuleSetDef & Timestamped {
  return { ...toRuleSetDef(entity), ...timestamps(entity) };
}

/** Needs `schema` and `pairwiseRuleSet` loaded. */
export function toClusterRuleSetDef(entity: ClusterRuleSetEntity): ClusterRuleSetDef {
  const what = `of cluster rule set "${entity.name}"`;
  return {
    name: entity.name,
    version: entity.version,
    description: entity.description,
    schemaName: loadedName(entity.schema, `Schema ${what}`),
    pairwiseRuleSetName: loadedName(entity.pairwiseRuleSet, `Pairwise rule set ${what}`),
    rules: toRuleDefs(entity.rules),
  };
}

export function toClusterRuleSetRecord(
  entity: ClusterRuleSetEntity,
): ClusterRuleSetDef & Timestamped {
  return { ...toClusterRuleSetDef(entity), ...timestamps(entity) };
}
