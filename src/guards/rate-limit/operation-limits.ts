import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import type { PerOperationLimits } from '../../config';
import type { GuardRedisClient } from '../redis-client';

/**
 * The limited root fields (docs/operations.md guard 6) and the group each one counts in. Every
 * key is a root field of the served schema (test/unit/guards/cost/tables.spec.ts).
 */
export const LIMITED_FIELDS: Readonly<Record<string, string>> = {
  evaluatePair: 'evaluatePair',
  evaluateMatrix: 'evaluateMatrix',
  evaluateClusters: 'evaluateClusters',
  importSchemas: 'import',
  importRuleSets: 'import',
  importClusterRuleSets: 'import',
  importCatalogs: 'import',
  importItems: 'import',
  importAll: 'import',
};

export function limitsPerGroup(config: PerOperationLimits): Record<string, number> {
  return {
    evaluatePair: config.evaluatePairPerMinute,
    evaluateMatrix: config.evaluateMatrixPerMinute,
    evaluateClusters: config.evaluateClustersPerMinute,
    import: config.importPerMinute,
  };
}

export type OperationLimitVerdict =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly group: string;
      readonly limit: number;
      readonly retryAfterSeconds: number;
    };

export interface OperationLimits {
  /**
   * Counts the operation's limited root fields for the client (each occurrence once: a
   * document naming several limited fields is counted for each); refuses when one group is
   * over its limit. Throws when the store cannot count.
   */
  check(clientKey: string, rootFields: readonly string[]): Promise<OperationLimitVerdict>;
}

/**
 * Per-client, per-minute limits of the expensive operations with rate-limiter-flexible:
 * in memory for one instance, in Redis when REDIS_URL is set (shared by every instance).
 */
export function createOperationLimits(
  config: PerOperationLimits,
  redis?: GuardRedisClient,
): OperationLimits {
  const limiters = new Map<string, { limiter: RateLimiterAbstract; limit: number }>();
  for (const [group, limit] of Object.entries(limitsPerGroup(config))) {
    const options = { points: limit, duration: 60, keyPrefix: `rulate:op:${group}` };
    const limiter = redis
      ? new RateLimiterRedis({ ...options, storeClient: redis, useRedisPackage: true })
      : new RateLimiterMemory(options);
    limiters.set(group, { limiter, limit });
  }
  return {
    async check(clientKey, rootFields) {
      const counts = new Map<string, number>();
      for (const field of rootFields) {
        const group = LIMITED_FIELDS[field];
        if (group) counts.set(group, (counts.get(group) ?? 0) + 1);
      }
      for (const [group, points] of counts) {
        const { limiter, limit } = limiters.get(group)!;
        try {
          await limiter.consume(clientKey, points);
        } catch (rejection) {
          if (!(rejection instanceof RateLimiterRes)) throw rejection;
          const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
          return { allowed: false, group, limit, retryAfterSeconds };
        }
      }
      return { allowed: true };
    },
  };
}
