import type { Issue } from '../engine/model';
import type { ErrorCode } from './registry';

/** The codes of the registry (registry.ts) that the layers below GraphQL raise. */
export type AppErrorCode = Exclude<
  ErrorCode,
  'GRAPHQL_PARSE_FAILED' | 'GRAPHQL_VALIDATION_FAILED' | 'INTERNAL_SERVER_ERROR'
>;

/**
 * An expected failure that stops an operation: its code, message and details reach the client
 * as they are (`extensions`); the registry gives its status and whether it is logged.
 */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export class NotFoundError extends AppError {
  constructor(kind: string, name: string, hint?: string) {
    super('NOT_FOUND', `${kind} "${name}" does not exist.${hint ? ` ${hint}` : ''}`, {
      kind,
      name,
    });
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CONFLICT', message, details);
  }
}

export class BadInputError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('BAD_USER_INPUT', message, details);
  }
}

export class PayloadTooLargeError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('PAYLOAD_TOO_LARGE', message, details);
  }
}

/** Well-formed input that breaks domain rules; carries every issue found. */
export class UnprocessableError extends AppError {
  constructor(
    summary: string,
    readonly issues: readonly Issue[],
    readonly warnings: readonly Issue[] = [],
  ) {
    super('UNPROCESSABLE', formatIssues(summary, issues), { issues, warnings });
  }
}

const MAX_LISTED = 20;

function formatIssues(summary: string, issues: readonly Issue[]): string {
  const listed = issues.slice(0, MAX_LISTED).map(i => `${i.path}: ${i.message}`);
  const more = issues.length > MAX_LISTED ? ` (and ${issues.length - MAX_LISTED} more)` : '';
  return `${summary} (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${listed.join('; ')}${more}`;
}

/** The client asked for more than may leave in one answer (MAX_RESPONSE_SIZE_MB...). */
export class ResponseTooLargeError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('RESPONSE_TOO_LARGE', message, details);
  }
}

/** A catalog whose evaluation would not fit in the configured memory (ENGINE_CACHE_MB). */
export class CatalogTooLargeError extends AppError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super('CATALOG_TOO_LARGE', message, details);
  }
}

/** The dependencies whose outages the API reports as SERVICE_UNAVAILABLE. */
export type Dependency = 'database' | 'redis';

/**
 * A dependency refused, dropped or did not answer: 503 with Retry-After, never a 500. The
 * message names the dependency and never carries the driver's text (which holds SQL and data).
 */
export class ServiceUnavailableError extends AppError {
  constructor(
    readonly dependency: Dependency | 'instance',
    reason: string,
  ) {
    super(
      'SERVICE_UNAVAILABLE',
      dependency === 'instance'
        ? `This instance is shutting down (${reason}); retry: another instance will answer.`
        : `The ${dependency} is unavailable (${reason}); nothing was written. Retry after a few seconds.`,
      { dependency, reason },
    );
  }
}

/** The request timed out or its client went away: whatever it was writing is rolled back. */
export class RequestAbortedError extends AppError {
  constructor(reason: string) {
    super(
      'REQUEST_TIMEOUT',
      `The request was abandoned (${reason}); nothing it was writing was committed. Retry later or ask for less.`,
      { reason },
    );
  }
}
