import type { ApolloServerPlugin } from '@apollo/server';
import type { Logger } from 'pino';
import type { GraphQLContext } from './context';
import { MASKED_MESSAGE, STATUS_BY_CODE, isUnexpectedError } from './errors';

/**
 * Sets the HTTP status from the first error's code, tags internal errors with the request id
 * (so a user can quote it) and logs them with their stack.
 */
export function errorResponsePlugin(logger: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue, operationName }) {
          for (const error of errors) {
            if (isUnexpectedError(error)) {
              logger.error(
                {
                  err: error.originalError ?? error,
                  requestId: contextValue?.requestId,
                  operationName,
                },
                'unexpected error while processing a GraphQL operation',
              );
            }
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const code = String(errors[0].extensions?.code);
          const status = STATUS_BY_CODE[code];
          // Apollo's own BAD_REQUEST errors carry their status (405 for a mutation over GET).
          const keep = code === 'BAD_REQUEST' && response.http.status !== undefined;
          if (status !== undefined && !keep) response.http.status = status;
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
