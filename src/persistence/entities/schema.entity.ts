import { Entity, EntityRepositoryType, Property, types } from '@mikro-orm/core';
import type { DimensionDef } from '../../engine/model';
import { SchemaRepository } from '../repositories/schema.repository';
import { BaseEntity } from './base.entity';
import {
  descriptionColumn,
  jsonColumn,
  NAME_LENGTH,
  revisionColumn,
  VERSION_LENGTH,
} from './columns';

export interface SchemaProps {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly dimensions: readonly DimensionDef[];
}

@Entity({ tableName: 'schemas', repository: () => SchemaRepository })
export class SchemaEntity extends BaseEntity<'revision' | 'description'> {
  [EntityRepositoryType]?: SchemaRepository;

  @Property({ type: types.string, length: NAME_LENGTH, unique: 'schemas_name_unique' })
  name: string;

  @Property({ type: types.string, length: VERSION_LENGTH })
  version: string;

  @Property(descriptionColumn())
  description: string | null;

  /** The engine's DimensionDef list, as written. */
  @Property(jsonColumn())
  dimensions: readonly DimensionDef[];

  @Property(revisionColumn())
  revision: number = 1;

  constructor(props: SchemaProps) {
    super();
    this.name = props.name;
    this.version = props.version;
    this.description = props.description ?? null;
    this.dimensions = props.dimensions;
  }
}
