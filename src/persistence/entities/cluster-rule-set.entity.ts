import { Entity, EntityRepositoryType, ManyToOne, Property, types } from '@mikro-orm/core';
import type { RuleDef } from '../../engine/model';
import { ClusterRuleSetRepository } from '../repositories/cluster-rule-set.repository';
import { BaseEntity } from './base.entity';
import {
  descriptionColumn,
  jsonColumn,
  NAME_LENGTH,
  revisionColumn,
  VERSION_LENGTH,
} from './columns';
import { RuleSetEntity } from './rule-set.entity';
import { SchemaEntity } from './schema.entity';

export interface ClusterRuleSetProps {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly schema: SchemaEntity;
  readonly pairwiseRuleSet: RuleSetEntity;
  readonly rules: readonly RuleDef[];
}

@Entity({ tableName: 'cluster_rule_sets', repository: () => ClusterRuleSetRepository })
export class ClusterRuleSetEntity extends BaseEntity<'revision' | 'description'> {
  [EntityRepositoryType]?: ClusterRuleSetRepository;

  @Property({ type: types.string, length: NAME_LENGTH, unique: 'cluster_rule_sets_name_unique' })
  name: string;

  @Property({ type: types.string, length: VERSION_LENGTH })
  version: string;

  @Property(descriptionColumn())
  description: string | null;

  @ManyToOne({ entity: () => SchemaEntity, deleteRule: 'restrict' })
  schema: SchemaEntity;

  @ManyToOne({ entity: () => RuleSetEntity, deleteRule: 'restrict' })
  pairwiseRuleSet: RuleSetEntity;

  /** The engine's RuleDef list (cluster operators), as written. */
  @Property(jsonColumn())
  rules: readonly RuleDef[];

  @Property(revisionColumn())
  revision: number = 1;

  constructor(props: ClusterRuleSetProps) {
    super();
    this.name = props.name;
    this.version = props.version;
    this.description = props.description ?? null;
    this.schema = props.schema;
    this.pairwiseRuleSet = props.pairwiseRuleSet;
    this.rules = props.rules;
  }
}
