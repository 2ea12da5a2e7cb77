import type { ItemDef, JsonObject } from '../../engine/model';
import type { CatalogEntity } from '../entities/catalog.entity';
import type { ItemEntity } from '../entities/item.entity';
import { loadedName, timestamps, type Timestamped } from './loaded';

export interface CatalogData extends Timestamped {
  readonly name: string;
  readonly description: string | null;
  readonly schemaName: string;
  readonly metadata: JsonObject | null;
  readonly itemCount: number;
}

/** Needs `schema` loaded; `itemCount` from ItemRepository.countInCatalog / countsByCatalog. */
export function toCatalogData(entity: CatalogEntity, itemCount: number): CatalogData {
  return {
    name: entity.name,
    description: entity.description,
    schemaName: loadedName(entity.schema, `Schema of catalog "${entity.name}"`),
    metadata: entity.metadata,
    itemCount,
    ...timestamps(entity),
  };
}

export function toItemDef(entity: ItemEntity): ItemDef {
  return {
    id: entity.itemId,
    name: entity.name,
    attributes: entity.attributes,
    metadata: entity.metadata,
  };
}

export function toItemRecord(entity: ItemEntity): ItemDef & Timestamped {
  return { ...toItemDef(entity), ...timestamps(entity) };
}
