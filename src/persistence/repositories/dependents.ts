import type { EntityManager } from '@mikro-orm/core';
import { CatalogEntity } from '../entities/catalog.entity';
import { ClusterRuleSetEntity } from '../entities/cluster-rule-set.entity';
import { RuleSetEntity } from '../entities/rule-set.entity';
import type { SchemaEntity } from '../entities/schema.entity';

export interface SchemaDependents {
  readonly ruleSets: readonly string[];
  readonly clusterRuleSets: readonly string[];
  readonly catalogs: readonly string[];
}

/** Everything that refers to `schema` (a delete is refused while any exists; docs/semantics.md §7). */
export async function findSchemaDependents(
  em: EntityManager,
  schema: SchemaEntity,
): Promise<SchemaDependents> {
  return {
    ruleSets: await em.getRepository(RuleSetEntity).namesUsingSchema(schema),
    clusterRuleSets: await em.getRepository(ClusterRuleSetEntity).namesUsingSchema(schema),
    catalogs: await em.getRepository(CatalogEntity).namesUsingSchema(schema),
  };
}

/** Cluster rule sets built on `ruleSet`. */
export function findRuleSetDependents(
  em: EntityManager,
  ruleSet: RuleSetEntity,
): Promise<string[]> {
  return em.getRepository(ClusterRuleSetEntity).namesUsingRuleSet(ruleSet);
}

export function hasDependents(d: SchemaDependents): boolean {
  return d.ruleSets.length + d.clusterRuleSets.length + d.catalogs.length > 0;
}
