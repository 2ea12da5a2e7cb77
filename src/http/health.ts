/**
 * Health endpoints beside GraphQL (docs/operations.md, "Health"); mount before the rate limiter:
 * - GET /health        status, version, environment, uptime, database check (503 if down)
 * - GET /health/ready  200 once the database answers and no migration is pending, else 503
 * - GET /health/live   200 while the process runs
 */
import type { MikroORM } from '@mikro-orm/core';
import { Router, type Response } from 'express';
import { isProductionLike, type Environment } from '../config';
import { driverKind } from '../persistence/migration-support/driver-kind';
import { getMigrationStatus } from '../persistence/orm';

export interface HealthRouterOptions {
  readonly orm: MikroORM;
  readonly config: { readonly environment: Environment };
  readonly startedAt: Date;
  readonly version: string;
  /** Longest wait for the database ping. @default 2000 */
  readonly dbTimeoutMs?: number;
  /** Clock, for tests. @default () => new Date() */
  readonly now?: () => Date;
}

type CheckStatus = 'ok' | 'error';

interface DatabaseCheck {
  readonly status: CheckStatus;
  readonly driver: string;
  readonly latencyMs: number;
  readonly error?: string;
}

export function createHealthRouter(options: HealthRouterOptions): Router {
  const { orm, config, startedAt, version, dbTimeoutMs = 2000, now = () => new Date() } = options;
  const verbose = !isProductionLike(config.environment);
  const uptimeSeconds = () =>
    Math.max(0, Math.floor((now().getTime() - startedAt.getTime()) / 1000));
  // Once applied, migrations stay applied for the life of the process: check until then.
  let migrationsApplied = false;
  const driver = driverKind(orm.em.getPlatform());

  const checkDatabase = async (): Promise<DatabaseCheck> => {
    const started = Date.now();
    const result = await withTimeout(orm.checkConnection(), dbTimeoutMs);
    const latencyMs = Date.now() - started;
    if (result === 'timeout') {
      return { status: 'error', driver, latencyMs, error: `no answer within ${dbTimeoutMs} ms` };
    }
    if (result.ok) return { status: 'ok', driver, latencyMs };
    return { status: 'error', driver, latencyMs, error: verbose ? result.reason : 'unreachable' };
  };

  const checkMigrations = async (): Promise<{ status: CheckStatus; pending: number }> => {
    if (migrationsApplied) return { status: 'ok', pending: 0 };
    try {
      const { pending } = await getMigrationStatus(orm);
      migrationsApplied = pending.length === 0;
      return { status: migrationsApplied ? 'ok' : 'error', pending: pending.length };
    } catch {
      return { status: 'error', pending: -1 };
    }
  };

  const router = Router();

  router.get('/health', async (_req, res) => {
    const database = await checkDatabase();
    const healthy = database.status === 'ok';
    send(res, healthy ? 200 : 503, {
      status: healthy ? 'ok' : 'unhealthy',
      version,
      environment: config.environment,
      uptimeSeconds: uptimeSeconds(),
      timestamp: now().toISOString(),
      checks: { database },
    });
  });

  router.get('/health/ready', async (_req, res) => {
    const database = await checkDatabase();
    const migrations =
      database.status === 'ok' ? await checkMigrations() : { status: 'error', pending: -1 };
    const ready = database.status === 'ok' && migrations.status === 'ok';
    send(res, ready ? 200 : 503, {
      status: ready ? 'ready' : 'not_ready',
      checks: { database, migrations },
    });
  });

  router.get('/health/live', (_req, res) => {
    send(res, 200, { status: 'alive', uptimeSeconds: uptimeSeconds() });
  });

  return router;
}

function send(res: Response, status: number, body: object): void {
  res.status(status).set('Cache-Control', 'no-store').json(body);
}

async function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>(resolve => {
    timer = setTimeout(() => resolve('timeout'), ms);
    timer.unref();
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
