import type { ItemDef, JsonObject } from '../../engine/model';
import type { CatalogEntity } from '../entities/catalog.entity';
import type { ItemEntity } from '../entities/item.entity';
import type { CatalogRow } from '../repositories/catalog.repository';
import type { ItemRow } from '../repositories/item.repository';
import { loadedName, timestamps, type Timestamped } from './loaded';

export interface CatalogData extends Timestamped {
  readonly name: string;
  readonly description: string | null;
  readonly schemaName: string;
  readonly metadata: JsonObject | null;
  /** A number, or a promise (services count lazily, see services/lazy.ts). */
  readonly itemCount: number | Promise<number>;
  /** The row id (not exposed by the API; lets `Catalog.items` skip a second lookup). */
  readonly rowId: number;
}

/** Needs `schema` loaded; `itemCount` from ItemRepository.countInCatalog / countsByCatalog. */
export function toCatalogData(
  entity: CatalogEntity,
  itemCount: number | Promise<number>,
): CatalogData {
  return {
    name: entity.name,
    description: entity.description,
    schemaName: loadedName(entity.schema, `Schema of catalog "${entity.name}"`),
    metadata: entity.metadata,
    itemCount,
    rowId: entity.id,
    ...timestamps(entity),
  };
}

/** {@link toCatalogData} from a plain row (CatalogRepository.findPlainByName / listPlain). */
export function rowToCatalogData(
  row: CatalogRow,
  itemCount: number | Promise<number>,
): CatalogData {
  return {
    name: row.name,
    description: row.description,
    schemaName: row.schemaName,
    metadata: row.metadata,
    itemCount,
    rowId: row.id,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
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

/** A plain stored row (ItemRepository.pagePlain / allPlain) as an engine item. */
export function rowToItemDef(row: ItemRow): ItemDef {
  return { id: row.itemId, name: row.name, attributes: row.attributes, metadata: row.metadata };
}

export function rowToItemRecord(row: ItemRow): ItemDef & Timestamped {
  // A literal, not a spread of rowToItemDef: this runs for every item of every page.
  return {
    id: row.itemId,
    name: row.name,
    attributes: row.attributes,
    metadata: row.metadata,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
