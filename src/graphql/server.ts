import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerOptions, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import type { ValidationRule } from 'graphql';
import type { Logger } from 'pino';
import type { AppConfig } from '../config';
import { graphqlMetricsPlugin, type Metrics } from '../observability/metrics';
import type { ErrorTracker } from '../observability/errors/error-tracking';
import { errorTrackingPlugin } from '../observability/errors/error-tracking.plugin';
import type { GraphQLContext } from './context';
import { createFormatError } from './errors';
import { errorResponsePlugin } from './response.plugin';
import { getSchema } from './schema';

export interface GraphQLServerOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  /** When given, in-flight operations are drained on stop. */
  readonly httpServer?: Server;
  /** The guards' plugins (persisted operations, cost), after this module's own. */
  readonly plugins?: readonly ApolloServerPlugin<GraphQLContext>[];
  /** The guards' `persistedQueries` (APQ). @default false */
  readonly persistedQueries?: ApolloServerOptions<GraphQLContext>['persistedQueries'];
  /** Document-only rules (the guards'); Apollo caches their verdict per document. */
  readonly validationRules?: readonly ValidationRule[];
  /** graphql-js `maxErrors` (the guards' MAX_VALIDATION_ERRORS). @default graphql-js's 100 */
  readonly maxValidationErrors?: number;
  /** Operations, errors, cost and persisted-operation lookups are recorded here. */
  readonly metrics?: Metrics;
  /** Unexpected errors (INTERNAL_SERVER_ERROR) are reported here with the request context. */
  readonly errorTracker?: ErrorTracker;
}

/** The Apollo server with the error model and the production switches of docs/operations.md. */
export function createGraphQLServer(options: GraphQLServerOptions): ApolloServer<GraphQLContext> {
  const { config, logger, httpServer } = options;
  const development = config.environment === 'development';
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    ...(options.metrics ? [graphqlMetricsPlugin<GraphQLContext>(options.metrics)] : []),
    errorResponsePlugin(logger),
    ...(options.errorTracker ? [errorTrackingPlugin<GraphQLContext>(options.errorTracker)] : []),
    development
      ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
      : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ...(options.plugins ?? []),
    // Apollo installs these two by default; the schema sets no cache hints and the server
    // reports no traces to a federation gateway, so they would only add work to every field
    // and every request.
    ApolloServerPluginCacheControlDisabled(),
    ApolloServerPluginInlineTraceDisabled(),
  ];
  if (httpServer) plugins.push(ApolloServerPluginDrainHttpServer({ httpServer }));
  return new ApolloServer<GraphQLContext>({
    schema: getSchema(),
    plugins,
    formatError: createFormatError(development),
    includeStacktraceInErrorResponses: development,
    introspection: config.guards.introspection,
    hideSchemaDetailsFromClientErrors: !config.guards.fieldSuggestions,
    csrfPrevention: true,
    persistedQueries: options.persistedQueries ?? false,
    // main.ts owns SIGTERM/SIGINT (drain, close the pool, flush logs, exit 0).
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: config.guards.batching.enabled,
    parseOptions: { maxTokens: config.guards.maxTokens },
    validationRules: [...(options.validationRules ?? [])],
    ...(options.maxValidationErrors === undefined
      ? {}
      : { validationOptions: { maxErrors: options.maxValidationErrors } }),
  });
}
