import type { BaseContext, ApolloServerPlugin } from '@apollo/server';
import type { AppConfig } from '../../config';
import type { OnReject } from '../guard-response';
import type { DependencyMonitor } from '../../errors';
import { closeGuardRedis, openGuardRedis, storeErrorReason } from '../redis-client';
import { memoryCostBucket, redisCostBucket, type CostBucket } from './bucket';
import { createOperationLimits } from '../rate-limit/operation-limits';
import { costGuardPlugin, type CostContext } from './plugin';

export { memoryCostBucket, redisCostBucket, type CostBucket, type BucketState } from './bucket';
export {
  actualCost,
  catalogsToSize,
  costEstimator,
  FIELD_COSTS,
  priceKey,
  pricedVariables,
  requestedCost,
  rootFieldNames,
  SIZED_FIELDS,
  UNPRICED_ARGUMENTS,
  type CostFacts,
  type CostInput,
} from './cost-model';
export {
  createOperationLimits,
  LIMITED_FIELDS,
  limitsPerGroup,
  type OperationLimits,
} from '../rate-limit/operation-limits';
export {
  costGuardPlugin,
  type CostContext,
  type CostExtension,
  type CostGuardOptions,
} from './plugin';

export interface CostGuardDeps<TContext> {
  catalogSize(context: TContext, name: string): Promise<number>;
  readonly logger: { warn(details: object, message: string): void };
  readonly onReject?: OnReject;
  /** Tests inject a bucket (a clock of their own). */
  readonly bucket?: CostBucket;
  /** Told about Redis outages (one log line per transition instead of one per request). */
  readonly monitor?: DependencyMonitor;
}

export interface CostGuard<TContext extends BaseContext> {
  readonly plugin: ApolloServerPlugin<TContext>;
  /** Pings the Redis store when there is one (readiness). */
  readonly ping?: () => Promise<unknown>;
  close(): Promise<void>;
}

/**
 * Guards 5 and 6 from the config: the cost limit always; the cost bucket and the
 * per-operation limits when RATE_LIMIT_ENABLED, in Redis when REDIS_URL is set.
 */
export async function createCostGuard<TContext extends BaseContext & CostContext>(
  config: AppConfig,
  deps: CostGuardDeps<TContext>,
): Promise<CostGuard<TContext>> {
  const { rateLimit } = config;
  const base = {
    maxQueryCost: config.guards.maxQueryCost,
    exportMaxItems: config.limits.exportMaxItems,
    caps: { first: config.limits.itemsPageMax, maxClusters: config.limits.maxClustersCap },
    catalogSize: deps.catalogSize,
    onReject: deps.onReject,
    onStoreError: (err: unknown) => {
      if (deps.monitor && config.redis.url) deps.monitor.down('redis', storeErrorReason(err));
      else deps.logger.warn({ err }, 'cost guard: the store failed, operation refused');
    },
    onStoreOk: config.redis.url ? () => deps.monitor?.up('redis') : undefined,
  };
  if (!rateLimit.enabled) return { plugin: costGuardPlugin<TContext>(base), close: async () => {} };
  const redis = config.redis.url
    ? await openGuardRedis({
        url: config.redis.url,
        purpose: 'the cost bucket and operation limits',
        connectTimeoutMs: config.redis.connectTimeoutMs,
        commandTimeoutMs: config.redis.commandTimeoutMs,
        monitor: deps.monitor,
        logger: deps.logger,
      })
    : undefined;
  const bucket =
    deps.bucket ??
    (redis ? redisCostBucket(rateLimit.costBucket, redis) : memoryCostBucket(rateLimit.costBucket));
  const operationLimits = createOperationLimits(rateLimit.perOperation, redis);
  let closing: Promise<void> | undefined;
  return {
    plugin: costGuardPlugin<TContext>({ ...base, bucket, operationLimits }),
    ping: redis ? () => redis.ping() : undefined,
    close: () =>
      (closing ??= (async () => {
        await bucket.close();
        if (redis) await closeGuardRedis(redis);
      })()),
  };
}
