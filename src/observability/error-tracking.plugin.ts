import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import { AppError } from '../services/errors';
import type { ErrorTracker } from './error-tracking';

/** What the plugin reads from the context when present. */
export interface ErrorTrackingContext {
  readonly requestId?: string;
  persistedOperationId?: string;
}

/**
 * Expected errors are answered with their own code: domain errors (AppError: NOT_FOUND,
 * CONFLICT...) and errors that already carry a code other than INTERNAL_SERVER_ERROR
 * (parse, validation, guard refusals).
 */
export function isExpectedError(error: GraphQLError): boolean {
  if (unwrapResolverError(error) instanceof AppError) return true;
  const code = error.extensions?.code;
  return code !== undefined && code !== 'INTERNAL_SERVER_ERROR';
}

/**
 * Reports the unexpected errors of GraphQL operations (the ones answered with a masked
 * INTERNAL_SERVER_ERROR) with the request id, operation and field path.
 */
export function errorTrackingPlugin<TContext extends BaseContext & ErrorTrackingContext>(
  tracker: ErrorTracker,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operation, operationName, request }) {
          for (const error of errors) {
            if (isExpectedError(error)) continue;
            tracker.captureException(unwrapResolverError(error), {
              requestId: contextValue?.requestId,
              operationName,
              operationType: operation?.operation,
              persistedOperationId: contextValue?.persistedOperationId,
              method: request.http?.method,
              route: '/graphql',
              path: error.path?.join('.'),
            });
          }
        },
      };
    },
  };
}

/**
 * Express error middleware that reports 5xx errors (not body-parser 4xx refusals) and passes
 * them on to the app's error handler. Mount it just before that handler.
 */
export function errorTrackingMiddleware(tracker: ErrorTracker): ErrorRequestHandler {
  return (error, req, _res, next) => {
    const status = Number(error?.status ?? error?.statusCode) || 500;
    if (status >= 500) {
      tracker.captureException(error, {
        requestId: req.id === undefined ? undefined : String(req.id),
        method: req.method,
        route: req.route?.path ?? (req.baseUrl || undefined),
      });
    }
    next(error);
  };
}
