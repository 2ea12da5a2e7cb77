import type { EntityManager } from '@mikro-orm/core';
import { CatalogEntity, ItemEntity, SchemaEntity } from '../persistence/entities';
import { rowToCatalogData, toCatalogData } from '../persistence/mappers';
import { ConflictError, NotFoundError } from '../errors';
import type { CatalogRecord, Connection, PageRequest } from './records';

import type { CatalogInputData, CatalogUpdateData, ResourceService } from './contracts';
import type { ItemCountCache } from './engine-cache';
import { lazyField } from './lazy';
import {
  CATALOG_KIND,
  decodeKey,
  deletedMeanwhile,
  deleteRow,
  lockFound,
  lockNamed,
  mapConflicts,
  reservePositions,
  SCHEMA_KIND,
  toConnection,
} from './support';

/** A catalog row's id and the revision it was read at. */
interface Revisioned {
  readonly id: number;
  readonly revision: number;
}

import { checkCatalogMetadata, DEFAULT_STORED_LIMITS, type StoredLimits } from './stored-limits';
export class CatalogService implements ResourceService<
  CatalogRecord,
  CatalogInputData,
  CatalogUpdateData
> {
  /** @param counts item counts by catalog revision (process-wide); none: count every time */
  constructor(
    private readonly em: EntityManager,
    private readonly counts?: ItemCountCache,
    private readonly limits: StoredLimits = DEFAULT_STORED_LIMITS,
  ) {}

  /** Counts items only when `totalCount` or an `itemCount` is read, then for the whole page at once. */
  async list({ first, after }: PageRequest): Promise<Connection<CatalogRecord>> {
    const repo = this.em.getRepository(CatalogEntity);
    const page = await repo.listPlain({ first, after: decodeKey('catalog', after) });
    let pageCounts: Promise<Map<number, number>> | undefined;
    const countsOfPage = () => (pageCounts ??= this.countAll(page.items));
    return toConnection(
      { ...page, totalCount: () => repo.count() },
      'catalog',
      row => row.id,
      row =>
        lazyField({ ...rowToCatalogData(row, 0) }, 'itemCount', () =>
          countsOfPage().then(counts => counts.get(row.id) ?? 0),
        ),
    );
  }

  /** One plain read (no entity): the hot path of `catalog(name:)` and of the cost guard. */
  async find(name: string): Promise<CatalogRecord | null> {
    const row = await this.em.getRepository(CatalogEntity).findPlainByName(name);
    return row
      ? lazyField({ ...rowToCatalogData(row, 0) }, 'itemCount', () => this.count(row))
      : null;
  }

  /**
   * {@link find}, with the page of items that `Catalog.items` is about to ask for read in the
   * same query (one round trip on PostgreSQL instead of two). A cursor that does not decode
   * reads the catalog alone: `Catalog.items` then reports it, on its own path, as it would
   * without this.
   */
  async findWithItems(name: string, request: PageRequest): Promise<CatalogRecord | null> {
    let after: number | null;
    try {
      after = decodeKey('item', request.after);
    } catch {
      return this.find(name);
    }
    const found = await this.em
      .getRepository(CatalogEntity)
      .findPlainByNameWithItems(name, { first: request.first, after });
    if (!found) return null;
    const { catalog, items, hasNextPage } = found;
    const itemsPage = { first: request.first, after: request.after ?? null, items, hasNextPage };
    return lazyField({ ...rowToCatalogData(catalog, 0), itemsPage }, 'itemCount', () =>
      this.count(catalog),
    );
  }

  async get(name: string): Promise<CatalogRecord> {
    return this.record(await this.entity(name));
  }

  async entity(name: string): Promise<CatalogEntity> {
    const entity = await this.em.getRepository(CatalogEntity).findByName(name);
    if (!entity)
      throw new NotFoundError('Catalog', name, 'Create it with createCatalog or importCatalogs.');
    return entity;
  }

  /** The schema row is locked until the catalog is written (a concurrent deleteSchema waits). */
  async create(input: CatalogInputData): Promise<CatalogRecord> {
    checkCatalogMetadata(input.metadata, this.limits);
    const conflict = `Catalog "${input.name}" already exists; choose another name or use updateCatalog.`;
    return mapConflicts(conflict, () =>
      this.em.transactional(async em => {
        const schema = await lockNamed(em, SchemaEntity, input.schemaName, SCHEMA_KIND);
        if (await em.getRepository(CatalogEntity).findByName(input.name))
          throw new ConflictError(conflict);
        const entity = new CatalogEntity({ ...input, schema });
        await em.persist(entity).flush();
        return toCatalogData(entity, 0);
      }),
    );
  }

  async update(name: string, input: CatalogUpdateData): Promise<CatalogRecord> {
    checkCatalogMetadata(input.metadata, this.limits);
    const updated = await this.em.transactional(async em => {
      const found = await new CatalogService(em).entity(name);
      const entity = await lockFound(em, CatalogEntity, found, () =>
        deletedMeanwhile(CATALOG_KIND, name),
      );
      if (input.description !== undefined) entity.description = input.description;
      if (input.metadata !== undefined) entity.metadata = input.metadata;
      await em.flush();
      return entity;
    });
    return this.record(updated);
  }

  /**
   * Deletes the catalog and its items (nothing refers to a catalog). The catalog row is locked
   * first, as item writes lock it: a concurrent item write either commits before (and its item
   * is deleted here) or finds the catalog gone (NOT_FOUND).
   */
  async delete(name: string): Promise<boolean> {
    const entity = await this.entity(name);
    await this.em.transactional(async em => {
      await reservePositions(em, entity, 0);
      await em.getRepository(ItemEntity).deleteAllOf(entity);
      await deleteRow(em, CatalogEntity, entity.id, {
        notFound: () => new NotFoundError('Catalog', name),
      });
    });
    return true;
  }

  private record(entity: CatalogEntity): CatalogRecord {
    return lazyField({ ...toCatalogData(entity, 0) }, 'itemCount', () => this.count(entity));
  }

  /** Items in the catalog at the revision it was read with (cached per revision). */
  private async count(catalog: Revisioned): Promise<number> {
    const known = this.counts?.get(catalog.id, catalog.revision);
    if (known !== undefined) return known;
    const count = await this.em
      .getRepository(ItemEntity)
      .countInCatalog(this.em.getReference(CatalogEntity, catalog.id));
    return this.counts ? this.counts.set(catalog.id, catalog.revision, count) : count;
  }

  /** Item counts of several catalogs: the cached ones, then one grouped query for the rest. */
  private async countAll(entities: readonly Revisioned[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>();
    const missing: Revisioned[] = [];
    for (const e of entities) {
      const known = this.counts?.get(e.id, e.revision);
      if (known === undefined) missing.push(e);
      else counts.set(e.id, known);
    }
    if (missing.length === 0) return counts;
    const fresh = await this.em.getRepository(ItemEntity).countsByCatalog(missing);
    for (const e of missing) {
      const n = fresh.get(e.id) ?? 0;
      counts.set(e.id, n);
      this.counts?.set(e.id, e.revision, n);
    }
    return counts;
  }
}
