import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DOCUMENT_LIMIT_EXCEEDED } from './codes';
import type { OnReject } from './guard-response';

/** graphql-js's messages for a repeated or unknown directive, and for an aborted validation. */
const DIRECTIVE_ERROR =
  /^(Unknown directive "@|The directive "@.*" can only be used once|Too many validation errors)/;

/**
 * Directive overloading (a field carrying the same or unknown directives many times over) is
 * answered with one error, not one per repetition: validation already stops after a few errors
 * (MAX_VALIDATION_ERRORS), and this plugin folds those directive errors into a single
 * DOCUMENT_LIMIT_EXCEEDED. Apollo hands the plugin the array it then answers with, so the fold
 * is done in place.
 */
export function directiveOverloadPlugin<TContext extends BaseContext>(
  onReject?: OnReject,
): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart() {
          return async (errors?: readonly Error[]) => {
            if (!errors || errors.length < 2) return;
            if (!errors.every(e => DIRECTIVE_ERROR.test(e.message))) return;
            const names = [
              ...new Set(errors.map(e => /"@(\w+)"/.exec(e.message)?.[1]).filter(Boolean)),
            ];
            const message = `The document repeats or uses unknown directives (${names.map(n => `@${n}`).join(', ')}): each directive may appear once per location and must be one the schema defines.`;
            const folded = new GraphQLError(message, {
              nodes: (errors[0] as GraphQLError).nodes,
              extensions: { code: DOCUMENT_LIMIT_EXCEEDED },
            });
            onReject?.('directive-overload', {
              status: 400,
              code: DOCUMENT_LIMIT_EXCEEDED,
              message,
            });
            (errors as Error[]).splice(0, errors.length, folded);
          };
        },
      };
    },
  };
}
