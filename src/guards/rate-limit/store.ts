import { MemoryStore, type Store } from 'express-rate-limit';
import { RedisStore } from 'rate-limit-redis';
import { closeGuardRedis, openGuardRedis, type GuardRedisOptions } from '../redis-client';

/** A store for one limiter (express-rate-limit refuses to share a store between limiters). */
export interface RateLimitStoreHandle {
  readonly store: Store;
  /** 'memory', 'redis' or a test's own name (startup banner, docs). */
  readonly kind: string;
  /** Stops timers and closes connections. */
  close(): Promise<void>;
}

/** Creates the store when the app is built; tests inject their own. */
export type RateLimitStoreFactory = () => Promise<RateLimitStoreHandle>;

export interface StoreLogger {
  warn(details: object, message: string): void;
}

/** Counts in this process only (one instance). */
export function memoryStoreFactory(): RateLimitStoreFactory {
  return async () => {
    const store = new MemoryStore();
    return { store, kind: 'memory', close: async () => store.shutdown() };
  };
}

export interface RedisStoreOptions {
  /** REDIS_URL. */
  readonly url: string;
  /** Key prefix, so that several limiters or apps can share one Redis. @default 'rulate:rl:' */
  readonly prefix?: string;
  /** REDIS_CONNECT_TIMEOUT. @default 2000 */
  readonly connectTimeoutMs?: number;
  /** REDIS_COMMAND_TIMEOUT. @default 1000 */
  readonly commandTimeoutMs?: number;
  readonly monitor?: GuardRedisOptions['monitor'];
  readonly logger?: StoreLogger;
}

/**
 * Counts in Redis with rate-limit-redis over a node-redis client that the factory opens
 * (and `close` closes), so that every instance behind a load balancer shares the count.
 * Start fails when Redis cannot be reached; later outages fail fast (no offline queue)
 * and the limiter answers 503 until Redis is back (the client reconnects by itself).
 */
export function redisStoreFactory(options: RedisStoreOptions): RateLimitStoreFactory {
  return async () => {
    const client = await openGuardRedis({
      url: options.url,
      purpose: 'the rate limit store',
      connectTimeoutMs: options.connectTimeoutMs,
      commandTimeoutMs: options.commandTimeoutMs,
      monitor: options.monitor,
      logger: options.logger,
    });
    const store = new RedisStore({
      prefix: options.prefix ?? 'rulate:rl:',
      sendCommand: (...args: string[]) => client.sendCommand(args),
    });
    return {
      store,
      kind: 'redis',
      close: () => closeGuardRedis(client),
    };
  };
}

/** Redis when REDIS_URL is set, else in memory. */
export function defaultStoreFactory(
  redis: Omit<RedisStoreOptions, 'url' | 'prefix'> & { readonly url: string | null },
): RateLimitStoreFactory {
  const { url } = redis;
  return url ? redisStoreFactory({ ...redis, url }) : memoryStoreFactory();
}
