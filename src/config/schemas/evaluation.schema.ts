import { availableParallelism } from 'node:os';
import { z } from 'zod';
import type { EvaluationConfig } from '../app-config';
import { envInt } from '../env-values';

/** Pairs below which work stays inline (4-35 ms of rule evaluation on the 2-core box). */
export const DEFAULT_POOL_MIN_PAIRS = 250_000;

export const evaluationSchema = () =>
  z
    .object({
      EVALUATION_THREADS: envInt(availableParallelism(), { min: 0, max: 256 }),
      EVALUATION_POOL_MIN_PAIRS: envInt(DEFAULT_POOL_MIN_PAIRS, { min: 0 }),
    })
    .transform((e): EvaluationConfig => ({
      threads: e.EVALUATION_THREADS,
      poolMinPairs: e.EVALUATION_POOL_MIN_PAIRS,
    }));
