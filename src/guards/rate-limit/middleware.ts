import type { Request, RequestHandler } from 'express';
import { rateLimit, type RateLimitInfo, type Store } from 'express-rate-limit';
import type { DependencyMonitor } from '../../errors';
import { storeErrorReason } from '../redis-client';
import { sendRefusal, type OnReject } from '../guard-response';
import { rateLimitRefusal, retryAfterSeconds, storeUnavailableRefusal } from './refusal';
import type { StoreLogger } from './store';

export interface RateLimitLogger extends StoreLogger {
  error(details: object, message: string): void;
}

export interface GlobalRateLimitOptions {
  /** The store that counts (one per limiter): see store.ts. */
  readonly store: Store;
  /** Requests per client per window. @default 300 (RATE_LIMIT_REQUESTS_PER_MINUTE) */
  readonly limit?: number;
  /** @default 60_000 */
  readonly windowMs?: number;
  /** The clock used for Retry-After. @default Date.now */
  readonly now?: () => number;
  /** Receives express-rate-limit's configuration hints and store errors. @default console */
  readonly logger?: RateLimitLogger;
  readonly onReject?: OnReject;
  /** Store outages go here (one log line per transition) instead of one error line per request. */
  readonly monitor?: Pick<DependencyMonitor, 'down' | 'up'>;
}

const infoOf = (req: Request) => (req as Request & { rateLimit?: RateLimitInfo }).rateLimit;

/**
 * The global per-client request limit (guard 2) with express-rate-limit: the client is
 * `req.ip` (X-Forwarded-For counts only behind a proxy trusted by TRUST_PROXY; IPv6 by /56),
 * every response gets RateLimit-* (draft-6) and X-RateLimit-* headers, a refusal is 429
 * with Retry-After and a RATE_LIMITED body. Store failures fail closed with a 503.
 */
export function globalRateLimitMiddleware(options: GlobalRateLimitOptions): RequestHandler {
  const { store, limit = 300, windowMs = 60_000, now = Date.now, logger } = options;
  const log = logger && {
    warn: (err: unknown, message?: string) => logger.warn({ err }, message ?? 'rate limit'),
    error: (err: unknown, message?: string) => logger.warn({ err }, message ?? 'rate limit'),
  };
  const limiter = rateLimit({
    store,
    limit,
    windowMs,
    standardHeaders: 'draft-6',
    legacyHeaders: true,
    ...(log ? { logger: log } : {}),
    retryAfter: req => retryAfterSeconds(infoOf(req)?.resetTime, now(), windowMs),
    handler: (req, res) => {
      const seconds =
        Number(res.getHeader('Retry-After')) ||
        retryAfterSeconds(infoOf(req)?.resetTime, now(), windowMs);
      const refusal = rateLimitRefusal(limit, seconds, windowMs);
      options.onReject?.('rate-limit', refusal);
      sendRefusal(res, refusal);
    },
  });
  return (req, res, next) =>
    limiter(req, res, (error?: unknown) => {
      if (error === undefined) {
        options.monitor?.up('redis');
        return next();
      }
      if (options.monitor) options.monitor.down('redis', storeErrorReason(error));
      else logger?.error({ err: error }, 'rate limit: the store failed, request refused');
      const refusal = storeUnavailableRefusal();
      options.onReject?.('rate-limit', refusal);
      res.setHeader('Retry-After', String(refusal.extensions?.retryAfterSeconds));
      sendRefusal(res, refusal);
    });
}
