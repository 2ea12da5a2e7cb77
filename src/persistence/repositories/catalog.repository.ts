import { raw } from '@mikro-orm/core';
import type { JsonObject } from '../../engine/model';
import type { CatalogEntity } from '../entities/catalog.entity';
import type { SchemaEntity } from '../entities/schema.entity';
import { driverKind } from '../migration-support/driver-kind';
import {
  ITEM_COLUMNS,
  readItemPage,
  toItemRow,
  type ItemRow,
  type PlainItemPage,
  type RawItemRow,
} from './item.repository';
import { NamedRepository } from './named.repository';
import { checkKeysetArgs, type KeysetArgs } from './paging';
import { plainDate, plainJson, readRows } from './plain';

/** A catalog as stored, with its schema's name, without the ORM's entity machinery. */
export interface CatalogRow {
  readonly id: number;
  readonly name: string;
  readonly description: string | null;
  readonly metadata: JsonObject | null;
  readonly revision: number;
  readonly schemaName: string;
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

interface RawCatalogRow {
  id: number | string;
  name: string;
  description: string | null;
  metadata: string | JsonObject | null;
  revision: number | string;
  schema_name: string;
  created_at: number | string | Date;
  updated_at: number | string | Date;
}

const CATALOG_SELECT =
  'select c.id, c.name, c.description, c.metadata, c.revision, c.created_at, c.updated_at, s.name as schema_name from catalogs c join schemas s on s.id = c.schema_id';

/** A catalog and one keyset page of its items, read together. */
export interface CatalogWithItemPage extends PlainItemPage {
  readonly catalog: CatalogRow;
}

/**
 * PostgreSQL: the catalog with a page of its items as a JSON array of item rows (each an
 * array of {@link ITEM_COLUMNS}, in that order), from a correlated keyset subquery on the
 * unique (catalog_id, position) index. Parameters: after, limit, name.
 */
const CATALOG_WITH_PAGE_SELECT = `select c.id, c.name, c.description, c.metadata, c.revision, c.created_at, c.updated_at, s.name as schema_name, (select coalesce(json_agg(json_build_array(${ITEM_COLUMNS}) order by position), '[]') from (select ${ITEM_COLUMNS} from items where catalog_id = c.id and position > ? order by position limit ?) p) as page from catalogs c join schemas s on s.id = c.schema_id where c.name = ?`;

type PageCell = RawItemRow[keyof RawItemRow];

function toItemRowFromCells(cells: readonly PageCell[]): ItemRow {
  const [item_id, name, attributes, metadata, position, created_at, updated_at] = cells;
  return toItemRow({
    item_id,
    name,
    attributes,
    metadata,
    position,
    created_at,
    updated_at,
  } as RawItemRow);
}

function toCatalogRow(r: RawCatalogRow): CatalogRow {
  return {
    id: Number(r.id),
    name: r.name,
    description: r.description,
    metadata: plainJson(r.metadata),
    revision: Number(r.revision),
    schemaName: r.schema_name,
    createdAt: plainDate(r.created_at),
    updatedAt: plainDate(r.updated_at),
  };
}

export class CatalogRepository extends NamedRepository<CatalogEntity> {
  protected readonly relations = ['schema'];

  /**
   * The catalog named `name` as a plain row (the hot read path of `catalog(name:)` and the
   * cost guard: one indexed query, no entity hydration of the catalog and its schema).
   */
  async findPlainByName(name: string): Promise<CatalogRow | null> {
    const rows = await this.plain(`${CATALOG_SELECT} where c.name = ?`, [name]);
    return rows[0] ?? null;
  }

