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
  return withReplyTimeouts(client, options.commandTimeoutMs ?? 1000);
}

/** A Redis command got no answer within REDIS_COMMAND_TIMEOUT. */
export class RedisReplyTimeoutError extends Error {
  override readonly name = 'RedisReplyTimeoutError';
  readonly code = 'REPLY_TIMEOUT';
}

const UNTIMED = new Set(['connect', 'close', 'destroy', 'quit', 'disconnect']);

/**
 * node-redis's own command timeout only covers the wait before a command is written: a
 * server that accepts the bytes and never answers (frozen, SIGSTOP) would hang every command.
 * Every promise the client returns is raced against `ms`; the late reply, if any, still
 * matches its own command (replies are in order), so the connection stays usable.
 */
function withReplyTimeouts(client: GuardRedisClient, ms: number): GuardRedisClient {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || UNTIMED.has(String(property))) return value;
      return function (this: unknown, ...args: unknown[]) {
        const result: unknown = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (!(result instanceof Promise)) return result;
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(
            () => reject(new RedisReplyTimeoutError(`Redis did not answer within ${ms} ms`)),
            ms,
          );
          timer.unref();
        });
        return Promise.race([result, timeout]).finally(() => clearTimeout(timer));
      };
    },
  });
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
