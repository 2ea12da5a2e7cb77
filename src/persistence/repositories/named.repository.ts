import { EntityRepository, raw, type FilterQuery } from '@mikro-orm/core';
import { checkKeysetArgs, toKeysetPage, type KeysetArgs, type KeysetPage } from './paging';
import { markRevised } from './revision';

export interface LazyKeysetPage<T> extends Omit<KeysetPage<T>, 'totalCount'> {
  readonly totalCount: () => Promise<number>;
}

/** What the name-addressed resources (schemas, rule sets, cluster rule sets, catalogs) share. */
export interface NamedRow {
  id: number;
  name: string;
  revision: number;
}

/**
 * Named lookups and keyset lists ordered by id (creation order: the same on every database,
 * independent of collation; the API cursor is the id of the last row).
 */
export abstract class NamedRepository<T extends NamedRow> extends EntityRepository<T> {
  /** Relations loaded with every row (e.g. the schema, whose name the mappers need). */
  protected abstract readonly relations: readonly string[];

  async findByName(name: string): Promise<T | null> {
    const where = { name } as FilterQuery<T>;
    return (await this.findOne(where, { populate: this.relations as never })) as T | null;
  }

  async list(args: KeysetArgs): Promise<KeysetPage<T>> {
    const { items, hasNextPage, totalCount } = await this.listLazy(args);
    return { items, hasNextPage, totalCount: await totalCount() };
  }

  /** {@link list} whose total is counted only when asked for (GraphQL: when selected). */
  async listLazy(args: KeysetArgs): Promise<LazyKeysetPage<T>> {
    checkKeysetArgs(args);
    const where = (args.after == null ? {} : { id: { $gt: args.after } }) as FilterQuery<T>;
    const rows = (await this.find(where, {
      populate: this.relations as never,
      orderBy: { id: 'asc' } as never,
      limit: args.first + 1,
    })) as T[];
    const { items, hasNextPage } = toKeysetPage(rows, args.first, 0);
    return { items, hasNextPage, totalCount: () => this.count() };
  }

  /** Names of the rows matching `where`, in creation order (for "still referenced by"). */
  async namesWhere(where: FilterQuery<T>): Promise<string[]> {
    const rows = await this.find(where, {
      fields: ['name'] as never,
      orderBy: { id: 'asc' } as never,
      disableIdentityMap: true,
    });
    return rows.map(r => (r as NamedRow).name);
  }

  /**
   * Locks the row until the caller's transaction ends, changing nothing: an UPDATE of
   * `revision` to itself takes PostgreSQL's row lock, which a concurrent locker, update or
   * delete of the same row waits for; on SQLite (one connection) transactions are serialised
   * anyway. False when the row does not exist (any more).
   */
  async lock(id: number): Promise<boolean> {
    const unchanged = { revision: raw('revision') } as never;
    return (await this.nativeUpdate({ id } as FilterQuery<T>, unchanged)) > 0;
  }

  /** {@link lock} for every row with one of `names`, in name order (no lock-order deadlock). */
  async lockByNames(names: readonly string[]): Promise<void> {
    if (names.length === 0) return;
    const sorted = [...new Set(names)].sort();
    await this.nativeUpdate(
      { name: { $in: sorted } } as unknown as FilterQuery<T>,
      {
        revision: raw('revision'),
      } as never,
    );
  }

  /** See markRevised: the next flush bumps `revision` atomically. */
  markRevised(entity: T): void {
    markRevised(entity);
  }
}
