import { DriverException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { AppError } from './app-error';
import { specOf, type ErrorCodeSpec } from './registry';

export interface ErrorClass {
  /** The `extensions.code` the client gets. */
  readonly code: string;
  readonly spec: ErrorCodeSpec;
  /** False for bugs: masked, logged with a stack, sent to error tracking. */
  readonly expected: boolean;
  /** The innermost error worth logging (a resolver's own error, not Apollo's wrapper). */
  readonly cause: unknown;
}

/** A domain error or a coded GraphQLError anywhere in the `originalError` chain. */
export function findCoded(error: unknown): GraphQLError | AppError | undefined {
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

function innermost(error: unknown): unknown {
  let current: unknown = error;
  for (let depth = 0; depth < 5; depth += 1) {
    const next = (current as { originalError?: unknown } | null)?.originalError;
    if (!next) return current;
    current = next;
  }
  return current;
}

/**
 * The one classifier: what code an error is answered with and whether it is expected. Used
 * by the response plugin (status, log line), error tracking and the metrics, so they cannot
 * disagree. A domain error anywhere in the chain wins; then a code other than
 * INTERNAL_SERVER_ERROR; anything else, a code-less GraphQLError thrown while executing
 * included, is a bug.
 */
export function classifyError(error: unknown): ErrorClass {
  const coded = findCoded(error);
  if (coded instanceof AppError) {
    return { code: coded.code, spec: specOf(coded.code), expected: true, cause: coded };
  }
  const own = error instanceof GraphQLError ? error.extensions?.code : undefined;
  const code = typeof own === 'string' ? own : coded?.extensions?.code;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
    return { code, spec: specOf(code), expected: true, cause: coded ?? error };
  }
  return {
    code: 'INTERNAL_SERVER_ERROR',
    spec: specOf('INTERNAL_SERVER_ERROR'),
    expected: false,
    cause: innermost(error),
  };
}

const MAX_LOGGED_MESSAGE = 500;

/**
 * What may be logged of an error: driver errors lose the SQL and parameters MikroORM puts in
 * their message (they can hold user data); every message is capped.
 */
export function loggableError(error: unknown): object {
  if (!(error instanceof Error)) return { message: String(error).slice(0, MAX_LOGGED_MESSAGE) };
  const fields = error as Error & { code?: unknown; sqlState?: unknown };
  const driver = error instanceof DriverException;
  const message = driver
    ? (error.message.split(' - ').pop() ?? '').split('\n')[0]
    : error.message.slice(0, MAX_LOGGED_MESSAGE);
  const frames = (error.stack ?? '').split('\n').filter(line => line.trimStart().startsWith('at '));
  return {
    type: error.name,
    message: message.slice(0, MAX_LOGGED_MESSAGE),
    ...(fields.code !== undefined ? { code: String(fields.code) } : {}),
    ...(fields.sqlState !== undefined ? { sqlState: String(fields.sqlState) } : {}),
    stack: [`${error.name}: ${message.slice(0, MAX_LOGGED_MESSAGE)}`, ...frames.slice(0, 20)].join(
      '\n',
    ),
  };
}
