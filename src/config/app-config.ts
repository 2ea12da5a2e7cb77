import type { DatabaseLocation } from './database-url';

/**
 * The typed, validated, frozen configuration of the process (see docs/configuration.md).
 * Built once by `loadConfig` from the environment; everything else receives it as a value.
 */

export type Environment = 'development' | 'staging' | 'production';
export const ENVIRONMENTS: readonly Environment[] = ['development', 'staging', 'production'];

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

export type PersistedOperationsMode = 'off' | 'allow' | 'enforce';

/** Express `trust proxy`: false, true (trust every hop), a hop count, or addresses/subnets. */
export type TrustProxySetting = boolean | number | readonly string[];

export interface HttpConfig {
  readonly host: string;
  readonly port: number;
  readonly maxRequestSizeBytes: number;
  readonly maxQueryStringLength: number;
  readonly maxQueryParams: number;
  /** Lower-case host names (no port); `['*']` accepts any Host header. */
  readonly allowedHosts: readonly string[];
  readonly requestTimeoutMs: number;
  readonly trustProxy: TrustProxySetting;
  readonly shutdownGraceMs: number;
  readonly cors: CorsConfig;
}

export interface CorsConfig {
  /** CORS_ORIGINS patterns (`https://app.example.com`, `https://*.example.com`, `http://localhost:*`, `*`). */
  readonly origins: readonly string[];
  /** CORS_CREDENTIALS: answer Access-Control-Allow-Credentials: true. */
  readonly credentials: boolean;
}

export interface PoolConfig {
  /** POOL_SIZE: connections the pool is sized for. */
  readonly size: number;
  /** MAX_OVERFLOW: extra connections under load. */
  readonly maxOverflow: number;
  /** size + maxOverflow: the hard limit of open connections. */
  readonly max: number;
  /** POOL_TIMEOUT: how long a query waits for a free connection. */
  readonly acquireTimeoutMs: number;
  /** POOL_RECYCLE: a connection older than this is replaced before it is handed out. */
  readonly maxLifetimeMs: number;
  /** min(POOL_RECYCLE, 300 s): idle connections are closed after this long. */
  readonly idleTimeoutMs: number;
}

/**
 * How long the database may take (defaults below REQUEST_TIMEOUT, so a request that waits on
 * the database is answered 503 SERVICE_UNAVAILABLE, not left hanging). PostgreSQL, except
 * sqliteBusyMs: SQLite runs in-process on one connection, whose wait is POOL_TIMEOUT.
 */
export interface DatabaseTimeouts {
  /** DB_STATEMENT_TIMEOUT: server-side statement_timeout; the client gives up 2 s later. */
  readonly statementMs: number;
  /** DB_LOCK_TIMEOUT: lock_timeout, the longest wait for a row or table lock. */
  readonly lockMs: number;
  /** DB_IDLE_IN_TRANSACTION_TIMEOUT: a transaction left idle this long is ended by the server. */
  readonly idleInTransactionMs: number;
  /** DB_CONNECT_TIMEOUT: opening a connection. */
  readonly connectMs: number;
  /**
   * DB_SQLITE_BUSY_TIMEOUT: SQLite's busy_timeout, how long a statement waits for a lock another
   * process holds on the file. The driver is synchronous: the wait blocks the event loop.
   */
  readonly sqliteBusyMs: number;
}

/** Where the database is (parsed from DATABASE_URL), with the pool and timeouts. */
export type DatabaseConfig = DatabaseLocation & {
  readonly pool: PoolConfig;
  readonly timeouts: DatabaseTimeouts;
};

export interface PerOperationLimits {
  readonly evaluatePairPerMinute: number;
  readonly evaluateMatrixPerMinute: number;
  readonly evaluateClustersPerMinute: number;
  readonly importPerMinute: number;
}

export interface RateLimitConfig {
  readonly enabled: boolean;
  readonly requestsPerMinute: number;
  readonly perOperation: PerOperationLimits;
  /** Leaky bucket of query-cost points per client. */
  readonly costBucket: { readonly capacity: number; readonly restorePerSecond: number };
}

export interface RedisConfig {
  /** REDIS_URL; null = in-memory stores (one instance only). */
  readonly url: string | null;
  /** REDIS_CONNECT_TIMEOUT: opening (and re-opening) the connection. */
  readonly connectTimeoutMs: number;
  /** REDIS_COMMAND_TIMEOUT: one command; past it the guard fails closed (503). */
  readonly commandTimeoutMs: number;
}

