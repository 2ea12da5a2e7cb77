import type { EntityClass, EntityManager } from '@mikro-orm/core';
import {
  ForeignKeyConstraintViolationException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import type { AppError } from '../../errors';
import { ConflictError } from '../../errors';

/** Runs a write; a unique-constraint violation (a concurrent writer won) becomes CONFLICT. */
export async function mapConflicts<T>(message: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError(message);
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
