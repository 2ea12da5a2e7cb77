import {
  DeadlockException,
  DriverException,
  ForeignKeyConstraintViolationException,
  LockWaitTimeoutException,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { AppError, ConflictError, RequestAbortedError, ServiceUnavailableError } from './app-error';
import type { DependencyMonitor } from './dependency-monitor';

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
  const code = driverErrorCode((error as { code?: unknown }).code);
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

/**
 * A driver's error code, SQLite's reduced to its primary code: better-sqlite3 reports extended
 * result codes (`SQLITE_CONSTRAINT_UNIQUE`, `SQLITE_BUSY_SNAPSHOT`, `SQLITE_IOERR_SHORT_READ`,
 * `SQLITE_READONLY_DBMOVED`...), whose primary code (`SQLITE_CONSTRAINT`...) is what the
 * mapping knows. Primary codes have no further underscore. Other codes are returned as is.
 */
export function driverErrorCode(code: unknown): string {
  const text = String(code ?? '');
  return /^SQLITE_[A-Z]+/.exec(text)?.[0] ?? text;
}

/** Socket errors of a dependency that refuses, drops or does not answer. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs of an outage rather than of the request: connection exceptions (class
 * 08), server shutting down or starting (57P01-57P03), too many connections (53300), a
 * statement cancelled by statement_timeout or by us (57014), idle_in_transaction timeout
 * (25P03). SQLite: the file cannot be opened, read or written.
 */
const OUTAGE_SQL_CODES = new Set([
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '57014',
  '25P03',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
]);

const OUTAGE_MESSAGES: readonly [RegExp, string][] = [
  [/Timeout acquiring a connection/i, 'no free connection in the pool within POOL_TIMEOUT'],
  [/timeout exceeded when trying to connect/i, 'connect timed out (DB_CONNECT_TIMEOUT)'],
  [
    /Connection terminated|connection .*(closed|ended)|Client has encountered a connection error/i,
    'connection lost',
  ],
  [/the database system is (starting up|shutting down|in recovery mode)/i, 'server restarting'],
  [/Query read timeout/i, 'no answer within DB_STATEMENT_TIMEOUT'],
];

/** Why a driver error means the database is unavailable, or null when it does not. */
export function databaseOutageReason(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === 'object' && depth < 5; depth += 1) {
    const e = current as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown };
    const code = driverErrorCode(e.code);
    if (NETWORK_CODES.has(code)) return `connection failed: ${code}`;
    if (code.startsWith('08')) return 'connection failed';
    if (OUTAGE_SQL_CODES.has(code)) {
      return code === '57014'
        ? 'statement cancelled (DB_STATEMENT_TIMEOUT)'
        : `server error ${code}`;
    }
    if (e.name === 'KnexTimeoutError') return OUTAGE_MESSAGES[0][1];
    const message = typeof e.message === 'string' ? e.message : '';
    for (const [pattern, reason] of OUTAGE_MESSAGES) if (pattern.test(message)) return reason;
    current = e.cause ?? (e as { previous?: unknown }).previous;
  }
  return null;
}

/** The SERVICE_UNAVAILABLE a database outage stands for, or null. */
export function databaseUnavailable(error: unknown): ServiceUnavailableError | null {
  if (error instanceof AppError) return null;
  const reason = databaseOutageReason(error);
  return reason === null ? null : new ServiceUnavailableError('database', reason);
}

/**
 * `error` itself, or the domain error it stands for: CONFLICT for concurrent writes,
 * SERVICE_UNAVAILABLE for an outage (reported to `monitor` once per transition).
 */
export function mapDriverError(error: unknown, options: DriverErrorOptions = {}): unknown {
  if (error instanceof AppError) return error;
  const signal = options.signal?.();
  // Our own cancel (pg_cancel_backend) or a dropped transaction of an abandoned request.
  if (signal?.aborted)
    return new RequestAbortedError('the request timed out or its client went away');
  const unavailable = databaseUnavailable(error);
  if (unavailable) {
    const reason = String(unavailable.details.reason);
    // One slow statement is not an outage: answered 503, but not logged as one.
    if (!reason.startsWith('statement cancelled')) options.monitor?.down('database', reason);
    return unavailable;
  }
  return concurrencyConflict(error) ?? error;
}

export interface DriverErrorOptions {
  /** Told about outages (down) and answers (up). */
  readonly monitor?: Pick<DependencyMonitor, 'down' | 'up'>;
  /** The signal of the request the call works for. */
  readonly signal?: () => AbortSignal | undefined;
}

/**
 * Wraps a service so that every method's rejection goes through mapDriverError, and every
 * success tells `monitor` the database answers. Methods that return something else than a
 * promise are passed through unchanged.
 */
export function mappingDriverErrors<T extends object>(
  service: T,
  options: DriverErrorOptions = {},
): T {
  const { monitor } = options;
  return new Proxy(service, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return function (this: unknown, ...args: unknown[]) {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result instanceof Promise) {
          return result.then(
            (value: unknown) => {
              monitor?.up('database');
              return value;
            },
            (error: unknown) => {
              const mapped = mapDriverError(error, options);
              if (!(
                mapped instanceof ServiceUnavailableError || mapped instanceof RequestAbortedError
              )) {
                monitor?.up('database');
              }
              throw mapped;
            },
          );
        }
        return result;
      };
    },
  });
}
