import { Entity, EntityRepositoryType, ManyToOne, Property, types, Unique } from '@mikro-orm/core';
import type { JsonObject } from '../../engine/model';
import { ItemRepository } from '../repositories/item.repository';
import { BaseEntity } from './base.entity';
import { ITEM_ID_LENGTH, jsonColumn, nullableJsonColumn } from './columns';
import { CatalogEntity } from './catalog.entity';

export interface ItemProps {
  readonly catalog: CatalogEntity;
  readonly itemId: string;
  readonly name: string;
  readonly attributes: JsonObject;
  readonly metadata?: JsonObject | null;
  readonly position: number;
}

/**
 * An item of a catalog. `itemId` is the user-visible id (unique per catalog); `position`
 * is its place in insertion order, unique per catalog, and the key of item pages.
 * Deleting a catalog deletes its items (ON DELETE CASCADE).
 */
@Entity({ tableName: 'items', repository: () => ItemRepository })
@Unique({ name: 'items_catalog_item_id_unique', properties: ['catalog', 'itemId'] })
@Unique({ name: 'items_catalog_position_unique', properties: ['catalog', 'position'] })
export class ItemEntity extends BaseEntity<'metadata'> {
  [EntityRepositoryType]?: ItemRepository;

  // No separate index: the unique (catalog_id, ...) indexes start with this column.
  @ManyToOne({ entity: () => CatalogEntity, deleteRule: 'cascade', index: false })
  catalog: CatalogEntity;

  @Property({ type: types.string, length: ITEM_ID_LENGTH })
  itemId: string;

  @Property({ type: types.text })
  name: string;

  @Property(jsonColumn())
  attributes: JsonObject;

  @Property(nullableJsonColumn())
  metadata: JsonObject | null;

  @Property({ type: types.integer })
  position: number;

  constructor(props: ItemProps) {
    super();
    this.catalog = props.catalog;
    this.itemId = props.itemId;
    this.name = props.name;
    this.attributes = props.attributes;
    this.metadata = props.metadata ?? null;
    this.position = props.position;
  }
}
