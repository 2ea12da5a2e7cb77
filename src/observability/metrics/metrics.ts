import { collectDefaultMetrics, Registry } from 'prom-client';
import type { OnReject } from '../../guards/guard-response';
import type { PersistedDecision } from '../../guards/persisted-operations';
import type { EvaluationRecorder } from '../evaluation';
import { createInstruments, type InstrumentBuckets, type Instruments } from './instruments';
import type { PoolStats } from './pool';
import { codeLabel, persistedResult, rateLimitLabel } from './recorders';

/** prom-client default metrics that are gauges despite their `_total` suffix. */
const NOT_COUNTERS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

export interface MetricsOptions {
  /** Default process metrics (`process_*`, `nodejs_*`) on the same registry. @default true */
  readonly defaultMetrics?: boolean;
  readonly buckets?: InstrumentBuckets;
}

/**
 * The app's Prometheus metrics on one registry (never the global one): the instruments,
 * plus recorders that other parts call. Every label is low-cardinality (docs/observability.md).
 */
export interface Metrics extends Instruments, EvaluationRecorder {
  readonly registry: Registry;
  /**
   * Observes the static cost of one operation (`graphql_operation_cost`). One path only: the
   * cost guard sets `queryCost` on the context and the GraphQL metrics plugin calls this when
   * the response is sent (so refused and failed operations are observed too).
   */
  recordCost(cost: number, operationType?: string): void;
  /** The guards' `onReject`: `guard_refusals_total`, and `rate_limit_refusals_total` for 429s. */
  readonly recordGuardRefusal: OnReject;
  /** The persisted-operations guard's `onDecision`: `persisted_operations_total`. */
  recordPersistedDecision(decision: PersistedDecision): void;
  /** Where the pool gauges read from at scrape time (the last call wins). */
  observeDatabasePool(read: () => PoolStats | null): void;
}

/** Creates the metrics on `registry` (a fresh one by default: tests get their own). */
export function createMetrics(
  registry: Registry = new Registry(),
  options: MetricsOptions = {},
): Metrics {
  let readPool: () => PoolStats | null = () => null;
  const instruments = createInstruments(registry, {
    buckets: options.buckets,
    readPool: () => readPool(),
  });
  if (options.defaultMetrics ?? true) {
    collectDefaultMetrics({ register: registry });
    // Gauges named *_total fail `promtool check metrics`; nodejs_active_*{type} hold the same.
    for (const name of NOT_COUNTERS) registry.removeSingleMetric(name);
  }
  return {
    ...instruments,
    registry,
    recordCost(cost, operationType = 'unknown') {
      if (Number.isFinite(cost) && cost >= 0) {
        instruments.graphqlOperationCost.observe({ operation_type: operationType }, cost);
      }
    },
    recordGuardRefusal(guard, refusal) {
      instruments.guardRefusals.inc({ guard, code: codeLabel(refusal.code) });
      const limit = rateLimitLabel(guard, refusal);
      if (limit !== null) instruments.rateLimitRefusals.inc({ limit });
    },
    recordPersistedDecision(decision) {
      const result = persistedResult(decision);
      if (result !== null) instruments.persistedOperations.inc({ result });
    },
    recordEvaluation(kind, seconds, facts, outcome) {
      instruments.evaluationDuration.observe({ kind, outcome }, seconds);
      if (facts.compatiblePairs !== undefined) {
        instruments.evaluationPairs.inc({ kind, result: 'compatible' }, facts.compatiblePairs);
      }
      if (facts.incompatiblePairs !== undefined) {
        instruments.evaluationPairs.inc({ kind, result: 'incompatible' }, facts.incompatiblePairs);
      }
      if (kind === 'clusters' && facts.clusters !== undefined) {
        instruments.clustersFound.observe(facts.clusters);
      }
    },
    observeDatabasePool(read) {
      readPool = read;
    },
  };
}
