import pino, { type DestinationStream, type Logger } from 'pino';
import type { Environment, LogLevel } from '../../config';

export type { Logger } from 'pino';

export interface LoggerOptions {
  readonly level: LogLevel;
  readonly environment: Environment;
  /** Service name in every line. @default 'rulate-graphql' */
  readonly name?: string;
  /**
   * Lines are gathered up to this many bytes before one write to stdout (LOG_BUFFER_BYTES);
   * whatever is gathered is written at least every {@link LOG_FLUSH_INTERVAL_MS} and when the
   * process exits. 0 writes each line at once (synchronously). Ignored with a `destination`.
   * @default 0
   */
  readonly bufferBytes?: number;
}

/** The longest a buffered line waits before it is written. */
export const LOG_FLUSH_INTERVAL_MS = 1000;

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
    destination ?? stdoutDestination(options.bufferBytes ?? 0),
  );
}

/**
 * stdout through sonic-boom. Buffered, a busy server makes one write(2) per few dozen lines
 * instead of one per line (the access line of every request); pino flushes the buffer
 * synchronously when the process exits, crashes included (`process.exit`, an uncaught
 * exception), and a timer writes it out at least every second on a quiet server.
 */
function stdoutDestination(bufferBytes: number): DestinationStream {
  if (bufferBytes <= 0) return pino.destination({ dest: 1, sync: true });
  const stream = pino.destination({ dest: 1, sync: false, minLength: bufferBytes });
  const timer = setInterval(() => {
    try {
      stream.flush();
    } catch {
      clearInterval(timer); // destroyed (stdout closed): nothing left to flush
    }
  }, LOG_FLUSH_INTERVAL_MS);
  timer.unref();
  return stream;
}