export interface GuardsConfig {
  readonly maxQueryDepth: number;
  readonly maxQueryCost: number;
  readonly maxAliases: number;
  readonly maxTokens: number;
  readonly maxDirectives: number;
  readonly batching: { readonly enabled: boolean; readonly maxBatchSize: number };
  readonly introspection: boolean;
  /** "Did you mean ...?" in validation errors. */
  readonly fieldSuggestions: boolean;
}

export interface PersistedOperationsConfig {
  readonly mode: PersistedOperationsMode;
  /** Absolute path of the trusted-documents manifest `{ "<sha256>": "<document>" }`. */
  readonly manifestPath: string;
  /** Entries of the in-memory APQ cache (when REDIS_URL is not set). */
  readonly apqCacheSize: number;
}

export interface UploadsConfig {
  readonly maxUploadSizeBytes: number;
  readonly yamlMaxAliases: number;
  /** Also applies to JSON documents. */
  readonly yamlMaxDepth: number;
}

export interface LimitsConfig {
  /** ITEM_NAME_MAX_LENGTH: characters of an item name. */
  readonly itemNameMaxLength: number;
  /** ITEM_ATTRIBUTES_MAX_BYTES: an item's attributes as JSON. */
  readonly itemAttributesMaxBytes: number;
  /** ITEM_METADATA_MAX_BYTES: an item's or a catalog's metadata as JSON. */
  readonly metadataMaxBytes: number;
  /** ITEMS_PER_CATALOG_MAX. */
  readonly itemsPerCatalogMax: number;
  /** MAX_RESPONSE_SIZE_MB: item and export bytes one response may carry. */
  readonly maxResponseBytes: number;
  /** ENGINE_CACHE_MB: memory for cached catalogs and matrices (docs/memory.md). */
  readonly engineCacheBytes: number;
  readonly importMaxItems: number;
  readonly exportMaxItems: number;
  readonly itemsPageMax: number;
  readonly maxClustersCap: number;
  /** Search steps a cluster search may spend before it answers `truncated`. */
  readonly clusterWorkBudget: number;
}

export interface EvaluationConfig {
  /** Worker threads of the evaluation pool; 0 runs every evaluation on the event loop. */
  readonly threads: number;
  /** Pair evaluations (matrix pairs, page work) from which work leaves the event loop. */
  readonly poolMinPairs: number;
  /** Niceness added to the evaluation threads (0: the same priority as the event loop). */
  readonly threadNice: number;
}

export interface MetricsConfig {
  readonly enabled: boolean;
  /** When set, GET /metrics requires `Authorization: Bearer <token>`. */
  readonly token: string | null;
}

export interface TelemetryConfig {
  readonly enabled: boolean;
  readonly otlpEndpoint: string | null;
  readonly serviceName: string;
}

export interface SentryConfig {
  readonly dsn: string | null;
}

export type SecretKeySource = 'env' | 'file' | 'generated';

export interface SecretsConfig {
  readonly secretKey: string;
  /** `generated`: a random per-process key (development only). */
  readonly secretKeySource: SecretKeySource;
}

export interface LoggingConfig {
  readonly level: LogLevel;
  /** LOG_BUFFER_BYTES: stdout writes gather lines up to this size (0: one write per line). */
  readonly bufferBytes: number;
}

export interface AppConfig {
  readonly environment: Environment;
  /** The env file that was read, if any (absolute path). */
  readonly envFile: string | null;
  readonly http: HttpConfig;
  readonly rateLimit: RateLimitConfig;
  readonly redis: RedisConfig;
  readonly db: DatabaseConfig;
  readonly guards: GuardsConfig;
  readonly persistedOperations: PersistedOperationsConfig;
  readonly uploads: UploadsConfig;
  readonly limits: LimitsConfig;
  readonly evaluation: EvaluationConfig;
  readonly metrics: MetricsConfig;
  readonly telemetry: TelemetryConfig;
  readonly sentry: SentryConfig;
  readonly secrets: SecretsConfig;
  readonly logging: LoggingConfig;
  /** Load the example data sets into an empty database at start. */
  readonly seedExamples: boolean;
}

/** staging and production: secure defaults, secrets required, migrations never auto-applied. */
export function isProductionLike(environment: Environment): boolean {
  return environment !== 'development';
}
