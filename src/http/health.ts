/**
 * Health endpoints beside GraphQL (docs/operations.md, "Health"); mount before the rate limiter:
 * - GET /health        status, version, environment, uptime, database check (503 if down)
 * - GET /health/ready  200 when the database answers, no migration is pending, Redis answers
 *                      (when configured and the guards fail closed without it) and the
 *                      instance is not shutting down; else 503
 * - GET /health/live   200 while the process runs
 */
import type { MikroORM } from '@mikro-orm/core';
import { Router, type Response } from 'express';
import { isProductionLike, type Environment } from '../config';
import type { DependencyMonitor } from '../errors';
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
  /** Pings Redis when the request path needs it (the guards' store); absent: not needed. */
  readonly pingRedis?: () => Promise<unknown>;
  /** Told what the probes find (the same state the requests report to). */
  readonly monitor?: DependencyMonitor;
  /** True once SIGTERM (or stop()) began: readiness answers 503 at once. */
  readonly shuttingDown?: () => boolean;
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

  const { monitor } = options;
  const checkDatabase = async (): Promise<DatabaseCheck> => {
    const started = Date.now();
    const result = await withTimeout(orm.checkConnection(), dbTimeoutMs);
    const latencyMs = Date.now() - started;
    if (result === 'timeout') {
      monitor?.down('database', `health check: no answer within ${dbTimeoutMs} ms`);
      return { status: 'error', driver, latencyMs, error: `no answer within ${dbTimeoutMs} ms` };
    }
    if (result.ok) {
      monitor?.up('database');
      return { status: 'ok', driver, latencyMs };
    }
    monitor?.down('database', 'health check: unreachable');
    return { status: 'error', driver, latencyMs, error: verbose ? result.reason : 'unreachable' };
  };

  const checkRedis = async (): Promise<{ status: CheckStatus; latencyMs: number } | undefined> => {
    if (!options.pingRedis) return undefined;
    const started = Date.now();
    const ping = options.pingRedis().then(
      () => true,
      () => false,
    );
    const ok = (await withTimeout(ping, dbTimeoutMs)) === true;
    if (ok) monitor?.up('redis');
    else monitor?.down('redis', 'health check: no answer');
    return { status: ok ? 'ok' : 'error', latencyMs: Date.now() - started };
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
    if (options.shuttingDown?.()) {
      send(res, 503, { status: 'shutting_down', checks: {} });
      return;
    }
    const [database, redis] = await Promise.all([checkDatabase(), checkRedis()]);
    const migrations =
      database.status === 'ok' ? await checkMigrations() : { status: 'error', pending: -1 };
    const ready =
      database.status === 'ok' &&
      migrations.status === 'ok' &&
      (redis === undefined || redis.status === 'ok') &&
      !options.shuttingDown?.();
    send(res, ready ? 200 : 503, {
      status: ready ? 'ready' : 'not_ready',
      checks: { database, migrations, ...(redis ? { redis } : {}) },
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
