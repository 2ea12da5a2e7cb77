import {
  DeadlockException,
  DriverException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { AppError, ConflictError } from './errors';

/**
 * Driver errors that concurrent requests cause (never a bug of the request itself), as
 * CONFLICT (409) with what happened and what to do. Services map the expected cases with
 * precise messages (mapConflicts, deleteRow, lockNamed); this is the net under every service
 * call, so that such a race can never surface as INTERNAL_SERVER_ERROR.
 */
export function concurrencyConflict(error: unknown): ConflictError | null {
  if (!(error instanceof DriverException)) return null;
  if (error instanceof UniqueConstraintViolationException) {
    return new ConflictError(
      'Another request has just written a resource with the same name or id; nothing was written by this request. Read the current state, then retry or choose another name.',
      { reason: 'CONCURRENT_DUPLICATE' },
    );
  }
  if (error instanceof ForeignKeyConstraintViolationException) {
    return new ConflictError(
      'Another request has just deleted a resource this request refers to, or referred to one this request deletes; nothing was changed. Read the current state, then retry.',
      { reason: 'CONCURRENT_REFERENCE' },
    );
  }
  const code = String((error as { code?: unknown }).code ?? '');
  if (
    error instanceof DeadlockException ||
    error instanceof LockWaitTimeoutException ||
    // PostgreSQL: serialization_failure, deadlock_detected, lock_not_available; SQLite: busy.
    ['40001', '40P01', '55P03', 'SQLITE_BUSY', 'SQLITE_LOCKED'].includes(code)
  ) {
    return new ConflictError(
      'The database could not apply this write because of concurrent writes to the same data; nothing was changed. Retry the request.',
      { reason: 'CONCURRENT_WRITE' },
    );
  }
  return null;
}

/** `error` itself, or the CONFLICT it stands for (see concurrencyConflict). */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  return concurrencyConflict(error) ?? error;
}

/**
 * Wraps a service so that every method's rejection goes through mapDriverError. Methods that
 * return something else than a promise are passed through unchanged.
 */
export function mappingDriverErrors<T extends object>(service: T): T {
  return new Proxy(service, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return function (this: unknown, ...args: unknown[]) {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) {
          return result.catch((error: unknown) => {
            throw mapDriverError(error);
          });
        }
        return result;
      };
    },
  });
}
