import {
  type EntityClass,
  type EntityManager,
  ForeignKeyConstraintViolationException,
  NotFoundError as OrmNotFoundError,
  raw,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { Issue, RuleDef, SchemaDef } from '../engine/model';
import { CatalogEntity } from '../persistence/entities';
import type { NamedRepository, NamedRow } from '../persistence/repositories';
import { toSchemaDef } from '../persistence/mappers';
import {
  type AppError,
  BadInputError,
  ConflictError,
  NotFoundError,
  UnprocessableError,
} from '../errors';
import { lazyField } from './lazy';
import type { Connection } from './records';
import type { RuleSetUpdateData } from './services';

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
  const updated = await em.nativeUpdate(
    entity,
    { id } as never,
    { revision: raw('revision') } as never,
  );
  return updated > 0;
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

/** The stored fields of a rule set or cluster rule set that an update may change. */
export interface RulesRow {
  version: string;
  description?: string | null;
  rules: readonly RuleDef[];
}

/**
 * Applies a rule-set update (pairwise or cluster) once `validate` accepts the merged result:
 * fields not given keep their stored value. Throws UnprocessableError (nothing changed).
 */
export function applyRulesUpdate<
  V extends { errors: readonly Issue[]; warnings: readonly Issue[] },
>(
  name: string,
  kind: string,
  row: RulesRow,
  input: RuleSetUpdateData,
  validate: (next: {
    name: string;
    version: string;
    description?: string | null;
    rules: readonly RuleDef[];
  }) => V,
): void {
  const next = {
    name,
    version: input.version ?? row.version,
    description: input.description !== undefined ? input.description : row.description,
    rules: input.rules ? [...input.rules] : row.rules,
  };
  const report = validate(next);
  assertNoIssues(`${kind} "${name}" update is invalid`, underInput(report.errors), report.warnings);
  row.version = next.version;
  row.description = next.description ?? null;
  row.rules = next.rules;
}
