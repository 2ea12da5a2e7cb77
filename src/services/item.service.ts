import type { EntityManager } from '@mikro-orm/core';
import { validateItem } from '../engine';
import type { ItemDef, SchemaDef } from '../engine/model';
import { type CatalogEntity, ItemEntity } from '../persistence/entities';
import { rowToItemRecord, toItemDef, toItemRecord, toSchemaDef } from '../persistence/mappers';
import { CatalogService } from './catalog.service';
import { ConflictError, NotFoundError } from '../errors';
import type { CatalogRecord, Connection, ItemRecord, PageRequest } from './records';
import type {
  ItemInputData,
  ItemService as ItemServiceContract,
  ItemUpdateData,
} from './contracts';
import {
  assertNoIssues,
  decodeKey,
  deleteRow,
  lockedSchemaDef,
  mapConflicts,
  reserveRevision,
  toConnection,
} from './support';
import type { EngineCache } from './engine-cache';
import { type ResponseBudget, UNLIMITED_RESPONSE } from './response-budget';
import {
  checkCatalogRoom,
  checkItemSize,
  DEFAULT_STORED_LIMITS,
  type StoredLimits,
} from './stored-limits';

/** A committed item as the evaluations load it (a JSON round trip, as through the database). */
const stored = (item: ItemDef): ItemDef => JSON.parse(JSON.stringify(item)) as ItemDef;

export class ItemService implements ItemServiceContract {
  /**
   * @param changes told about every committed item write, so that cached catalogs and
   *   matrices follow it (EngineCache.recordItemChange); none: nothing to tell
   */
  constructor(
    private readonly em: EntityManager,
    private readonly changes?: Pick<EngineCache, 'recordItemChange'>,
    private readonly limits: StoredLimits = DEFAULT_STORED_LIMITS,
    private readonly budget: ResponseBudget = UNLIMITED_RESPONSE,
  ) {}

  /** Uses `from.itemsPage` when it was read ahead for these same arguments. */
  async page(
    from: string | Pick<CatalogRecord, 'name' | 'rowId' | 'itemsPage'>,
    { first, after }: PageRequest,
  ): Promise<Connection<ItemRecord>> {
    const catalogId =
      typeof from !== 'string' && from.rowId !== undefined
        ? from.rowId
        : (await new CatalogService(this.em).entity(typeof from === 'string' ? from : from.name))
            .id;
    const repo = this.em.getRepository(ItemEntity);
    const ahead = typeof from === 'string' ? undefined : from.itemsPage;
    const rows =
      ahead && ahead.first === first && ahead.after === (after ?? null)
        ? ahead
        : await repo.pagePlain(catalogId, { first, after: decodeKey('item', after) });
    for (const row of rows.items) this.budget.chargeItem(row);
    const totalCount = () => repo.countInCatalog(catalogId);
    return toConnection({ ...rows, totalCount }, 'item', r => r.position, rowToItemRecord);
  }

  async find(catalogName: string, id: string): Promise<ItemRecord | null> {
    const catalog = await new CatalogService(this.em).entity(catalogName);
    const entity = await this.em.getRepository(ItemEntity).findByItemId(catalog, id);
    return entity ? toItemRecord(entity) : null;
  }

  /**
   * Validates against the catalog's schema, then inserts at the end of the catalog order
   * (validated again, against the schema as committed, once the catalog row is locked).
   */
  async create(catalogName: string, input: ItemInputData): Promise<ItemRecord> {
    checkItemSize(input, this.limits);
    const catalog = await new CatalogService(this.em).entity(catalogName);
    this.check(catalog, input);
    const conflict = `Item "${input.id}" already exists in catalog "${catalogName}"; use updateItem.`;
    if (await this.em.getRepository(ItemEntity).findByItemId(catalog, input.id))
      throw new ConflictError(conflict);
    const { entity, revision } = await mapConflicts(conflict, () =>
      this.em.transactional(async em => {
        const { first: position, revision } = await reserveRevision(em, catalog, 1);
        const count = await em.count(ItemEntity, { catalog });
        checkCatalogRoom(catalog.name, count, 1, this.limits);
        this.check(catalog, input, await lockedSchemaDef(em, catalog));
        const item = new ItemEntity({ ...input, itemId: input.id, catalog, position });
        await em.persist(item).flush();
        return { entity: item, revision };
      }),
    );
    this.changes?.recordItemChange(catalog.id, revision, {
      kind: 'create',
      item: stored(toItemDef(entity)),
    });
    return toItemRecord(entity);
  }

  async update(catalogName: string, id: string, input: ItemUpdateData): Promise<ItemRecord> {
    const catalog = await new CatalogService(this.em).entity(catalogName);
    const entity = await this.entity(catalog, id);
    const next: ItemDef = {
      id,
      name: input.name ?? entity.name,
      attributes: input.attributes ?? entity.attributes,
      metadata: input.metadata !== undefined ? input.metadata : entity.metadata,
    };
    checkItemSize(next, this.limits);
    this.check(catalog, next);
    const revision = await this.em.transactional(async em => {
      const { revision } = await reserveRevision(em, catalog, 0);
      this.check(catalog, next, await lockedSchemaDef(em, catalog));
      const managed = em.merge(entity);
      managed.name = next.name;
      managed.attributes = next.attributes;
      managed.metadata = next.metadata ?? null;
      await em.flush();
      return revision;
    });
    this.changes?.recordItemChange(catalog.id, revision, {
      kind: 'update',
      item: stored({ ...next, metadata: next.metadata ?? null }),
    });
    return toItemRecord(entity);
  }

  async delete(catalogName: string, id: string): Promise<boolean> {
    const catalog = await new CatalogService(this.em).entity(catalogName);
    const entity = await this.entity(catalog, id);
    const revision = await this.em.transactional(async em => {
      const { revision } = await reserveRevision(em, catalog, 0);
      await deleteRow(em, ItemEntity, entity.id, {
        notFound: () => new NotFoundError('Item', id, `(in catalog "${catalog.name}")`),
      });
      return revision;
    });
    this.changes?.recordItemChange(catalog.id, revision, { kind: 'delete', id });
    return true;
  }

  private async entity(catalog: CatalogEntity, id: string): Promise<ItemEntity> {
    const entity = await this.em.getRepository(ItemEntity).findByItemId(catalog, id);
    if (!entity) throw new NotFoundError('Item', id, `(in catalog "${catalog.name}")`);
    return entity;
  }

  /** Validates against `schema`: the catalog's as loaded, or as committed now (in a write). */
  private check(
    catalog: CatalogEntity,
    item: ItemDef,
    schema: SchemaDef = toSchemaDef(catalog.schema),
  ): void {
    const issues = validateItem(schema, item, 'input');
    assertNoIssues(`Item "${item.id}" does not match schema "${schema.name}"`, issues);
  }
}
