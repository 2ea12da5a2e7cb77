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
import { createHttpErrorHandler } from './http/errors';
import { createHealthRouter } from './http/health';
import { requestIdFor } from './http/request-id';
import type { Logger } from './logger';
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
}

export interface RulateApp {
  readonly app: Express;
  readonly graphql: ApolloServer<GraphQLContext>;
  /**
   * Stops the GraphQL server (draining in-flight operations when an httpServer was given),
   * then closes the guards' rate-limit store (Redis client).
   */
  stop(): Promise<void>;
}

/** Builds the express app: /health*, /graphql. Never listens (main.ts and tests do). */
export async function createApp(deps: AppDeps): Promise<RulateApp> {
  const { config, logger, orm } = deps;
  const cache = deps.cache ?? new EngineCache();
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.http.trustProxy);
  app.use(
    pinoHttp({
      logger,
      genReqId: requestIdFor,
      autoLogging: { ignore: req => req.url?.startsWith('/health') ?? false },
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

  const guards = await createGuards(config, { logger, ...deps.guards });
  const graphql = createGraphQLServer({
    config,
    logger,
    httpServer: deps.httpServer,
    plugins: guards.plugins,
    validationRules: guards.validationRules,
  });
  await graphql.start().catch(async (error: unknown) => {
    await guards.close();
    throw error;
  });
  const limits = {
    itemsPageMax: config.limits.itemsPageMax,
    exportPageMax: config.limits.exportMaxItems,
    maxClustersCap: config.limits.maxClustersCap,
    maxUploadBytes: config.uploads.maxUploadSizeBytes,
  };
  app.use(
    '/graphql',
    ...guards.httpMiddleware,
    graphqlUploadExpress({ maxFileSize: config.uploads.maxUploadSizeBytes, maxFiles: 1 }),
    express.json({ limit: config.http.maxRequestSizeBytes }),
    ...guards.bodyMiddleware,
    expressMiddleware(graphql, {
      context: async ({ req }): Promise<GraphQLContext> => ({
        services: createServices(orm.em.fork(), cache, config),
        requestId: String(req.id),
        clientKey: req.ip ?? 'unknown',
        limits,
      }),
    }),
  );
  app.use(createHttpErrorHandler(logger, config.http));
  const stop = async () => {
    try {
      await graphql.stop();
    } finally {
      await guards.close();
    }
  };
  return { app, graphql, stop };
}
