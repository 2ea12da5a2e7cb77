/** `extensions.code` of the guard errors (docs/operations.md "Errors"). */
export const COST_LIMIT_EXCEEDED = 'COST_LIMIT_EXCEEDED';
export const DEPTH_LIMIT_EXCEEDED = 'DEPTH_LIMIT_EXCEEDED';
export const DOCUMENT_LIMIT_EXCEEDED = 'DOCUMENT_LIMIT_EXCEEDED';
export const RATE_LIMITED = 'RATE_LIMITED';
export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';

/**
 * Codes that validation rules put on the errors they report. Apollo re-labels every
 * validation error GRAPHQL_VALIDATION_FAILED; formatError restores these from the original.
 */
export const VALIDATION_GUARD_CODES: ReadonlySet<string> = new Set([
  DEPTH_LIMIT_EXCEEDED,
  DOCUMENT_LIMIT_EXCEEDED,
]);
