import type { EntityClass, EntityManager } from '@mikro-orm/core';
import { NotFoundError as OrmNotFoundError } from '@mikro-orm/core';
import type { SchemaDef } from '../../engine/model';
import { CatalogEntity } from '../../persistence/entities';
import type { NamedRepository, NamedRow } from '../../persistence/repositories';
import { toSchemaDef } from '../../persistence/mappers';
import type { AppError } from '../../errors';
import { NotFoundError } from '../../errors';

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
  return (await reserveRevision(em, catalog, count)).first;
}

/** {@link reservePositions}, also returning the catalog's new revision. */
export async function reserveRevision(
  em: EntityManager,
  catalog: CatalogEntity,
  count: number,
): Promise<{ readonly first: number; readonly revision: number }> {
  try {
    return await em.getRepository(CatalogEntity).reserve(catalog, count);
  } catch (error) {
    if (error instanceof OrmNotFoundError) {
      throw new NotFoundError('Catalog', catalog.name, '(it was deleted while this request ran)');
    }
    throw error;
  }
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

/**
 * Locks one row of a named table (schemas, rule sets, cluster rule sets, catalogs) until the
 * caller's transaction ends: an UPDATE that changes nothing (`revision = revision`), which on
 * PostgreSQL takes the row lock that a concurrent locker, update or delete of the same row
 * waits for; on SQLite (one connection) transactions are serialised anyway. False when the row
 * does not exist (any more).
 */
export async function lockRow<T extends NamedRow>(
  em: EntityManager,
  entity: EntityClass<T>,
  id: number,
): Promise<boolean> {
  return (em.getRepository(entity) as unknown as NamedRepository<T>).lock(id);
}

/** How a named resource is reported when it is missing: `new NotFoundError(kind, name, hint)`. */
export interface NamedKind {
  readonly kind: string;
  /** How to create one (said when the name never existed). */
  readonly hint: string;
}

const DELETED_MEANWHILE = '(it was deleted by another request while this one ran)';

/**
 * The resource `name`, locked in the caller's transaction (see lockRow) and re-read as committed
 * now. Writes that depend on a resource (a rule set on its schema, a cluster rule set on its
 * pairwise rule set) lock it first: an update or delete of that resource then waits for them
 * (and they for it), so nothing is validated against a definition being replaced, and nothing
 * refers to a row being deleted (NOT_FOUND instead of a foreign-key violation).
 */
export async function lockNamed<T extends NamedRow>(
  em: EntityManager,
  entity: EntityClass<T>,
  name: string,
  { kind, hint }: NamedKind,
): Promise<T> {
  const repo = em.getRepository(entity) as unknown as NamedRepository<T>;
  const found = await repo.findByName(name);
  if (!found) throw new NotFoundError(kind, name, hint);
  return lockFound(em, entity, found, () => new NotFoundError(kind, name, DELETED_MEANWHILE));
}

/** {@link lockNamed} for an entity already loaded: locks its row, then refreshes it. */
export async function lockFound<T extends NamedRow>(
  em: EntityManager,
  entity: EntityClass<T>,
  found: T,
  gone: () => AppError,
): Promise<T> {
  if (!(await lockRow(em, entity, found.id))) throw gone();
  const fresh = await em.refresh(found);
  if (!fresh) throw gone();
  return fresh as T;
}

export const SCHEMA_KIND: NamedKind = {
  kind: 'Schema',
  hint: 'Create it with createSchema or importSchemas.',
};
export const RULE_SET_KIND: NamedKind = {
  kind: 'Rule set',
  hint: 'Create it with createRuleSet or importRuleSets.',
};
export const CLUSTER_RULE_SET_KIND: NamedKind = {
  kind: 'Cluster rule set',
  hint: 'Create it with createClusterRuleSet or importClusterRuleSets.',
};
export const CATALOG_KIND: NamedKind = {
  kind: 'Catalog',
  hint: 'Create it with createCatalog or importCatalogs.',
};

/** NOT_FOUND for a resource that existed when this request looked it up. */
export function deletedMeanwhile({ kind }: NamedKind, name: string): NotFoundError {
  return new NotFoundError(kind, name, DELETED_MEANWHILE);
}
