/**
 * DATABASE_URL → driver and location (docs/database.md):
 *
 * | DATABASE_URL                   | driver     | location            |
 * |--------------------------------|------------|---------------------|
 * | `sqlite:///relative/file.db`   | sqlite     | `relative/file.db`  |
 * | `sqlite:////abs/file.db`       | sqlite     | `/abs/file.db`      |
 * | `sqlite::memory:`              | sqlite     | `:memory:`          |
 * | `./data/rulate.db` (bare path) | sqlite     | `./data/rulate.db`  |
 * | `postgres://` `postgresql://`  | postgresql | host, port, db      |
 */

export const DEFAULT_DATABASE_URL = 'sqlite:///./data/rulate.db';

export type DatabaseLocation =
  | {
      readonly driver: 'sqlite';
      /** File path as written (relative paths are relative to the working directory) or ':memory:'. */
      readonly path: string;
    }
  | {
      readonly driver: 'postgresql';
      /** The full connection URL (may contain a password: never log it, use describeConfig). */
      readonly url: string;
      readonly host: string;
      readonly port: number;
      readonly database: string;
      readonly user: string | null;
    };

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SQLITE_HINT =
  'use sqlite:///relative/path.db, sqlite:////absolute/path.db, sqlite::memory: or a bare file path';

/** Parses DATABASE_URL. Error messages never echo the URL (it may contain a password). */
export function parseDatabaseUrl(raw: string): ParseResult<DatabaseLocation> {
  const value = raw.trim();
  if (value === '') return { ok: false, error: `is empty; ${SQLITE_HINT}, or postgresql://...` };
  if (value === ':memory:') return sqlite(':memory:');
  const scheme = SCHEME.exec(value)?.[1]?.toLowerCase();
  // A Windows drive letter (C:\data\x.db) is a bare path, not a scheme.
  if (scheme === undefined || /^[a-z]:[\\/]/i.test(value)) return sqlite(value);
  if (scheme === 'sqlite') return parseSqlite(value);
  if (scheme === 'postgres' || scheme === 'postgresql') return parsePostgres(value);
  return {
    ok: false,
    error: `has unsupported scheme "${scheme}:"; supported: sqlite:, postgres:, postgresql:`,
  };
}

function sqlite(path: string): ParseResult<DatabaseLocation> {
  return { ok: true, value: { driver: 'sqlite', path } };
}

function parseSqlite(value: string): ParseResult<DatabaseLocation> {
  const rest = value.slice('sqlite:'.length);
  if (rest === ':memory:' || rest === '///:memory:') return sqlite(':memory:');
  if (!rest.startsWith('///') || rest.length === 3) {
    return { ok: false, error: `is not a valid SQLite URL; ${SQLITE_HINT}` };
  }
  // What follows `sqlite:///` is the path: `relative/x.db`, or `/abs/x.db` from `sqlite:////`.
  return sqlite(decodeURIComponent(rest.slice(3)));
}

function parsePostgres(value: string): ParseResult<DatabaseLocation> {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {
      ok: false,
      error: 'is not a valid PostgreSQL URL (postgresql://user:pass@host:5432/db)',
    };
  }
  const database = decodeURIComponent(url.pathname.replace(/^\//, ''));
  if (url.hostname === '' && !url.searchParams.has('host')) {
    return { ok: false, error: 'has no host (postgresql://user:pass@host:5432/db)' };
  }
  if (database === '' || database.includes('/')) {
    return { ok: false, error: 'must name one database (postgresql://user:pass@host:5432/db)' };
  }
  return {
    ok: true,
    value: {
      driver: 'postgresql',
      url: value,
      host: url.hostname || (url.searchParams.get('host') ?? ''),
      port: url.port === '' ? 5432 : Number(url.port),
      database,
      user: url.username === '' ? null : decodeURIComponent(url.username),
    },
  };
}

/** The URL with its password replaced by `***`, for logs and banners. */
export function redactUrl(raw: string): string {
  try {
    const url = new URL(raw);
    if (url.password !== '') url.password = '***';
    return url.toString();
  } catch {
    return raw.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}
