import type { Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { MikroORM } from '@mikro-orm/core';
import express, { type ErrorRequestHandler, type Express, type Request } from 'express';
import finalhandler from 'finalhandler';
import { graphqlUploadExpress } from 'graphql-upload-minimal';
import type { AppConfig } from './config';
import { RequestGraphQLContext, type GraphQLContext } from './graphql/context';
import { createGraphQLServer } from './graphql/server';
import { createGuards, expireRequestIfDue, requestSignal, type GuardDeps } from './guards';
import { apolloHandler } from './http/apollo-handler';
import { chain } from './http/chain';
import { asExpress, bindToExpress, type AppListener } from './http/server-objects';
import { corsMiddleware } from './http/cors';
import { runInRequestScope } from './persistence';
import { createHttpErrorHandler } from './http/errors';
import { createHealthRouter } from './http/health';
import { createMetricsRouter } from './observability/metrics/endpoint';
import { DependencyMonitor, loggableError } from './errors';
import type { Logger } from './observability/logging/logger';
import { createMetrics, knexPoolStats, type Metrics } from './observability/metrics';
import { requestObserverMiddleware } from './observability/request-observer';
import type { ErrorTracker } from './observability/errors/error-tracking';
import { errorTrackingMiddleware } from './observability/errors/error-tracking.plugin';
import { createServices, EngineCache, EvaluationPool } from './services';

export interface AppDeps {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly orm: MikroORM;
  readonly version: string;
  /** Shared across apps of one process (tests may pass their own). */
  readonly cache?: EngineCache;
  /**
   * Worker threads for large evaluations. @default one built from config.evaluation, closed
   * by stop()
   */
  readonly evaluationPool?: EvaluationPool;
  /**
   * When given, stopping drains its in-flight GraphQL operations; made by createAppServer
   * (http/server-objects.ts), its requests are express's from the start.
   */
  readonly httpServer?: Server;
  readonly startedAt?: Date;
  /** Overrides for the guards (tests inject a rate-limit store, a clock...). */
  readonly guards?: Partial<GuardDeps>;
  /** The Prometheus metrics (main.ts passes one per process). @default createMetrics() */
  readonly metrics?: Metrics;
  /** Unexpected errors are reported here (Sentry with SENTRY_DSN). @default none */
  readonly errorTracker?: ErrorTracker | null;
  /** What the app knows of its database and Redis. @default a new one logging to `logger` */
  readonly monitor?: DependencyMonitor;
}

export interface RulateApp {
  /**
   * The request listener (`http.createServer(app)`, supertest): /graphql runs its handlers
   * directly (see GRAPHQL_ROUTE), everything else goes through `express`.
   */
  readonly app: AppListener;
  /** /health*, /metrics and the answers to unknown routes. */
  readonly express: Express;
  readonly graphql: ApolloServer<GraphQLContext>;
  /** What GET /metrics exposes (tests read it directly too). */
  readonly metrics: Metrics;
  readonly monitor: DependencyMonitor;
  /**
   * Readiness answers 503 from now on (SIGTERM arrived), so that load balancers stop sending
   * new requests while in-flight ones finish. stop() calls it too.
   */
  beginShutdown(): void;
  /**
   * Stops the GraphQL server (draining in-flight operations when an httpServer was given),
   * then closes the guards' rate-limit store (Redis client).
   */
  stop(): Promise<void>;
}

/**
 * The requests served by the GraphQL handlers: what `app.use('/graphql', ...)` matches (any
 * case, the path itself or below it, any query string).
 */
const GRAPHQL_ROUTE = /^\/graphql(?:[/?#]|$)/i;

/** Builds the app: /graphql, /health*, /metrics. Never listens (main.ts and tests do). */
export async function createApp(deps: AppDeps): Promise<RulateApp> {
  const { config, logger, orm } = deps;
  const cache = deps.cache ?? new EngineCache({ maxBytes: config.limits.engineCacheBytes });
  const metrics = deps.metrics ?? createMetrics();
  const monitor = deps.monitor ?? new DependencyMonitor(logger);
  const pool =
    deps.evaluationPool ??
    new EvaluationPool({
      threads: config.evaluation.threads,
      minPairs: config.evaluation.poolMinPairs,
      niceIncrement: config.evaluation.threadNice,
      onError: err => logger.warn({ err }, 'evaluation pool: error outside any task'),
    });
  let shuttingDown = false;
  metrics.observeDatabasePool(() => {
    const stats = knexPoolStats(orm);
    return stats && { ...stats, max: stats.max ?? config.db.pool.max };
  });
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  bindToExpress(deps.httpServer, app);
  // Request id, HTTP metrics and the access line of every request (first, on both routes).
  const observe = requestObserverMiddleware({ metrics, logger });
  // Throws ManifestError when the persisted-documents manifest cannot be trusted.
  const guards = await createGuards(config, {
    logger,
    catalogSize: async (context, name) => {
      const catalog = await context.services.catalogs.find(name);
      return catalog ? await catalog.itemCount : 0;
    },
    onReject: metrics.recordGuardRefusal,
    onPersistedDecision: metrics.recordPersistedDecision,
    monitor,
    ...deps.guards,
  });
  let graphql: ApolloServer<GraphQLContext>;
  try {
    graphql = createGraphQLServer({
      config,
      logger,
      httpServer: deps.httpServer,
      plugins: guards.plugins,
      persistedQueries: guards.persistedQueries,
      validationRules: guards.validationRules,
      maxValidationErrors: guards.maxValidationErrors,
      metrics,
      errorTracker: deps.errorTracker ?? undefined,
    });
    await graphql.start();
  } catch (error) {
    await guards.close();
    if (!deps.evaluationPool) await pool.close();
    throw error;
  }
  const limits = {
    itemsPageMax: config.limits.itemsPageMax,
    exportPageMax: config.limits.exportMaxItems,
    maxClustersCap: config.limits.maxClustersCap,
    maxUploadBytes: config.uploads.maxUploadSizeBytes,
  };
  // The /graphql stack runs as one handler (http/chain.ts), outside express's router: the
  // listener below calls it directly. The express app serves the rest.
  const graphqlRoute = chain([
    // Preflights are answered here: before CSRF prevention, the guards and the rate limit.
    corsMiddleware({ ...config.http.cors, onReject: metrics.recordGuardRefusal }),
    ...guards.httpMiddleware,
    graphqlUploadExpress({ maxFileSize: config.uploads.maxUploadSizeBytes, maxFiles: 1 }),
    express.json({ limit: config.http.maxRequestSizeBytes }),
    ...guards.bodyMiddleware,
    // After the body parsers (their stream callbacks would lose the async context): everything
    // the operation does from here runs in its request scope, so an abandoned request's
    // transaction never commits (persistence/request-scope.ts).
    (req: Request, _res: unknown, next: () => void) => {
      const signal = requestSignal(req);
      if (signal) runInRequestScope(signal, next, () => expireRequestIfDue(req));
      else next();
    },
    // The services (and their forked EntityManager) are made on first use.
    apolloHandler(
      graphql,
      async (req): Promise<GraphQLContext> =>
        new RequestGraphQLContext(String(req.id), req.ip ?? 'unknown', limits, () =>
          createServices(orm.em.fork(), cache, config, { metrics, monitor, pool }),
        ),
    ),
  ]);
  // Also mounted: express routes here what the listener's pattern does not recognise (an
  // absolute-form request target, say), so those are served too, only slower.
  app.use('/graphql', graphqlRoute);
  app.use(
    createHealthRouter({
      orm,
      config,
      startedAt: deps.startedAt ?? new Date(),
      version: deps.version,
      monitor,
      pingRedis: guards.pingRedis,
      shuttingDown: () => shuttingDown,
    }),
  );
  // Beside /health, outside the guards: scrapes are not rate limited.
  if (config.metrics.enabled) {
    app.use(createMetricsRouter({ registry: metrics.registry, token: config.metrics.token }));
  }

  const errorHandlers: ErrorRequestHandler[] = [
    ...(deps.errorTracker ? [errorTrackingMiddleware(deps.errorTracker)] : []),
    createHttpErrorHandler(logger, config.http),
  ];
  for (const handler of errorHandlers) app.use(handler);
  // What express's own final handler is given (its `logerror` writes to stderr; ours logs).
  const finalOptions: finalhandler.Options = {
    env: app.get('env') as string,
    onerror: error => logger.error({ err: loggableError(error) }, 'unhandled HTTP error'),
  };
  const listener: AppListener = (incoming, outgoing) => {
    const [req, res] = asExpress(app, incoming, outgoing);
    observe(req, res, () => {
      if (!GRAPHQL_ROUTE.test(req.url)) return void app(req, res);
      // As express's mount would show it to the handlers (the route label, error tracking).
      req.originalUrl = req.url;
      req.baseUrl = '/graphql';
      graphqlRoute(req, res, error =>
        runErrorHandlers(errorHandlers, finalOptions, error, req, res),
      );
    });
  };
  const beginShutdown = () => {
    shuttingDown = true;
  };
  const stop = async () => {
    beginShutdown();
    try {
      await graphql.stop();
    } finally {
      await guards.close();
      if (!deps.evaluationPool) await pool.close();
    }
  };
  return { app: listener, express: app, graphql, metrics, monitor, beginShutdown, stop };
}

/**
 * Runs express error handlers in order, as express does after `next(error)`, ending with
 * express's own final handler: a 404 when no one answered (`next()`), a 500, or a closed
 * connection once headers were sent.
 */
function runErrorHandlers(
  handlers: readonly ErrorRequestHandler[],
  options: finalhandler.Options,
  error: unknown,
  req: Request,
  res: Parameters<ErrorRequestHandler>[2],
): void {
  let at = 0;
  const next = (passed?: unknown): void => {
    const handler = handlers[at++];
    if (handler === undefined || passed === undefined || passed === null) {
      finalhandler(req, res, options)(passed);
      return;
    }
    try {
      handler(passed, req, res, next);
    } catch (thrown) {
      next(thrown);
    }
  };
  next(error);
}
