import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { EvaluationConfig } from '../app-config';
import { envInt } from '../env-values';

/** Pairs below which work stays inline (4-35 ms of rule evaluation on the 2-core box). */
export const DEFAULT_POOL_MIN_PAIRS = 250_000;

/**
 * Niceness added to the evaluation threads, so that the event loop wins the CPU when both want
 * it. Alternating runs on the 2-core box during a 30,000-item matrix: small queries' median
 * wait 9-10 ms -> 5-6 ms, the matrix as fast (docs/performance.md, "Liveness during a large
 * matrix"). In a container the threads only give way to the same container's threads.
 */
export const DEFAULT_THREAD_NICE = 10;

export const evaluationSchema = () =>
  z
    .object({
      EVALUATION_THREADS: envInt(availableParallelism(), { min: 0, max: 256 }),
      EVALUATION_POOL_MIN_PAIRS: envInt(DEFAULT_POOL_MIN_PAIRS, { min: 0 }),
      EVALUATION_THREAD_NICE: envInt(DEFAULT_THREAD_NICE, { min: 0, max: 19 }),
    })
    .transform((e): EvaluationConfig => ({
      threads: e.EVALUATION_THREADS,
      poolMinPairs: e.EVALUATION_POOL_MIN_PAIRS,
      threadNice: e.EVALUATION_THREAD_NICE,
    }));
