import { Entity, EntityRepositoryType, ManyToOne, Property, types } from '@mikro-orm/core';
import type { RuleDef } from '../../engine/model';
import { RuleSetRepository } from '../repositories/rule-set.repository';
import { BaseEntity } from './base.entity';
import {
  descriptionColumn,
  jsonColumn,
  NAME_LENGTH,
  revisionColumn,
  VERSION_LENGTH,
} from './columns';
import { SchemaEntity } from './schema.entity';

export interface RuleSetProps {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly schema: SchemaEntity;
  readonly rules: readonly RuleDef[];
}

/** A pairwise rule set. Its schema cannot be deleted while it exists (ON DELETE RESTRICT). */
@Entity({ tableName: 'rule_sets', repository: () => RuleSetRepository })
export class RuleSetEntity extends BaseEntity<'revision' | 'description'> {
  [EntityRepositoryType]?: RuleSetRepository;

  @Property({ type: types.string, length: NAME_LENGTH, unique: 'rule_sets_name_unique' })
  name: string;

  @Property({ type: types.string, length: VERSION_LENGTH })
  version: string;

  @Property(descriptionColumn())
  description: string | null;

  @ManyToOne({ entity: () => SchemaEntity, deleteRule: 'restrict' })
  schema: SchemaEntity;

  /** The engine's RuleDef list, as written. */
  @Property(jsonColumn())
  rules: readonly RuleDef[];

  @Property(revisionColumn())
  revision: number = 1;

  constructor(props: RuleSetProps) {
    super();
    this.name = props.name;
    this.version = props.version;
    this.description = props.description ?? null;
    this.schema = props.schema;
    this.rules = props.rules;
  }
}
