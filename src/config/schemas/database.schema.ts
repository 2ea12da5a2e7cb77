import { z } from 'zod';
import type { DatabaseConfig, DatabaseTimeouts, PoolConfig } from '../app-config';
import { DEFAULT_DATABASE_URL, parseDatabaseUrl } from '../database-url';
import { envInt, envPositiveNumber, optionalString } from '../env-values';

/** Idle connections are closed after at most this long (and at most POOL_RECYCLE). */
const MAX_IDLE_SECONDS = 300;

export const databaseSchema = () =>
  z
    .object({
      DATABASE_URL: optionalString().transform((raw, ctx) => {
        const parsed = parseDatabaseUrl(raw ?? DEFAULT_DATABASE_URL);
        if (parsed.ok) return parsed.value;
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: parsed.error });
        return z.NEVER;
      }),
      POOL_SIZE: envInt(5, { min: 1, max: 1000 }),
      MAX_OVERFLOW: envInt(10, { min: 0, max: 1000 }),
      POOL_TIMEOUT: envInt(30, { min: 1, max: 3600 }),
      POOL_RECYCLE: envInt(3600, { min: 1, max: 7 * 24 * 3600 }),
      DB_STATEMENT_TIMEOUT: envPositiveNumber(15, { max: 3600 }),
      DB_LOCK_TIMEOUT: envPositiveNumber(5, { max: 3600 }),
      DB_IDLE_IN_TRANSACTION_TIMEOUT: envPositiveNumber(30, { max: 3600 }),
      DB_CONNECT_TIMEOUT: envPositiveNumber(5, { max: 600 }),
      DB_SQLITE_BUSY_TIMEOUT: envPositiveNumber(1, { max: 600 }),
    })
    .transform((e): DatabaseConfig => {
      const pool: PoolConfig = {
        size: e.POOL_SIZE,
        maxOverflow: e.MAX_OVERFLOW,
        max: e.POOL_SIZE + e.MAX_OVERFLOW,
        acquireTimeoutMs: e.POOL_TIMEOUT * 1000,
        maxLifetimeMs: e.POOL_RECYCLE * 1000,
        idleTimeoutMs: Math.min(e.POOL_RECYCLE, MAX_IDLE_SECONDS) * 1000,
      };
      const ms = (seconds: number) => Math.round(seconds * 1000);
      const timeouts: DatabaseTimeouts = {
        statementMs: ms(e.DB_STATEMENT_TIMEOUT),
        lockMs: ms(e.DB_LOCK_TIMEOUT),
        idleInTransactionMs: ms(e.DB_IDLE_IN_TRANSACTION_TIMEOUT),
        connectMs: ms(e.DB_CONNECT_TIMEOUT),
        sqliteBusyMs: ms(e.DB_SQLITE_BUSY_TIMEOUT),
      };
      return { ...e.DATABASE_URL, pool, timeouts };
    });
