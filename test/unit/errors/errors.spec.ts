import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BetterSqliteExceptionConverter } from '@mikro-orm/better-sqlite';
import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import Database from 'better-sqlite3';
import { GraphQLError } from 'graphql';
import {
  type AppError,
  classifyError,
  ConflictError,
  databaseOutageReason,
  DependencyMonitor,
  driverErrorCode,
  ERROR_CODES,
  loggableError,
  mapDriverError,
  NotFoundError,
  RequestAbortedError,
  ServiceUnavailableError,
  specOf,
} from '../../../src/errors';

function fromResolver(original: Error): GraphQLError {
  return new GraphQLError(original.message, { path: ['field'], originalError: original });
}

function driverError(message: string, fields: Record<string, unknown> = {}): DriverException {
  return new DriverException(Object.assign(new Error(message), fields));
}

describe('the code registry', () => {
  it('gives every code a status, a log level and a meaning; only bugs are reported', () => {
    for (const [code, spec] of Object.entries(ERROR_CODES)) {
      expect(spec.status).toBeGreaterThanOrEqual(200);
      expect(spec.meaning.length).toBeGreaterThan(10);
      expect(spec.reported).toBe(code === 'INTERNAL_SERVER_ERROR');
    }
  });

  it('asks clients to retry after 503s, and treats unknown codes as internal errors', () => {
    expect(specOf('SERVICE_UNAVAILABLE')).toMatchObject({ status: 503, retryAfterSeconds: 5 });
    expect(specOf('REQUEST_TIMEOUT')).toMatchObject({ status: 503, retryAfterSeconds: 5 });
    expect(specOf('NO_SUCH_CODE')).toBe(ERROR_CODES.INTERNAL_SERVER_ERROR);
  });
});

describe('classifyError (the one classifier)', () => {
  it('takes the code of a domain error anywhere in the chain', () => {
    const c = classifyError(fromResolver(new NotFoundError('Catalog', 'x')));
    expect(c).toMatchObject({ code: 'NOT_FOUND', expected: true });
  });

  it('keeps the code a guard or Apollo put on the error', () => {
    const coded = new GraphQLError('too deep', { extensions: { code: 'DEPTH_LIMIT_EXCEEDED' } });
    expect(classifyError(coded)).toMatchObject({ code: 'DEPTH_LIMIT_EXCEEDED', expected: true });
  });

  it('calls a plain error or a code-less GraphQLError thrown while executing a bug', () => {
    expect(classifyError(fromResolver(new TypeError('x is undefined')))).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      expected: false,
    });
    const codeless = fromResolver(new GraphQLError('cannot serialize'));
    const c = classifyError(codeless);
    expect(c).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', expected: false });
    expect(c.spec.reported).toBe(true);
  });
});

describe('loggableError', () => {
  it('drops the SQL and parameters MikroORM puts in a driver message', () => {
    const err = driverError(
      'insert into "item" ("name") values (\'secret customer data\') - duplicate key value violates unique constraint',
      { code: '23505' },
    );
    const logged = JSON.stringify(loggableError(err));
    expect(logged).not.toMatch(/secret customer data|insert into/);
    expect(logged).toMatch(/duplicate key value/);
    expect(logged).toMatch(/23505/);
  });

  it('caps long messages', () => {
    const logged = loggableError(new Error('x'.repeat(100_000))) as { message: string };
    expect(logged.message.length).toBeLessThanOrEqual(500);
  });
});

describe('mapDriverError', () => {
  it('maps refused, dropped and timed-out connections to SERVICE_UNAVAILABLE', () => {
    for (const error of [
      driverError('connect ECONNREFUSED 127.0.0.1:5432', { code: 'ECONNREFUSED' }),
      driverError('Connection terminated unexpectedly'),
      Object.assign(new Error('Knex: Timeout acquiring a connection.'), {
        name: 'KnexTimeoutError',
      }),
      driverError('terminating connection due to administrator command', { code: '57P01' }),
      new Error('Query read timeout'),
    ]) {
      const mapped = mapDriverError(error);
      expect(mapped).toBeInstanceOf(ServiceUnavailableError);
      expect((mapped as AppError).message).not.toMatch(/ECONNREFUSED 127|select/);
    }
  });

  it('maps concurrent-write failures to CONFLICT and leaves other errors alone', () => {
    const unique = new UniqueConstraintViolationException(new Error('duplicate key'));
    expect(mapDriverError(unique)).toBeInstanceOf(ConflictError);
    const bug = new TypeError('oops');
    expect(mapDriverError(bug)).toBe(bug);
    expect(databaseOutageReason(bug)).toBeNull();
  });

  it('reports an outage to the monitor, but not one slow statement', () => {
    const down = jest.fn();
    const monitor = { down, up: jest.fn() };
    mapDriverError(driverError('x', { code: 'ECONNRESET' }), { monitor });
    expect(down).toHaveBeenCalledWith('database', expect.stringContaining('ECONNRESET'));
    down.mockClear();
    const slow = mapDriverError(
      driverError('canceling statement due to statement timeout', { code: '57014' }),
      {
        monitor,
      },
    );
    expect(slow).toBeInstanceOf(ServiceUnavailableError);
    expect(down).not.toHaveBeenCalled();
  });

  it('turns any failure of an abandoned request into REQUEST_TIMEOUT', () => {
    const controller = new AbortController();
    controller.abort();
    const mapped = mapDriverError(
      driverError('canceling statement due to user request', { code: '57014' }),
      {
        signal: () => controller.signal,
      },
    );
    expect(mapped).toBeInstanceOf(RequestAbortedError);
  });
});

