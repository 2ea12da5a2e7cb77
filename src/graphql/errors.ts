import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { VALIDATION_GUARD_CODES } from '../guards/codes';
import { tokenLimitError } from '../guards/token-limit';
import { AppError, UnprocessableError } from '../services/errors';

/** HTTP status per error code (docs/operations.md "Errors"); the first error decides. */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNPROCESSABLE: 422,
  PAYLOAD_TOO_LARGE: 413,
  NOT_FOUND: 200,
  CONFLICT: 409,
  DEPTH_LIMIT_EXCEEDED: 400,
  COST_LIMIT_EXCEEDED: 400,
  DOCUMENT_LIMIT_EXCEEDED: 400,
  RATE_LIMITED: 429,
  REQUEST_TIMEOUT: 503,
  SERVICE_UNAVAILABLE: 503,
  PERSISTED_QUERY_NOT_FOUND: 200,
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
  OPERATION_NOT_TRUSTED: 403,
  INTERNAL_SERVER_ERROR: 500,
};

export const MASKED_MESSAGE = 'Internal server error.';

/** Finds a coded error anywhere in the `originalError` chain (scalars wrap theirs). */
function findCoded(error: unknown): GraphQLError | AppError | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (current instanceof AppError) return current;
    if (current instanceof GraphQLError && current !== error && current.extensions?.code) {
      return current;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * True when an error raised during execution is not a domain error, a guard refusal or a
 * GraphQL-coded error: a bug or an infrastructure failure that deserves a log line with a stack.
 */
export function isUnexpectedError(error: GraphQLError): boolean {
  const code = error.extensions?.code;
  if (code !== undefined && code !== 'INTERNAL_SERVER_ERROR') return false;
  return findCoded(error) === undefined && !(error.originalError instanceof GraphQLError);
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
