import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import { classifyError, loggableError, specOf } from '../errors';
import type { GraphQLContext } from './context';
import { MASKED_MESSAGE } from './errors';

/**
 * Sets the HTTP status (and `Retry-After`) from the first error's code in the registry, tags
 * internal errors with the request id (so a user can quote it) and writes the log line the
 * registry asks for: bugs with their stack (driver text stripped of SQL), expected errors
 * only when their code says so (a rolled-back timed-out write, an oversized answer).
 */
export function errorResponsePlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            const { code, spec, expected, cause } = classifyError(error);
            if (spec.log === 'none') continue;
            const details = {
              err: loggableError(cause),
              code,
              requestId: contextValue?.requestId,
              operationName,
            };
            if (!expected) {
              logger.error(details, 'unexpected error while processing a GraphQL operation');
            } else logger[spec.log](details, `GraphQL operation answered ${code}`);
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const code = String(errors[0].extensions?.code);
          const spec = specOf(code);
          // Apollo's own BAD_REQUEST errors carry their status (405 for a mutation over GET).
          const keep = code === 'BAD_REQUEST' && response.http.status !== undefined;
          if (!keep) response.http.status = spec.status;
          if (spec.retryAfterSeconds !== undefined) {
            response.http.headers.set('retry-after', String(spec.retryAfterSeconds));
          }
          const requestId = contextValue?.requestId;
          if (!requestId) return;
          response.body.singleResult.errors = errors.map(e =>
            e.extensions?.code === 'INTERNAL_SERVER_ERROR'
              ? {
                  ...e,
                  message:
                    e.message === MASKED_MESSAGE
                      ? `${MASKED_MESSAGE} Quote request id ${requestId} when reporting it.`
                      : e.message,
                  extensions: { ...e.extensions, requestId },
                }
              : e,
          );
        },
      };
    },
  };
}
