import {
  type EntityClass,
  type EntityManager,
  ForeignKeyConstraintViolationException,
  NotFoundError as OrmNotFoundError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Issue, SchemaDef } from '../engine/model';
import { CatalogEntity } from '../persistence/entities';
import { toSchemaDef } from '../persistence/mappers';
import {
  type AppError,
  BadInputError,
  ConflictError,
  NotFoundError,
  UnprocessableError,
} from './errors';
import { lazyField } from './lazy';
import type { Connection } from './records';

/** Opaque cursor for a keyset position (`kind` guards against mixing cursors of two lists). */
export function encodeKey(kind: string, key: number): string {
  return Buffer.from(`${kind}:${key}`).toString('base64url');
}

/** Decodes a cursor made by {@link encodeKey}; a foreign or damaged cursor is BAD_USER_INPUT. */
export function decodeKey(kind: string, cursor: string | null | undefined): number | null {
  if (cursor == null || cursor === '') return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^([a-z]+):(\d{1,15})$/.exec(text);
  if (!match || match[1] !== kind) {
    throw new BadInputError(
      `Invalid cursor "${cursor.slice(0, 40)}": pass the endCursor or an edge cursor of this same list.`,
    );
  }
  return Number(match[2]);
}

/** Builds a connection from a keyset page. */
export function toConnection<E, R>(
  page: {
    readonly items: readonly E[];
    readonly hasNextPage: boolean;
    /** A count, or a function counting on demand (only when `totalCount` is selected). */
    readonly totalCount: number | (() => Promise<number>);
  },
  kind: string,
  key: (entity: E) => number,
  map: (entity: E) => R,
): Connection<R> {
  const edges = page.items.map(e => ({ cursor: encodeKey(kind, key(e)), node: map(e) }));
  const pageInfo = { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null };
  const { totalCount } = page;
  if (typeof totalCount === 'number') return { edges, pageInfo, totalCount };
  return lazyField({ edges, pageInfo }, 'totalCount', totalCount);
}

/** Throws UNPROCESSABLE with every issue when there is any. */
export function assertNoIssues(
  summary: string,
  errors: readonly Issue[],
  warnings: readonly Issue[] = [],
): void {
  if (errors.length > 0) throw new UnprocessableError(summary, errors, warnings);
}

/** Runs a write; a unique-constraint violation (a concurrent writer won) becomes CONFLICT. */
export async function mapConflicts<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(message);
    throw error;
  }
}

/** Issue paths from GraphQL arguments: `input.dimensions[2].name` rather than `dimensions[2].name`. */
export function underInput(issues: readonly Issue[], prefix = 'input'): Issue[] {
  return issues.map(i => ({ ...i, path: i.path === '' ? prefix : `${prefix}.${i.path}` }));
}

/**
 * Reserves `count` item positions of `catalog` (and bumps its revision) in the caller's
 * transaction. A catalog deleted by a concurrent request after this one looked it up is
 * NOT_FOUND, like a catalog that never existed (not an internal error).
 */
export async function reservePositions(
  em: EntityManager,
  catalog: CatalogEntity,
  count: number,
): Promise<number> {
  try {
    return await em.getRepository(CatalogEntity).reservePositions(catalog, count);
  } catch (error) {
    if (error instanceof OrmNotFoundError) {
      throw new NotFoundError('Catalog', catalog.name, '(it was deleted while this request ran)');
    }
    throw error;
  }
}

/**
 * Deletes one row by primary key, now (in the caller's transaction, if any). Checked and
 * deleted in two steps, a delete can race another request: a row already deleted by it is
 * `notFound` (only one of two deletes says it deleted), and a row it has just made a
 * reference to (a foreign key refuses the delete) is `referenced`.
 */
export async function deleteRow<T extends object>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: number,
  errors: { notFound: () => AppError; referenced?: () => AppError },
): Promise<void> {
  let deleted: number;
  try {
    deleted = await em.nativeDelete(entity, { id } as never);
  } catch (error) {
    if (error instanceof ForeignKeyConstraintViolationException && errors.referenced)
      throw errors.referenced();
    throw error;
  }
  if (deleted === 0) throw errors.notFound();
}

/**
 * The schema of `catalog` as committed now, read past the identity map. Call it after locking
 * the catalog row (reservePositions): updateSchema locks the rows of the catalogs it re-checks
 * before reading their items, so an item is never validated against a definition that a
 * concurrent schema update is replacing (nor written after that update has checked the items).
 */
export async function lockedSchemaDef(
  em: EntityManager,
  catalog: CatalogEntity,
): Promise<SchemaDef> {
  const current = await em.findOneOrFail(
    CatalogEntity,
    { id: catalog.id },
    { populate: ['schema'], disableIdentityMap: true },
  );
  return toSchemaDef(current.schema);
}
