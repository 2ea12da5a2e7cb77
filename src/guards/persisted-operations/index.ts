import type { ApolloServerOptions, ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { PersistedOperationsConfig } from '../../config';
import { createApqCache } from './apq-cache';
import type { PersistedDecision } from './decide';
import { loadManifestFile } from './file-store';
import { persistedOperationsPlugin, type PersistedOperationContext } from './plugin';

export { ManifestError, loadManifestFile, manifestStore } from './file-store';
export { persistedOperationsPlugin, REFUSED_DOCUMENT } from './plugin';
export type { PersistedOperationContext, PersistedOperationsPluginOptions } from './plugin';
export type { PersistedDecision } from './decide';
export type { PersistedDocumentStore } from './store';

export interface PersistedOperationsDeps {
  /** REDIS_URL: the APQ cache is shared by every instance. */
  readonly redisUrl: string | null;
  /** Redis errors of the APQ cache (throttled). */
  readonly onCacheError?: (error: unknown) => void;
  readonly onDecision?: (decision: PersistedDecision) => void;
}

export interface PersistedOperations<TContext extends BaseContext> {
  readonly plugins: ApolloServerPlugin<TContext>[];
  /** Apollo's `persistedQueries` option: on (with its cache) in allow mode only. */
  readonly persistedQueries: ApolloServerOptions<TContext>['persistedQueries'];
}

/**
 * Guard 3 of docs/operations.md from the config: `off` (no persisted documents, APQ off too),
 * `allow` (manifest + Apollo's APQ with an LRU or Redis cache) or `enforce` (manifest only).
 * Reads and checks the manifest now (throws ManifestError when it cannot be trusted).
 */
export function createPersistedOperations<TContext extends BaseContext & PersistedOperationContext>(
  config: PersistedOperationsConfig,
  deps: PersistedOperationsDeps,
): PersistedOperations<TContext> {
  const { mode } = config;
  if (mode === 'off') return { plugins: [], persistedQueries: false };
  const store = loadManifestFile(config.manifestPath, { optional: mode === 'allow' });
  const plugin = persistedOperationsPlugin<TContext>({ mode, store, onDecision: deps.onDecision });
  if (mode === 'enforce') return { plugins: [plugin], persistedQueries: false };
  const apq = createApqCache({
    redisUrl: deps.redisUrl,
    maxEntries: config.apqCacheSize,
    onError: deps.onCacheError,
  });
  const closer: ApolloServerPlugin<TContext> = {
    async serverWillStart() {
      return { serverWillStop: () => apq.close() };
    },
  };
  return { plugins: [plugin, closer], persistedQueries: apq.persistedQueries };
}
