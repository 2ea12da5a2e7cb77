import { raw } from '@mikro-orm/core';
import type { CatalogEntity } from '../entities/catalog.entity';
import type { SchemaEntity } from '../entities/schema.entity';
import { NamedRepository } from './named.repository';

export class CatalogRepository extends NamedRepository<CatalogEntity> {
  protected readonly relations = ['schema'];

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
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`count must be a non-negative integer, got ${count}`);
    }
    await this.nativeUpdate(
      { id: catalog.id },
      { nextPosition: raw('next_position + ?', [count]), revision: raw('revision + 1') },
    );
    const row = await this.findOneOrFail(
      { id: catalog.id },
      { fields: ['nextPosition'], disableIdentityMap: true },
    );
    return row.nextPosition - count;
  }

  /**
   * Bumps the catalog's revision atomically, now (one UPDATE, no flush): call it in the
   * transaction that updates or deletes items. Same as `reservePositions(catalog, 0)`.
   */
  async bumpRevision(catalog: CatalogEntity): Promise<void> {
    await this.nativeUpdate({ id: catalog.id }, { revision: raw('revision + 1') });
  }
}
