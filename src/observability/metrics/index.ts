export { createMetrics, type Metrics, type MetricsOptions } from './metrics';
export {
  CLUSTER_BUCKETS,
  COST_BUCKETS,
  LATENCY_BUCKETS,
  type InstrumentBuckets,
  type Instruments,
} from './instruments';
export {
  graphqlMetricsPlugin,
  type GraphQLMetricsOptions,
  type MetricsContext,
} from './graphql-plugin';
export { createLabelLimiter, ANONYMOUS, OTHER, UNKNOWN, type LabelLimiter } from './label-limiter';
export { knexPoolStats, type PoolStats } from './pool';
export { codeLabel, persistedResult, rateLimitLabel, type PersistedResult } from './recorders';
