import { EntityRepository, type EntityManager } from '@mikro-orm/core';
import type { JsonObject } from '../../engine/model';
import type { CatalogEntity } from '../entities/catalog.entity';
import type { ItemEntity } from '../entities/item.entity';
import { checkKeysetArgs, type KeysetArgs, type KeysetPage } from './paging';
import { plainDate as date, plainJson as json, readRows } from './plain';

/** An item as stored, without the ORM's entity machinery. */
export interface ItemRow {
  readonly itemId: string;
  readonly name: string;
  readonly attributes: JsonObject;
  readonly metadata: JsonObject | null;
  readonly position: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /**
   * The length of the name, attributes and metadata (when not null) as JSON text, when the
   * driver returned that text (SQLite): what ResponseBudget.chargeItem would otherwise
   * compute by serialising the parsed values again. The stored text is what JSON.stringify
   * wrote, so the two are the same.
   */
  readonly jsonLength?: number;
}

/** An item row as the drivers return it (see {@link toItemRow}). */
export interface RawItemRow {
  item_id: string;
  name: string;
  attributes: string | JsonObject;
  metadata: string | JsonObject | null;
  position: number | string;
  created_at: number | string | Date;
  updated_at: number | string | Date;
}

/** The columns of {@link RawItemRow}, in this order. */
export const ITEM_COLUMNS = 'item_id, name, attributes, metadata, position, created_at, updated_at';

export function toItemRow(r: RawItemRow): ItemRow {
  const metadata = json(r.metadata);
  return {
    itemId: r.item_id,
    name: r.name,
    attributes: json(r.attributes) ?? {},
    metadata,
    position: Number(r.position),
    createdAt: date(r.created_at),
    updatedAt: date(r.updated_at),
    jsonLength: jsonLength(r, metadata),
  };
}

/** ItemRow.jsonLength: from the JSON text the driver returned, if it returned text. */
function jsonLength(r: RawItemRow, metadata: JsonObject | null): number | undefined {
  const { attributes } = r;
  if (typeof attributes !== 'string') return undefined;
  if (metadata === null) return r.name.length + attributes.length;
  return typeof r.metadata === 'string'
    ? r.name.length + attributes.length + r.metadata.length
    : undefined;
}

/** Rows per query of {@link ItemRepository.allPlainPaged}: a few milliseconds of mapping each. */
const LOAD_PAGE = 500;

/** Bound parameters per IN (...) list: well under every database's limit. */
const IN_CHUNK = 500;

/** One keyset page of plain item rows. */
export interface PlainItemPage {
  readonly items: ItemRow[];
  readonly hasNextPage: boolean;
}

/**
 * {@link ItemRepository.pagePlain} for any EntityManager (CatalogRepository reads a catalog
 * and a page of its items together with it).
 */
export async function readItemPage(
  em: EntityManager,
  catalogId: number,
  args: KeysetArgs,
): Promise<PlainItemPage> {
  checkKeysetArgs(args);
  const rows = await readRows<RawItemRow>(
    em,
    `select ${ITEM_COLUMNS} from items where catalog_id = ? and position > ? order by position limit ?`,
    [catalogId, args.after ?? -1, args.first + 1],
  );
  return { items: rows.slice(0, args.first).map(toItemRow), hasNextPage: rows.length > args.first };
}

/** Items of one catalog, always in catalog order (position = insertion order). */
export class ItemRepository extends EntityRepository<ItemEntity> {
  findByItemId(catalog: CatalogEntity, itemId: string): Promise<ItemEntity | null> {
    return this.findOne({ catalog, itemId });
  }

  /** The items with these ids that exist, in catalog order (missing ids are left out). */
  async findByItemIds(catalog: CatalogEntity, itemIds: readonly string[]): Promise<ItemEntity[]> {
    const found: ItemEntity[] = [];
    for (const chunk of chunks([...new Set(itemIds)])) {
      found.push(...(await this.find({ catalog, itemId: { $in: chunk } })));
    }
    return found.sort(byCatalogOrder);
  }

  /** Which of `itemIds` exist in the catalog already (for import conflicts). */
  async existingItemIds(catalog: CatalogEntity, itemIds: readonly string[]): Promise<Set<string>> {
    const existing = new Set<string>();
    for (const chunk of chunks([...new Set(itemIds)])) {
      const rows = await this.find(
        { catalog, itemId: { $in: chunk } },
        { fields: ['itemId'], disableIdentityMap: true },
      );
      rows.forEach(r => existing.add(r.itemId));
    }
    return existing;
  }

