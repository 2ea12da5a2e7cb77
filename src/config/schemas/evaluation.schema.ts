import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { EvaluationConfig } from '../app-config';
import { envInt } from '../env-values';

/** Pairs below which work stays inline (4-35 ms of rule evaluation on the 2-core box). */
export const DEFAULT_POOL_MIN_PAIRS = 250_000;

/**
 * Niceness added to the evaluation threads. Off by default: on the 2-core box a niceness of 10
 * halved the event loop's worst waits during a large matrix but made the matrix ~40% slower
 * (docs/performance.md, "Liveness during a large matrix").
 */
export const DEFAULT_THREAD_NICE = 0;

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
