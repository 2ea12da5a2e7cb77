/**
 * Every `extensions.code` the API answers with, and what each one means for the HTTP status,
 * the log and error tracking. The one table behind the response plugin, the express error
 * handler, the guards' refusals, Sentry and the metrics (docs/errors.md).
 */

/** How an answered error is logged: `none` (the answer says it all) or a pino level. */
export type ErrorLogLevel = 'none' | 'info' | 'warn' | 'error';

export interface ErrorCodeSpec {
  /** HTTP status of a response whose first error has this code. */
  readonly status: number;
  /** Level of the log line written for it (`none`: no line). */
  readonly log: ErrorLogLevel;
  /** Sent to error tracking (Sentry): true only for what may be a bug. */
  readonly reported: boolean;
  /** Seconds a client should wait before retrying (sent as `Retry-After`). */
  readonly retryAfterSeconds?: number;
  /** What a client may assume about its request (docs/errors.md repeats it). */
  readonly meaning: string;
}

const RETRY_AFTER_SECONDS = 5;

export const ERROR_CODES = {
  GRAPHQL_PARSE_FAILED: {
    status: 400,
    log: 'none',
    reported: false,
    meaning: 'The document is not valid GraphQL; nothing ran.',
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: 400,
    log: 'none',
    reported: false,
    meaning: 'The document does not match the schema; nothing ran.',
  },
  BAD_USER_INPUT: {
    status: 400,
    log: 'none',
    reported: false,
    meaning: 'An argument or variable is malformed; nothing was written.',
  },
  BAD_REQUEST: {
    status: 400,
    log: 'none',
    reported: false,
    meaning: 'The HTTP request itself is malformed; nothing ran.',
  },
  UNPROCESSABLE: {
    status: 422,
    log: 'none',
    reported: false,
    meaning:
      'Well-formed input that breaks a domain rule; every problem is listed; nothing was written.',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    log: 'none',
    reported: false,
    meaning: 'The body, an upload or a stored value is over its size limit; nothing was written.',
  },
  RESPONSE_TOO_LARGE: {
    status: 400,
    log: 'info',
    reported: false,
    meaning:
      'The answer would exceed MAX_RESPONSE_SIZE_MB; ask for less (smaller pages, fewer fields). Reads only.',
  },
  CATALOG_TOO_LARGE: {
    status: 413,
    log: 'warn',
    reported: false,
    meaning:
      'The catalog is too large to evaluate within the configured memory; nothing was computed.',
  },
  NOT_FOUND: {
    status: 200,
    log: 'none',
    reported: false,
    meaning: 'A named resource does not exist; nothing was written.',
  },
  CONFLICT: {
    status: 409,
    log: 'none',
    reported: false,
    meaning:
      'The write conflicts with the current state or a concurrent write; nothing was written.',
  },
  DEPTH_LIMIT_EXCEEDED: {
    status: 400,
    log: 'none',
    reported: false,
    meaning: 'The document is nested too deeply; nothing ran.',
  },
  COST_LIMIT_EXCEEDED: {
    status: 400,
    log: 'none',
    reported: false,
    meaning: 'The document costs more than MAX_QUERY_COST; nothing ran.',
  },
  DOCUMENT_LIMIT_EXCEEDED: {
    status: 400,
    log: 'none',
    reported: false,
    meaning: 'The document is over a size limit (tokens, aliases, directives, batch); nothing ran.',
  },
  RATE_LIMITED: {
    status: 429,
    log: 'none',
    reported: false,
    meaning:
      'Over a rate limit or the cost budget; nothing ran. Retry after `Retry-After` seconds.',
  },
  REQUEST_TIMEOUT: {
    status: 503,
    log: 'warn',
    reported: false,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    meaning:
      'Not answered within REQUEST_TIMEOUT. A write was rolled back (it never commits afterwards); retrying is safe.',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    log: 'none', // logged once per outage transition by the dependency monitor
    reported: false,
    retryAfterSeconds: RETRY_AFTER_SECONDS,
    meaning:
      'A dependency (database, Redis) refused, dropped or did not answer, or the instance is shutting down. A write was not committed; retrying is safe.',
  },
  PERSISTED_QUERY_NOT_FOUND: {
    status: 200,
    log: 'none',
    reported: false,
    meaning: 'The APQ hash is unknown: send the document with its hash once.',
  },
  PERSISTED_QUERY_NOT_SUPPORTED: {
    status: 200,
    log: 'none',
    reported: false,
    meaning: 'Automatic persisted queries are off.',
  },
  OPERATION_NOT_TRUSTED: {
    status: 403,
    log: 'none',
    reported: false,
    meaning: 'PERSISTED_OPERATIONS=enforce and the document is not in the manifest; nothing ran.',
  },
  CORS_ORIGIN_NOT_ALLOWED: {
    status: 403,
    log: 'none',
    reported: false,
    meaning: 'The Origin is not in CORS_ORIGINS; nothing ran.',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    log: 'error',
    reported: true,
    meaning:
      'A bug. The message is masked and carries a request id to quote. A write may or may not have committed: read before retrying.',
  },
} as const satisfies Record<string, ErrorCodeSpec>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The spec of a code; unknown codes are treated as INTERNAL_SERVER_ERROR. */
export function specOf(code: unknown): ErrorCodeSpec {
  return (
    (ERROR_CODES as Record<string, ErrorCodeSpec>)[String(code)] ??
    ERROR_CODES.INTERNAL_SERVER_ERROR
  );
}

export function isKnownCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

/** The GraphQL-shaped body of an error answered outside GraphQL execution. */
export function errorBody(
  code: string,
  message: string,
  extensions: Readonly<Record<string, unknown>> = {},
) {
  return { errors: [{ message, extensions: { ...extensions, code } }] };
}