  /**
   * {@link findPlainByName} and a keyset page of its items (`ItemRepository.pagePlain`), read
   * together for `catalog(name:) { items(...) }`. On PostgreSQL this is one query: one round
   * trip instead of two, and the page is of the same snapshot as the catalog row. On SQLite
   * it is the two reads (no network to save: each is a direct call on an idle connection).
   */
  async findPlainByNameWithItems(
    name: string,
    args: KeysetArgs,
  ): Promise<CatalogWithItemPage | null> {
    checkKeysetArgs(args);
    const em = this.getEntityManager();
    if (driverKind(em.getPlatform()) === 'sqlite') {
      const catalog = await this.findPlainByName(name);
      return catalog && { catalog, ...(await readItemPage(em, catalog.id, args)) };
    }
    const rows = await readRows<RawCatalogRow & { page: string | PageCell[][] }>(
      em,
      CATALOG_WITH_PAGE_SELECT,
      [args.after ?? -1, args.first + 1, name],
    );
    if (rows.length === 0) return null;
    const { page, ...catalog } = rows[0];
    const cells = typeof page === 'string' ? (JSON.parse(page) as PageCell[][]) : page;
    return {
      catalog: toCatalogRow(catalog),
      items: cells.slice(0, args.first).map(toItemRowFromCells),
      hasNextPage: cells.length > args.first,
    };
  }

  /** A keyset page of catalogs in creation order, as plain rows (see {@link list}). */
  async listPlain(args: KeysetArgs): Promise<{ items: CatalogRow[]; hasNextPage: boolean }> {
    checkKeysetArgs(args);
    const rows = await this.plain(`${CATALOG_SELECT} where c.id > ? order by c.id limit ?`, [
      args.after ?? 0,
      args.first + 1,
    ]);
    return { items: rows.slice(0, args.first), hasNextPage: rows.length > args.first };
  }

  /** The catalog's revision as stored now (null: the catalog is gone), bypassing the identity map. */
  async currentRevision(id: number): Promise<number | null> {
    const rows = await readRows<{ revision: number | string }>(
      this.getEntityManager(),
      'select revision from catalogs where id = ?',
      [id],
    );
    return rows.length === 0 ? null : Number(rows[0].revision);
  }

  private async plain(sql: string, params: unknown[]): Promise<CatalogRow[]> {
    const rows = await readRows<RawCatalogRow>(this.getEntityManager(), sql, params);
    return rows.map(toCatalogRow);
  }

  namesUsingSchema(schema: SchemaEntity): Promise<string[]> {
    return this.namesWhere({ schema });
  }

  /**
   * Reserves `count` consecutive item positions and bumps the catalog's revision, in one
   * atomic UPDATE; returns the first reserved position. Call it inside the transaction that
   * inserts the items (`em.transactional(tx => tx.getRepository(CatalogEntity)...)`): on
   * PostgreSQL the row lock serialises concurrent writers until commit, and a rollback
   * releases the positions. The managed `catalog` instance is not modified.
   */
  async reservePositions(catalog: CatalogEntity, count: number): Promise<number> {
    return (await this.reserve(catalog, count)).first;
  }

  /**
   * {@link reservePositions}, also returning the catalog's new revision (the writer's own:
   * the row stays locked until commit on PostgreSQL, SQLite runs one writer at a time).
   */
  async reserve(
    catalog: CatalogEntity,
    count: number,
  ): Promise<{ readonly first: number; readonly revision: number }> {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`count must be a non-negative integer, got ${count}`);
    }
    await this.nativeUpdate(
      { id: catalog.id },
      { nextPosition: raw('next_position + ?', [count]), revision: raw('revision + 1') },
    );
    const row = await this.findOneOrFail(
      { id: catalog.id },
      { fields: ['nextPosition', 'revision'], disableIdentityMap: true },
    );
    return { first: row.nextPosition - count, revision: row.revision };
  }

  /**
   * Bumps the catalog's revision atomically, now (one UPDATE, no flush): call it in the
   * transaction that updates or deletes items. Same as `reservePositions(catalog, 0)`.
   */
  async bumpRevision(catalog: CatalogEntity): Promise<void> {
    await this.nativeUpdate({ id: catalog.id }, { revision: raw('revision + 1') });
  }

  /**
   * Locks the catalogs of these schemas (see NamedRepository.lock); `revise` also bumps their
   * revision (their items must be evaluated again: the schema changed). Item writes lock their
   * catalog row first, so none slips in while the caller checks the items.
   */
  async lockBySchemas(schemaIds: readonly number[], { revise = false } = {}): Promise<void> {
    if (schemaIds.length === 0) return;
    await this.nativeUpdate(
      { schema: { $in: [...schemaIds] } },
      { revision: raw(revise ? 'revision + 1' : 'revision') },
    );
  }
}
