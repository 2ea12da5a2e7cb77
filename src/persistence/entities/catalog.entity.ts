import { Entity, EntityRepositoryType, ManyToOne, Property, types } from '@mikro-orm/core';
import type { JsonObject } from '../../engine/model';
import { CatalogRepository } from '../repositories/catalog.repository';
import { BaseEntity } from './base.entity';
import { descriptionColumn, NAME_LENGTH, nullableJsonColumn, revisionColumn } from './columns';
import { SchemaEntity } from './schema.entity';

export interface CatalogProps {
  readonly name: string;
  readonly description?: string | null;
  readonly schema: SchemaEntity;
  readonly metadata?: JsonObject | null;
}

/**
 * A catalog. `revision` changes on every write to the catalog or its items (cache keys);
 * `nextPosition` hands out item positions (insertion order), see CatalogRepository.
 */
@Entity({ tableName: 'catalogs', repository: () => CatalogRepository })
export class CatalogEntity extends BaseEntity<
  'revision' | 'nextPosition' | 'description' | 'metadata'
> {
  [EntityRepositoryType]?: CatalogRepository;

  @Property({ type: types.string, length: NAME_LENGTH, unique: 'catalogs_name_unique' })
  name: string;

  @Property(descriptionColumn())
  description: string | null;

  @ManyToOne({ entity: () => SchemaEntity, deleteRule: 'restrict' })
  schema: SchemaEntity;

  @Property(nullableJsonColumn())
  metadata: JsonObject | null;

  @Property(revisionColumn())
  revision: number = 1;

  /** The position the next item gets; only ever advanced atomically (reservePositions). */
  @Property({ type: types.integer, default: 0 })
  nextPosition: number = 0;

  constructor(props: CatalogProps) {
    super();
    this.name = props.name;
    this.description = props.description ?? null;
    this.schema = props.schema;
    this.metadata = props.metadata ?? null;
  }
}
