import { createClient, type RedisClientType } from 'redis';
import { redactUrl } from '../config';
import type { DependencyMonitor } from '../errors';

export interface GuardRedisOptions {
  /** REDIS_URL. */
  readonly url: string;
  /** What the connection is for, in error messages ("the rate limit store"). */
  readonly purpose: string;
  /** Give up connecting (at start and on each reconnection) after this long. @default 2000 */
  readonly connectTimeoutMs?: number;
  /** A command without an answer after this long fails (the guard fails closed). @default 1000 */
  readonly commandTimeoutMs?: number;
  /**
   * Told when the connection is lost and when it is back (one log line per outage, readiness).
   * Without it, connection errors are logged as warnings.
   */
  readonly monitor?: Pick<DependencyMonitor, 'down' | 'up'>;
  readonly logger?: { warn(details: object, message: string): void };
}

export type GuardRedisClient = RedisClientType;

/**
 * Opens a node-redis client for a guard. Start fails when Redis cannot be reached; later
 * outages fail fast (no offline queue, so callers can fail closed) and the client reconnects
 * by itself, backing off up to 5 s.
 */
export async function openGuardRedis(options: GuardRedisOptions): Promise<GuardRedisClient> {
  let connected = false;
  const client: GuardRedisClient = createClient({
    url: options.url,
    disableOfflineQueue: true,
    commandOptions: { timeout: options.commandTimeoutMs ?? 1000 },
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 2000,
      // Not yet connected: give up at once (connect() rejects); later: back off, up to 5 s.
      reconnectStrategy: retries => (connected ? Math.min(100 * 2 ** retries, 5000) : false),
    },
  });
  const { monitor } = options;
  client.on('error', (err: unknown) => {
    if (!connected) return; // connect() rejects with it
    if (monitor) monitor.down('redis', `connection lost (${errorCode(err)})`);
    else options.logger?.warn({ err }, `${options.purpose}: Redis connection error`);
  });
  client.on('ready', () => monitor?.up('redis'));
  try {
    await client.connect();
  } catch (error) {
    client.destroy();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Cannot connect to Redis at ${redactUrl(options.url)} (REDIS_URL) for ${options.purpose}: ${reason}`,
    );
  }
  connected = true;
  return client;
}

/** Closes a guard's client if it is still open. */
export async function closeGuardRedis(client: GuardRedisClient): Promise<void> {
  if (client.isOpen) await client.close();
}

function errorCode(err: unknown): string {
  const e = err as { code?: unknown; message?: unknown } | null;
  return String(e?.code ?? e?.message ?? 'error').slice(0, 100);
}

/** Why a store call failed (a code or an error name), without the command's arguments. */
export function storeErrorReason(err: unknown): string {
  const e = err as { name?: unknown; code?: unknown } | null;
  return String(e?.code ?? e?.name ?? 'error').slice(0, 100);
}