describe('mapDriverError with better-sqlite3 (extended result codes)', () => {
  const converter = new BetterSqliteExceptionConverter();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-sqlite-errors-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The error better-sqlite3 throws for `fn`, converted as MikroORM does. */
  function converted(fn: () => unknown): DriverException {
    try {
      fn();
    } catch (error) {
      return converter.convertException(error as Error);
    }
    throw new Error('expected the statement to fail');
  }

  it('reduces extended SQLite codes to their primary code, and leaves others alone', () => {
    expect(driverErrorCode('SQLITE_CONSTRAINT_UNIQUE')).toBe('SQLITE_CONSTRAINT');
    expect(driverErrorCode('SQLITE_BUSY_SNAPSHOT')).toBe('SQLITE_BUSY');
    expect(driverErrorCode('SQLITE_IOERR_SHORT_READ')).toBe('SQLITE_IOERR');
    expect(driverErrorCode('SQLITE_FULL')).toBe('SQLITE_FULL');
    expect(driverErrorCode('40P01')).toBe('40P01');
    expect(driverErrorCode(undefined)).toBe('');
  });

  it('maps a real unique violation to CONFLICT (CONCURRENT_DUPLICATE)', () => {
    const db = new Database(':memory:');
    db.exec('create table t (name text unique); insert into t values (1)');
    const error = converted(() => db.prepare('insert into t values (1)').run());
    expect(error.code).toBe('SQLITE_CONSTRAINT_UNIQUE');
    const mapped = mapDriverError(error);
    expect(mapped).toBeInstanceOf(ConflictError);
    expect((mapped as AppError).details.reason).toBe('CONCURRENT_DUPLICATE');
    db.close();
  });

  it('maps a real busy database (another connection holds the write lock) to CONFLICT', () => {
    const file = join(dir, 'busy.db');
    const holder = new Database(file);
    holder.exec('create table t (a); begin immediate');
    const waiter = new Database(file, { timeout: 0 });
    const error = converted(() => waiter.prepare('insert into t values (1)').run());
    expect(driverErrorCode(error.code)).toBe('SQLITE_BUSY');
    const mapped = mapDriverError(error);
    expect(mapped).toBeInstanceOf(ConflictError);
    expect((mapped as AppError).details.reason).toBe('CONCURRENT_WRITE');
    holder.exec('rollback');
    holder.close();
    waiter.close();
  });

  it('maps extended busy and locked codes to CONFLICT by their primary code', () => {
    for (const code of [
      'SQLITE_BUSY_SNAPSHOT',
      'SQLITE_BUSY_RECOVERY',
      'SQLITE_LOCKED_SHAREDCACHE',
    ]) {
      const mapped = mapDriverError(driverError('some message', { code }));
      expect(mapped).toBeInstanceOf(ConflictError);
    }
  });

  it('maps a full disk and I/O errors, extended or not, to SERVICE_UNAVAILABLE', () => {
    for (const code of ['SQLITE_FULL', 'SQLITE_IOERR_WRITE', 'SQLITE_CANTOPEN_ISDIR']) {
      const mapped = mapDriverError(driverError('disk trouble', { code }));
      expect(mapped).toBeInstanceOf(ServiceUnavailableError);
      expect((mapped as AppError).details.reason).toBe(
        `server error ${code.split('_').slice(0, 2).join('_')}`,
      );
    }
  });

  it('leaves a read-only database error alone, as before (INTERNAL_SERVER_ERROR)', () => {
    const file = join(dir, 'readonly.db');
    new Database(file).exec('create table t (a)');
    const db = new Database(file, { readonly: true });
    const error = converted(() => db.prepare('insert into t values (1)').run());
    expect(driverErrorCode(error.code)).toBe('SQLITE_READONLY');
    expect(mapDriverError(error)).toBe(error);
    expect(classifyError(fromResolver(error)).code).toBe('INTERNAL_SERVER_ERROR');
    db.close();
  });
});

describe('DependencyMonitor', () => {
  it('logs an outage once when it starts and once when it ends', () => {
    const logger = { error: jest.fn(), info: jest.fn() };
    let now = 1_000;
    const monitor = new DependencyMonitor(logger, () => new Date(now));
    monitor.up('database');
    for (let i = 0; i < 10; i += 1) monitor.down('database', 'connection refused');
    expect(logger.error).toHaveBeenCalledTimes(1);
    expect(monitor.state('database')).toMatchObject({ up: false, reason: 'connection refused' });
    now = 4_000;
    for (let i = 0; i < 10; i += 1) monitor.up('database');
    expect(logger.info).toHaveBeenCalledTimes(1);
    expect(logger.info.mock.calls[0][0]).toMatchObject({ dependency: 'database', downForMs: 3000 });
    expect(monitor.state('redis').up).toBe(true);
  });
});
