import KeyvRedis from '@keyv/redis';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import { Keyv } from 'keyv';

export interface ApqCacheOptions {
  /** REDIS_URL: one cache shared by every instance; null: an in-memory LRU per instance. */
  readonly redisUrl: string | null;
  /** Entries of the in-memory LRU (it is also bounded to 30 MiB). @default 1000 */
  readonly maxEntries?: number;
  /** How long Redis keeps a registered query, in seconds. @default 86400 */
  readonly ttlSeconds?: number;
  /** Redis key namespace (keys are `<namespace>::apq:<sha256>`). @default 'rulate' */
  readonly namespace?: string;
  /** Give up a Redis connection attempt after this long; the lookup is then a miss. @default 1000 */
  readonly connectTimeoutMs?: number;
  /** Told about Redis errors, at most once per `errorIntervalMs`; lookups degrade to misses. */
  readonly onError?: (error: unknown) => void;
  /** @default 30000 */
  readonly errorIntervalMs?: number;
}

/** Apollo's `persistedQueries` option, plus what closes it. */
export interface ApqCache {
  readonly persistedQueries: { readonly cache: KeyValueCache<string>; readonly ttl?: number };
  readonly kind: 'memory' | 'redis';
  /** Closes the Redis connection (no-op in memory). Idempotent. */
  close(): Promise<void>;
}

/** The APQ cache: bounded in memory, or Redis through Apollo's KeyvAdapter. */
export function createApqCache(options: ApqCacheOptions): ApqCache {
  if (options.redisUrl === null) {
    const cache = new InMemoryLRUCache<string>({ max: options.maxEntries ?? 1000 });
    return { persistedQueries: { cache }, kind: 'memory', close: async () => {} };
  }
  const namespace = options.namespace ?? 'rulate';
  const store = new KeyvRedis(options.redisUrl, {
    namespace,
    // Not at start nor on later outages: a miss (the client re-sends the query) beats a 500.
    throwOnConnectError: false,
    connectionTimeout: options.connectTimeoutMs ?? 1000,
  });
  const keyv = new Keyv<string>({ store, namespace, useKeyPrefix: false });
  keyv.on('error', throttled(options.onError, options.errorIntervalMs ?? 30_000));
  let closing: Promise<void> | undefined;
  return {
    persistedQueries: { cache: new KeyvAdapter(keyv), ttl: options.ttlSeconds ?? 86_400 },
    kind: 'redis',
    close: () => (closing ??= keyv.disconnect().catch(() => undefined)),
  };
}

function throttled(report: ((error: unknown) => void) | undefined, intervalMs: number) {
  let last = -Infinity;
  return (error: unknown) => {
    const now = Date.now();
    if (!report || now - last < intervalMs) return;
    last = now;
    report(error);
  };
}
