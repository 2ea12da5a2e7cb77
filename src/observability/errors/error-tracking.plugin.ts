import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler } from 'express';
import type { GraphQLError } from 'graphql';
import { classifyError } from '../../errors';
import type { ErrorTracker } from './error-tracking';

/** What the plugin reads from the context when present. */
export interface ErrorTrackingContext {
  readonly requestId?: string;
  persistedOperationId?: string;
}

/** Sent to error tracking or not: the registry's `reported`, after the one classifier. */
export function isExpectedError(error: GraphQLError): boolean {
  return !classifyError(error).spec.reported;
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
