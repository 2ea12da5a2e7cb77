import type { Server } from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import express, { type Express } from 'express';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import { pinoHttp } from 'pino-http';
import type { AppConfig } from './config';
import type { GraphQLContext } from './graphql/context';
import { createGraphQLServer } from './graphql/server';
import { createGuards, type GuardDeps } from './guards';
import { corsMiddleware } from './http/cors';
import { createHttpErrorHandler } from './http/errors';
import { createHealthRouter } from './http/health';
import { createMetricsRouter } from './http/metrics';
import { requestIdFor } from './http/request-id';
import type { Logger } from './logger';
import { createMetrics, httpMetricsMiddleware, knexPoolStats, type Metrics } from './metrics';
import type { ErrorTracker } from './observability/error-tracking';
import { errorTrackingMiddleware } from './observability/error-tracking.plugin';
import { createServices, EngineCache } from './services';

export interface AppDeps {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly orm: MikroORM;
  readonly version: string;
  /** Shared across apps of one process (tests may pass their own). */
  readonly cache?: EngineCache;
  /** When given, stopping drains its in-flight GraphQL operations. */
  readonly httpServer?: Server;
  readonly startedAt?: Date;
  /** Overrides for the guards (tests inject a rate-limit store, a clock...). */
  readonly guards?: Partial<GuardDeps>;
  /** The Prometheus metrics (main.ts passes one per process). @default createMetrics() */
  readonly metrics?: Metrics;
  /** Unexpected errors are reported here (Sentry with SENTRY_DSN). @default none */
  readonly errorTracker?: ErrorTracker | null;
}

export interface RulateApp {
  readonly app: Express;
  readonly graphql: ApolloServer<GraphQLContext>;
  /** What GET /metrics exposes (tests read it directly too). */
  readonly metrics: Metrics;
  /**
   * Stops the GraphQL server (draining in-flight operations when an httpServer was given),
   * then closes the guards' rate-limit store (Redis client).
   */
  stop(): Promise<void>;
}

/** Builds the express app: /health*, /metrics, /graphql. Never listens (main.ts and tests do). */
export async function createApp(deps: AppDeps): Promise<RulateApp> {
  const { config, logger, orm } = deps;
  const cache = deps.cache ?? new EngineCache();
  const metrics = deps.metrics ?? createMetrics();
  metrics.observeDatabasePool(() => {
    const stats = knexPoolStats(orm);
    return stats && { ...stats, max: stats.max ?? config.db.pool.max };
  });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  app.use(httpMetricsMiddleware(metrics));
  app.use(
    pinoHttp({
      logger,
      genReqId: requestIdFor,
      autoLogging: { ignore: req => /^\/(health|metrics)\b/.test(req.url ?? '') },
    }),
  );
  app.use(
    createHealthRouter({
      orm,
      config,
      startedAt: deps.startedAt ?? new Date(),
      version: deps.version,
    }),
  );
  // Beside /health, before the guards: scrapes are not rate limited.
  if (config.metrics.enabled) {
    app.use(createMetricsRouter({ registry: metrics.registry, token: config.metrics.token }));
  }

  const guards = await createGuards(config, {
    logger,
    onReject: metrics.recordGuardRefusal,
    ...deps.guards,
  });
  let graphql: ApolloServer<GraphQLContext>;
  try {
    // Throws ManifestError when the persisted-documents manifest cannot be trusted.
    graphql = createGraphQLServer({
      config,
      logger,
      httpServer: deps.httpServer,
      plugins: guards.plugins,
      validationRules: guards.validationRules,
      metrics,
      errorTracker: deps.errorTracker ?? undefined,
    });
    await graphql.start();
  } catch (error) {
    await guards.close();
    throw error;
  }
  const limits = {
    itemsPageMax: config.limits.itemsPageMax,
    exportPageMax: config.limits.exportMaxItems,
    maxClustersCap: config.limits.maxClustersCap,
    maxUploadBytes: config.uploads.maxUploadSizeBytes,
  };
  app.use(
    '/graphql',
    // Preflights are answered here: before CSRF prevention, the guards and the rate limit.
    corsMiddleware({ ...config.http.cors, onReject: metrics.recordGuardRefusal }),
    ...guards.httpMiddleware,
    graphqlUploadExpress({ maxFileSize: config.uploads.maxUploadSizeBytes, maxFiles: 1 }),
    express.json({ limit: config.http.maxRequestSizeBytes }),
    ...guards.bodyMiddleware,
    expressMiddleware(graphql, {
      context: async ({ req }): Promise<GraphQLContext> => ({
        services: createServices(orm.em.fork(), cache, config, { metrics }),
        requestId: String(req.id),
        clientKey: req.ip ?? 'unknown',
        limits,
      }),
    }),
  );
  if (deps.errorTracker) app.use(errorTrackingMiddleware(deps.errorTracker));
  app.use(createHttpErrorHandler(logger, config.http));
  const stop = async () => {
    try {
      await graphql.stop();
    } finally {
      await guards.close();
    }
  };
  return { app, graphql, metrics, stop };
}
