import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { PoolStats } from './pool';

/** Seconds: 5 ms .. 60 s (REQUEST_TIMEOUT's default is 60 s). */
export const LATENCY_BUCKETS: readonly number[] = [
  0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60,
];
/** Query-cost points (MAX_QUERY_COST's default is in the thousands). */
export const COST_BUCKETS: readonly number[] = [
  1, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 25000, 100000,
];
/** Clusters found by one evaluateClusters (maxClusters is capped at 1000). */
export const CLUSTER_BUCKETS: readonly number[] = [0, 1, 2, 5, 10, 25, 50, 100, 250, 500, 1000];

export interface InstrumentBuckets {
  /** HTTP, GraphQL and evaluation latency, in seconds. @default LATENCY_BUCKETS */
  readonly latency?: readonly number[];
  /** @default COST_BUCKETS */
  readonly cost?: readonly number[];
  /** @default CLUSTER_BUCKETS */
  readonly clusters?: readonly number[];
}

/** Every metric family of the app except the default process metrics (docs/observability.md). */
export interface Instruments {
  readonly httpRequests: Counter<'method' | 'route' | 'status'>;
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  readonly graphqlOperations: Counter<'operation_name' | 'operation_type' | 'outcome'>;
  readonly graphqlOperationDuration: Histogram<'operation_name' | 'operation_type'>;
  readonly graphqlErrors: Counter<'code'>;
  readonly graphqlOperationCost: Histogram<'operation_type'>;
  readonly guardRefusals: Counter<'guard' | 'code'>;
  readonly rateLimitRefusals: Counter<'limit'>;
  readonly persistedOperations: Counter<'result'>;
  readonly evaluationDuration: Histogram<'kind' | 'outcome'>;
  readonly evaluationPairs: Counter<'kind' | 'result'>;
  readonly clustersFound: Histogram<string>;
  readonly dbPoolConnections: Gauge<'state'>;
  readonly dbPoolMaxConnections: Gauge<string>;
}

export interface InstrumentOptions {
  readonly buckets?: InstrumentBuckets;
  /** Read at every scrape for the pool gauges; null leaves them out. @default () => null */
  readonly readPool?: () => PoolStats | null;
}

/** Registers the app's metric families on `registry` (a registry holds each name once). */
export function createInstruments(
  registry: Registry,
  options: InstrumentOptions = {},
): Instruments {
  const { buckets = {}, readPool = () => null } = options;
  const registers = [registry];
  const latency = [...(buckets.latency ?? LATENCY_BUCKETS)];
  const instruments: Instruments = {
    httpRequests: new Counter({
      name: 'http_requests_total',
      help: 'HTTP requests answered, by method, route (the matched route, never the raw URL) and status.',
      labelNames: ['method', 'route', 'status'],
      registers,
    }),
    httpRequestDuration: new Histogram({
      name: 'http_request_duration_seconds',
      help: 'Time from receiving an HTTP request to the end of its response.',
      labelNames: ['method', 'route', 'status'],
      buckets: latency,
      registers,
    }),
    graphqlOperations: new Counter({
      name: 'graphql_operations_total',
      help: 'GraphQL operations by name (capped, see docs/observability.md), type and outcome (success, error, rejected).',
      labelNames: ['operation_name', 'operation_type', 'outcome'],
      registers,
    }),
    graphqlOperationDuration: new Histogram({
      name: 'graphql_operation_duration_seconds',
      help: 'Time from the start of a GraphQL request to its response, by operation name and type.',
      labelNames: ['operation_name', 'operation_type'],
      buckets: latency,
      registers,
    }),
    graphqlErrors: new Counter({
      name: 'graphql_errors_total',
      help: 'Errors in GraphQL responses, by extensions.code.',
      labelNames: ['code'],
      registers,
    }),
    graphqlOperationCost: new Histogram({
      name: 'graphql_operation_cost',
      help: 'Static query cost of GraphQL operations, as computed by the cost guard.',
      labelNames: ['operation_type'],
      buckets: [...(buckets.cost ?? COST_BUCKETS)],
      registers,
    }),
    guardRefusals: new Counter({
      name: 'guard_refusals_total',
      help: 'Requests refused by an HTTP guard before GraphQL ran, by guard and error code.',
      labelNames: ['guard', 'code'],
      registers,
    }),
    rateLimitRefusals: new Counter({
      name: 'rate_limit_refusals_total',
      help: 'Requests refused with RATE_LIMITED, by limit (global, per-operation field, cost bucket).',
      labelNames: ['limit'],
      registers,
    }),
    persistedOperations: new Counter({
      name: 'persisted_operations_total',
      help: 'Persisted-operation lookups: hit (manifest document ran), miss (PERSISTED_QUERY_NOT_FOUND), refused.',
      labelNames: ['result'],
      registers,
    }),
    evaluationDuration: new Histogram({
      name: 'evaluation_duration_seconds',
      help: 'Time of one evaluation (loading and engine), by kind and outcome (ok, error).',
      labelNames: ['kind', 'outcome'],
      buckets: latency,
      registers,
    }),
    evaluationPairs: new Counter({
      name: 'evaluation_pairs_total',
      help: 'Pair verdicts reported by evaluations, by kind (pair, item, matrix) and result.',
      labelNames: ['kind', 'result'],
      registers,
    }),
    clustersFound: new Histogram({
      name: 'clusters_found',
      help: 'Clusters found by one evaluateClusters.',
      buckets: [...(buckets.clusters ?? CLUSTER_BUCKETS)],
      registers,
    }),
    dbPoolConnections: new Gauge({
      name: 'db_pool_connections',
      help: 'Database pool connections by state (used, free, pending_acquires, pending_creates), read at scrape time.',
      labelNames: ['state'],
      registers,
      collect() {
        const pool = readPool();
        this.reset();
        if (!pool) return;
        this.set({ state: 'used' }, pool.used);
        this.set({ state: 'free' }, pool.free);
        this.set({ state: 'pending_acquires' }, pool.pendingAcquires);
        this.set({ state: 'pending_creates' }, pool.pendingCreates);
      },
    }),
    dbPoolMaxConnections: new Gauge({
      name: 'db_pool_max_connections',
      help: 'The most connections the database pool opens (POOL_SIZE + MAX_OVERFLOW).',
      registers,
      collect() {
        const max = readPool()?.max;
        this.reset();
        if (max !== undefined) this.set(max);
      },
    }),
  };
  for (const result of ['hit', 'miss', 'refused'])
    instruments.persistedOperations.inc({ result }, 0);
  for (const kind of ['pair', 'item', 'matrix']) {
    for (const result of ['compatible', 'incompatible']) {
      instruments.evaluationPairs.inc({ kind, result }, 0);
    }
  }
  return instruments;
}
