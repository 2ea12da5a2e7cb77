import { createClient, type RedisClientType } from 'redis';
import { redactUrl } from '../config';

export interface GuardRedisOptions {
  /** REDIS_URL. */
  readonly url: string;
  /** What the connection is for, in error messages ("the rate limit store"). */
  readonly purpose: string;
  /** Give up connecting at start after this long. @default 5000 */
  readonly connectTimeoutMs?: number;
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
    socket: {
      connectTimeout: options.connectTimeoutMs ?? 5000,
      // Not yet connected: give up at once (connect() rejects); later: back off, up to 5 s.
      reconnectStrategy: retries => (connected ? Math.min(100 * 2 ** retries, 5000) : false),
    },
  });
  client.on('error', (err: unknown) =>
    options.logger?.warn({ err }, `${options.purpose}: Redis connection error`),
  );
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
