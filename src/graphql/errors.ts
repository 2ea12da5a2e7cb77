import type { GraphQLFormattedError } from 'graphql';
import { type GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { VALIDATION_GUARD_CODES } from '../guards/codes';
import { tokenLimitError } from '../guards/token-limit';
import { AppError, classifyError, findCoded, UnprocessableError } from '../errors';

export const MASKED_MESSAGE = 'Internal server error.';

/**
 * True when an error raised during execution is a bug (classifyError): it is masked, logged
 * with its stack and sent to error tracking.
 */
export function isUnexpectedError(error: GraphQLError): boolean {
  return !classifyError(error).expected;
}

/**
 * Apollo `formatError`: every error leaves with `extensions.code`; domain errors keep their
 * message and details; unknown errors are masked unless `exposeInternals` (development).
 */
export function createFormatError(exposeInternals: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const details =
        original instanceof UnprocessableError
          ? { issues: original.issues, warnings: original.warnings }
          : original.details;
      return {
        ...formatted,
        message: original.message,
        extensions: { ...details, code: original.code },
      };
    }
    const code = formatted.extensions?.code;
    if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT') {
      const coded = findCoded(original);
      const innerCode = coded instanceof AppError ? coded.code : coded?.extensions?.code;
      // Apollo re-labels every validation error; guard rules' codes are restored here.
      if (innerCode === 'BAD_USER_INPUT' || VALIDATION_GUARD_CODES.has(String(innerCode))) {
        return { ...formatted, extensions: { ...formatted.extensions, code: innerCode } };
      }
    }
    const tokenLimit =
      code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitError(formatted.message) : undefined;
    if (tokenLimit) {
      const { limit, message } = tokenLimit;
      const extensions = { ...formatted.extensions, code: 'DOCUMENT_LIMIT_EXCEEDED', limit };
      return { ...formatted, message, extensions };
    }
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') return formatted;
    if (exposeInternals)
      return {
        ...formatted,
        extensions: { ...formatted.extensions, code: 'INTERNAL_SERVER_ERROR' },
      };
    return {
      message: MASKED_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
