import { z } from 'zod';
import type { RateLimitConfig, RedisConfig } from '../app-config';
import { envBool, envInt, envPositiveNumber, envUrl } from '../env-values';

export const rateLimitSchema = () =>
  z
    .object({
      RATE_LIMIT_ENABLED: envBool(true),
      RATE_LIMIT_REQUESTS_PER_MINUTE: envInt(300, { min: 1 }),
      RATE_LIMIT_EVALUATE_PAIR_PER_MINUTE: envInt(20, { min: 1 }),
      RATE_LIMIT_EVALUATE_MATRIX_PER_MINUTE: envInt(10, { min: 1 }),
      RATE_LIMIT_EVALUATE_CLUSTERS_PER_MINUTE: envInt(5, { min: 1 }),
      RATE_LIMIT_IMPORT_PER_MINUTE: envInt(5, { min: 1 }),
      COST_BUCKET_CAPACITY: envInt(100_000, { min: 1 }),
      COST_BUCKET_RESTORE_RATE: envInt(1_000, { min: 1 }),
    })
    .transform((e): RateLimitConfig => ({
      enabled: e.RATE_LIMIT_ENABLED,
      requestsPerMinute: e.RATE_LIMIT_REQUESTS_PER_MINUTE,
      perOperation: {
        evaluatePairPerMinute: e.RATE_LIMIT_EVALUATE_PAIR_PER_MINUTE,
        evaluateMatrixPerMinute: e.RATE_LIMIT_EVALUATE_MATRIX_PER_MINUTE,
        evaluateClustersPerMinute: e.RATE_LIMIT_EVALUATE_CLUSTERS_PER_MINUTE,
        importPerMinute: e.RATE_LIMIT_IMPORT_PER_MINUTE,
      },
      costBucket: {
        capacity: e.COST_BUCKET_CAPACITY,
        restorePerSecond: e.COST_BUCKET_RESTORE_RATE,
      },
    }));

export const redisSchema = () =>
  z
    .object({
      REDIS_URL: envUrl(['redis:', 'rediss:']),
      REDIS_CONNECT_TIMEOUT: envPositiveNumber(2, { max: 600 }),
      REDIS_COMMAND_TIMEOUT: envPositiveNumber(1, { max: 600 }),
    })
    .transform((e): RedisConfig => ({
      url: e.REDIS_URL,
      connectTimeoutMs: Math.round(e.REDIS_CONNECT_TIMEOUT * 1000),
      commandTimeoutMs: Math.round(e.REDIS_COMMAND_TIMEOUT * 1000),
    }));
