import type { Issue } from '../engine/model';

/** Error codes of docs/operations.md "Errors" that services raise. */
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNPROCESSABLE'
  | 'PAYLOAD_TOO_LARGE'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED';

/** An expected failure that stops an operation; mapped to `extensions.code` by graphql/errors.ts. */
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
