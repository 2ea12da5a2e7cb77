import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { ValidationRule } from 'graphql';
import type { AppConfig } from '../config';
import type { DependencyMonitor } from '../errors';
import type { GraphQLContext } from '../graphql/context';
import { batchLimitMiddleware } from './batch-limit';
import { directiveOverloadPlugin } from './directive-overload';
import { bodyDepthMiddleware } from './body-depth';
import { createCostGuard, type CostBucket } from './cost';
import { maxDepthRule } from './depth-limit';
import { DOCUMENT_LIMIT_DEFAULTS, documentLimitRules } from './document-limits';
import type { OnReject } from './guard-response';
import { httpLimitsMiddleware } from './http-limits';
import { createPersistedOperations, type PersistedDecision } from './persisted-operations';
import {
  defaultStoreFactory,
  globalRateLimitMiddleware,
  type RateLimitLogger,
  type RateLimitStoreFactory,
} from './rate-limit';
import { requestTimeoutMiddleware, type Timers } from './request-timeout';

export { VALIDATION_GUARD_CODES } from './codes';
export { expireRequestIfDue, requestSignal } from './request-timeout';
export { tokenLimitError } from './token-limit';
export type { GuardRefusal, OnReject } from './guard-response';

/** Errors one document's validation reports at most (graphql-js adds one "too many" error). */
export const MAX_VALIDATION_ERRORS = 3;

export interface GuardDeps {
  readonly logger: RateLimitLogger;
  /**
   * The item count of a catalog (0 when there is none): the cost guard prices evaluations
   * by it. The app answers from the request's services; the guards never reach them.
   */
  catalogSize(context: GraphQLContext, name: string): Promise<number>;
  /** The global rate limit's store. @default Redis when REDIS_URL is set, else in memory */
  readonly rateLimitStore?: RateLimitStoreFactory;
  /** @default Date.now */
  readonly now?: () => number;
  /** @default the global timers */
  readonly timers?: Timers;
  /** Told about every refusal (metrics). */
  readonly onReject?: OnReject;
  /** The cost bucket. @default Redis when REDIS_URL is set, else in memory */
  readonly costBucket?: CostBucket;
  /** Told about Redis outages (readiness, one log line per transition). */
  readonly monitor?: DependencyMonitor;
  /** Told about every persisted-operation decision (metrics). */
  readonly onPersistedDecision?: (decision: PersistedDecision) => void;
}

export interface Guards {
  /** Before the body parsers, in order: Host allow-list and URL limits, timeout, rate limit. */
  readonly httpMiddleware: RequestHandler[];
  /** After the body parsers (JSON, multipart), before Apollo: batching. */
  readonly bodyMiddleware: RequestHandler[];
  /** Document-only rules (Apollo caches their verdict per document). */
  readonly validationRules: ValidationRule[];
  /**
   * Validation stops after this many errors: a document of ten repeated unknown directives
   * (directive overloading) or any other flood is answered with a few errors, not one per
   * repetition, and the validator does not walk the rest.
   */
  readonly maxValidationErrors: number;
  /** Persisted operations (guard 3) first, then the cost guard (guards 5 and 6). */
  readonly plugins: ApolloServerPlugin<GraphQLContext>[];
  /** Apollo's `persistedQueries` option (APQ): on, with its cache, in `allow` mode only. */
  readonly persistedQueries: ApolloServerOptions<GraphQLContext>['persistedQueries'];
  /**
   * Pings Redis when the guards need it and fail closed without it (rate limiting on, REDIS_URL
   * set): readiness includes it. Undefined otherwise.
   */
  readonly pingRedis?: () => Promise<unknown>;
  /** Closes the rate-limit store (Redis connection, memory-store timer). Idempotent. */
  close(): Promise<void>;
}

/**
 * Guards 1 to 6 of docs/operations.md, from the config (opens the Redis clients if any).
 * Throws ManifestError, before opening anything, when the persisted-documents manifest cannot
 * be trusted.
 */
export async function createGuards(config: AppConfig, deps: GuardDeps): Promise<Guards> {
  const { http, guards, rateLimit } = config;
  const { onReject } = deps;
  // Guard 3: reads and checks the manifest now; its plugins come before the cost guard's.
  const persisted = createPersistedOperations<GraphQLContext>(config.persistedOperations, {
    redisUrl: config.redis.url,
    onCacheError: err => deps.logger.warn({ err }, 'APQ cache (Redis) error: lookups are misses'),
    onDecision: deps.onPersistedDecision,
  });
  const httpMiddleware: RequestHandler[] = [
    httpLimitsMiddleware({
      allowedHosts: http.allowedHosts,
      maxQueryStringLength: http.maxQueryStringLength,
      maxQueryParams: http.maxQueryParams,
      onReject,
    }),
    requestTimeoutMiddleware({ timeoutMs: http.requestTimeoutMs, timers: deps.timers, onReject }),
  ];
  let close = async (): Promise<void> => {};
  if (rateLimit.enabled) {
    const redisMonitor = config.redis.url ? deps.monitor : undefined;
    const factory =
      deps.rateLimitStore ??
      defaultStoreFactory({ ...config.redis, monitor: redisMonitor, logger: deps.logger });
    const handle = await factory();
    let closing: Promise<void> | undefined;
    close = () => (closing ??= handle.close());
    httpMiddleware.push(
      globalRateLimitMiddleware({
        store: handle.store,
        limit: rateLimit.requestsPerMinute,
        windowMs: 60_000,
        now: deps.now,
        logger: deps.logger,
        onReject,
        monitor: redisMonitor,
      }),
    );
  }
  const maxSelections = DOCUMENT_LIMIT_DEFAULTS.maxSelections;
  let cost;
  try {
    cost = await createCostGuard<GraphQLContext>(config, {
      catalogSize: deps.catalogSize,
      logger: deps.logger,
      onReject,
      bucket: deps.costBucket,
      monitor: deps.monitor,
    });
  } catch (error) {
    await close();
    throw error;
  }
  const closeRateLimit = close;
  const closeCost = cost.close;
  return {
    httpMiddleware,
    bodyMiddleware: [
      batchLimitMiddleware({ ...guards.batching, onReject }),
      bodyDepthMiddleware({ onReject }),
    ],
    maxValidationErrors: MAX_VALIDATION_ERRORS,
    validationRules: [
      ...documentLimitRules({
        maxAliases: guards.maxAliases,
        maxDirectives: guards.maxDirectives,
        maxSelections,
      }),
      maxDepthRule({ maxDepth: guards.maxQueryDepth, maxSelections }),
    ],
    plugins: [...persisted.plugins, directiveOverloadPlugin(onReject), cost.plugin],
    persistedQueries: persisted.persistedQueries,
    pingRedis: cost.ping,
    close: async () => {
      await Promise.allSettled([closeRateLimit(), closeCost()]);
    },
  };
}
