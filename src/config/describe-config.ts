import { isProductionLike, type AppConfig, type DatabaseConfig } from './app-config';
import { redactUrl } from './database-url';

/**
 * A log-safe summary for the startup banner: environment, database kind and location,
 * features and limits. Never contains the secret key, tokens, DSNs or passwords.
 */
export function describeConfig(cfg: AppConfig) {
  return {
    environment: cfg.environment,
    envFile: cfg.envFile,
    listen: `${cfg.http.host}:${cfg.http.port}`,
    database: describeDatabase(cfg.db),
    features: {
      rateLimit: cfg.rateLimit.enabled,
      sharedStore: cfg.redis.url ? redactUrl(cfg.redis.url) : 'in-memory',
      persistedOperations: cfg.persistedOperations.mode,
      introspection: cfg.guards.introspection,
      fieldSuggestions: cfg.guards.fieldSuggestions,
      batching: cfg.guards.batching.enabled,
      metrics: cfg.metrics.enabled ? (cfg.metrics.token ? 'token' : 'open') : 'off',
      telemetry: cfg.telemetry.enabled,
      errorTracking: cfg.sentry.dsn !== null,
      seedExamples: cfg.seedExamples,
      secretKey: cfg.secrets.secretKeySource,
    },
    limits: {
      maxRequestSizeBytes: cfg.http.maxRequestSizeBytes,
      maxUploadSizeBytes: cfg.uploads.maxUploadSizeBytes,
      requestTimeoutMs: cfg.http.requestTimeoutMs,
      requestsPerMinute: cfg.rateLimit.requestsPerMinute,
      maxQueryDepth: cfg.guards.maxQueryDepth,
      maxQueryCost: cfg.guards.maxQueryCost,
      maxAliases: cfg.guards.maxAliases,
      maxTokens: cfg.guards.maxTokens,
      itemsPageMax: cfg.limits.itemsPageMax,
      importMaxItems: cfg.limits.importMaxItems,
      exportMaxItems: cfg.limits.exportMaxItems,
      clusterWorkBudget: cfg.limits.clusterWorkBudget,
      evaluationThreads: cfg.evaluation.threads,
      evaluationPoolMinPairs: cfg.evaluation.poolMinPairs,
      evaluationThreadNice: cfg.evaluation.threadNice,
    },
    allowedHosts: cfg.http.allowedHosts,
    corsOrigins: cfg.http.cors.origins,
    trustProxy: cfg.http.trustProxy,
    logLevel: cfg.logging.level,
  };
}

export type ConfigDescription = ReturnType<typeof describeConfig>;

function describeDatabase(db: DatabaseConfig) {
  const pool = { max: db.pool.max, acquireTimeoutMs: db.pool.acquireTimeoutMs };
  if (db.driver === 'sqlite') return { driver: db.driver, path: db.path };
  const user = db.user ? `${db.user}@` : '';
  return {
    driver: db.driver,
    location: `${user}${db.host}:${db.port}/${db.database}`,
    pool: { ...pool, idleTimeoutMs: db.pool.idleTimeoutMs, maxLifetimeMs: db.pool.maxLifetimeMs },
  };
}

/** Insecure or surprising choices, one sentence each, for the startup banner. */
export function configWarnings(cfg: AppConfig): string[] {
  const warnings: string[] = [];
  const prod = isProductionLike(cfg.environment);
  const env = cfg.environment;
  if (cfg.secrets.secretKeySource === 'generated') {
    warnings.push(
      'SECRET_KEY is not set: using a random key for this process only (set SECRET_KEY or SECRET_KEY_FILE; required in staging and production).',
    );
  }
  if (!cfg.rateLimit.enabled) {
    warnings.push('RATE_LIMIT_ENABLED=false: clients are not rate limited.');
  }
  if (prod && cfg.guards.introspection) {
    warnings.push(`INTROSPECTION is on in ${env}: anyone can read the whole schema.`);
  }
  if (prod && cfg.guards.fieldSuggestions) {
    warnings.push(`FIELD_SUGGESTIONS is on in ${env}: error messages reveal field names.`);
  }
  if (prod && cfg.persistedOperations.mode !== 'enforce') {
    warnings.push(
      `PERSISTED_OPERATIONS=${cfg.persistedOperations.mode} in ${env}: clients may send any document.`,
    );
  }
  if (cfg.guards.batching.enabled) {
    warnings.push(
      `BATCHING is on: up to ${cfg.guards.batching.maxBatchSize} operations per request.`,
    );
  }
  if (prod && cfg.http.allowedHosts.includes('*')) {
    warnings.push(`ALLOWED_HOSTS=* in ${env}: any Host header is accepted.`);
  }
  if (prod && cfg.http.cors.origins.includes('*')) {
    warnings.push(`CORS_ORIGINS=* in ${env}: pages on any origin may call the API.`);
  }
  if (cfg.http.trustProxy === true) {
    warnings.push(
      'TRUST_PROXY=true trusts every X-Forwarded-For hop: clients can pick their own address unless a proxy overwrites the header; prefer a hop count or the proxy addresses.',
    );
  }
  if (prod && cfg.metrics.enabled && cfg.metrics.token === null) {
    warnings.push(`METRICS_TOKEN is not set in ${env}: GET /metrics is public.`);
  }
  if (prod && cfg.db.driver === 'sqlite') {
    warnings.push(
      `SQLite in ${env}: fine for one instance; use PostgreSQL (DATABASE_URL=postgresql://...) to run several.`,
    );
  }
  if (prod && cfg.redis.url === null && cfg.rateLimit.enabled) {
    warnings.push(
      'REDIS_URL is not set: rate limits and the APQ cache are per instance (fine for one instance).',
    );
  }
  if (prod && cfg.seedExamples) {
    warnings.push(`SEED_EXAMPLES is on in ${env}: example data is loaded into an empty database.`);
  }
  return warnings;
}
