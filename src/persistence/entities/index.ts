import { CatalogEntity } from './catalog.entity';
import { ClusterRuleSetEntity } from './cluster-rule-set.entity';
import { ItemEntity } from './item.entity';
import { RuleSetEntity } from './rule-set.entity';
import { SchemaEntity } from './schema.entity';

export { BaseEntity } from './base.entity';
export { CatalogEntity, type CatalogProps } from './catalog.entity';
export { ClusterRuleSetEntity, type ClusterRuleSetProps } from './cluster-rule-set.entity';
export { ItemEntity, type ItemProps } from './item.entity';
export { RuleSetEntity, type RuleSetProps } from './rule-set.entity';
export { SchemaEntity, type SchemaProps } from './schema.entity';

/** Every entity, for the ORM config. */
export const ENTITIES = [
  SchemaEntity,
  RuleSetEntity,
  ClusterRuleSetEntity,
  CatalogEntity,
  ItemEntity,
] as const;
