import type { EntityManager } from '@mikro-orm/core';
import { CatalogEntity, ItemEntity, SchemaEntity } from '../persistence/entities';
import { toCatalogData } from '../persistence/mappers';
import { ConflictError, NotFoundError } from '../errors';
import type { CatalogRecord, Connection, PageRequest } from './records';

import type { CatalogInputData, CatalogUpdateData, ResourceService } from './services';
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

export class CatalogService implements ResourceService<
  CatalogRecord,
  CatalogInputData,
  CatalogUpdateData
> {
  constructor(private readonly em: EntityManager) {}

  async list({ first, after }: PageRequest): Promise<Connection<CatalogRecord>> {
    const page = await this.em
      .getRepository(CatalogEntity)
      .list({ first, after: decodeKey('catalog', after) });
    const counts = await this.em.getRepository(ItemEntity).countsByCatalog(page.items);
    return toConnection(
      page,
      'catalog',
      e => e.id,
      e => toCatalogData(e, counts.get(e.id) ?? 0),
    );
  }

  async find(name: string): Promise<CatalogRecord | null> {
    const entity = await this.em.getRepository(CatalogEntity).findByName(name);
    return entity ? this.record(entity) : null;
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
    const count = () => this.em.getRepository(ItemEntity).countInCatalog(entity);
    return lazyField({ ...toCatalogData(entity, 0) }, 'itemCount', count);
  }
}