  /** One page in catalog order; `after` is the position of the last item seen. */
  async page(catalog: CatalogEntity, args: KeysetArgs): Promise<KeysetPage<ItemEntity>> {
    const { items, hasNextPage } = await this.pageRows(catalog, args);
    return { items, hasNextPage, totalCount: await this.countInCatalog(catalog) };
  }

  /** {@link page} without the total count (callers that count only on demand). */
  async pageRows(
    catalog: CatalogEntity,
    args: KeysetArgs,
  ): Promise<Omit<KeysetPage<ItemEntity>, 'totalCount'>> {
    checkKeysetArgs(args);
    const rows = await this.find(
      args.after == null ? { catalog } : { catalog, position: { $gt: args.after } },
      { orderBy: { position: 'asc' }, limit: args.first + 1 },
    );
    return { items: rows.slice(0, args.first), hasNextPage: rows.length > args.first };
  }

  /**
   * {@link pageRows} as plain rows, read without hydrating entities (the hot read path of
   * item pages: about 3x cheaper per page than managed entities).
   */
  pagePlain(catalogId: number, args: KeysetArgs): Promise<PlainItemPage> {
    return readItemPage(this.getEntityManager(), catalogId, args);
  }

  /** Every item of the catalog in catalog order as plain rows, in one query. */
  allPlain(catalogId: number): Promise<ItemRow[]> {
    return this.plain('where catalog_id = ? order by position, item_id', [catalogId]);
  }

  /**
   * {@link allPlain} read `pageSize` rows per query: a driver maps a query's rows (and this
   * class parses their JSON) in one go on the event loop, which at 30,000 items takes hundreds
   * of milliseconds in which nothing else runs; page by page, other requests and health checks
   * get their turn in between. Pages are read at different moments: a caller that needs one
   * consistent state checks the catalog's revision afterwards (EvaluationService does).
   * `map` turns each page's rows into what the caller keeps, page by page too (so the rows of
   * a page can be collected young instead of all surviving to the end).
   */
  async allPlainPaged<T = ItemRow>(
    catalogId: number,
    map: (row: ItemRow) => T = row => row as T,
    pageSize = LOAD_PAGE,
  ): Promise<T[]> {
    const all: T[] = [];
    for (let after = -1; ;) {
      const rows = await this.plain(
        'where catalog_id = ? and position > ? order by position limit ?',
        [catalogId, after, pageSize],
      );
      for (const row of rows) all.push(map(row));
      if (rows.length < pageSize) return all;
      after = rows[rows.length - 1].position;
      // A SQLite read can complete without leaving the microtask queue (readRows): let the
      // event loop run (I/O, timers, other requests) before the next page.
      await new Promise(resolve => setImmediate(resolve));
    }
  }

  private async plain(tail: string, params: unknown[]): Promise<ItemRow[]> {
    const rows = await readRows<RawItemRow>(
      this.getEntityManager(),
      `select ${ITEM_COLUMNS} from items ${tail}`,
      params,
    );
    return rows.map(toItemRow);
  }

  /** Every item of the catalog in catalog order (evaluations, export). */
  all(catalog: CatalogEntity): Promise<ItemEntity[]> {
    return this.find({ catalog }, { orderBy: [{ position: 'asc' }, { itemId: 'asc' }] });
  }

  /** `catalog`: the entity or its row id. */
  countInCatalog(catalog: CatalogEntity | number): Promise<number> {
    return this.count({ catalog });
  }

  /** Item counts of several catalogs in one query (catalog lists); absent = 0. */
  async countsByCatalog(catalogs: readonly { id: number }[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>(catalogs.map(c => [c.id, 0]));
    for (const chunk of chunks(catalogs.map(c => c.id))) {
      const rows = await readRows<{ catalog_id: number | string; n: number | string }>(
        this.getEntityManager(),
        `select catalog_id, count(*) as n from items where catalog_id in (${chunk.map(() => '?').join(', ')}) group by catalog_id`,
        chunk,
      );
      rows.forEach(r => counts.set(Number(r.catalog_id), Number(r.n)));
    }
    return counts;
  }

  /** Deletes every item of the catalog in one statement; returns how many. */
  deleteAllOf(catalog: CatalogEntity): Promise<number> {
    return this.nativeDelete({ catalog });
  }
}

function byCatalogOrder(a: ItemEntity, b: ItemEntity): number {
  return a.position - b.position || (a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0);
}

function chunks<T>(values: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += IN_CHUNK) out.push(values.slice(i, i + IN_CHUNK));
  return out;
}
