import pino, { type DestinationStream, type Logger } from 'pino';
import type { Environment, LogLevel } from '../../config';

export type { Logger } from 'pino';

export interface LoggerOptions {
  readonly level: LogLevel;
  readonly environment: Environment;
  /** Service name in every line. @default 'rulate-graphql' */
  readonly name?: string;
}

/** Secrets that must never reach a log line, wherever they appear in a logged object. */
export const REDACTED_PATHS: readonly string[] = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'password',
  'secret',
  'secretKey',
  'token',
  'apiKey',
  '*.password',
  '*.secret',
  '*.secretKey',
  '*.token',
  '*.apiKey',
  '*.databaseUrl',
  'secrets.secretKey',
  'metrics.token',
  'db.url',
  'redis.url',
  'sentry.dsn',
];

/**
 * JSON logs on stdout (or `destination`), ISO timestamps, level names rather than numbers,
 * secrets redacted to "[REDACTED]".
 */
export function createLogger(options: LoggerOptions, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      base: { service: options.name ?? 'rulate-graphql', environment: options.environment },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: label => ({ level: label }) },
      redact: { paths: [...REDACTED_PATHS], censor: '[REDACTED]' },
    },
    destination,
  );
}
