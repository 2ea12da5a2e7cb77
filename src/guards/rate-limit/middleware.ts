import type { RequestHandler, Response } from 'express';
import { ipKeyGenerator, type ClientRateLimitInfo, type Store } from 'express-rate-limit';
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
  /** Receives store errors (when no `monitor` is given). @default none */
  readonly logger?: RateLimitLogger;
  readonly onReject?: OnReject;
  /** Store outages go here (one log line per transition) instead of one error line per request. */
  readonly monitor?: Pick<DependencyMonitor, 'down' | 'up'>;
}

/**
 * The global per-client request limit (guard 2): the client is `req.ip` (X-Forwarded-For counts
 * only behind a proxy trusted by TRUST_PROXY; IPv6 by /56, IPv4-mapped IPv6 as IPv4, with
 * express-rate-limit's `ipKeyGenerator`), every answer gets RateLimit-* (draft-6) and
 * X-RateLimit-* headers, a refusal is 429 with Retry-After and a RATE_LIMITED body. Store
 * failures fail closed with a 503.
 *
 * It counts in an express-rate-limit `Store` (its MemoryStore, rate-limit-redis's RedisStore,
 * or a test's) through the store interface, without express-rate-limit's own middleware: that
 * wrapper (configuration checks, debug calls, several awaits per request) cost about 0.02 ms
 * of CPU per request under load, 3-4% of a small request, for nothing this guard uses. The
 * headers and the key are the ones express-rate-limit 8 sends and computes.
 */
export function globalRateLimitMiddleware(options: GlobalRateLimitOptions): RequestHandler {
  const { store, limit = 300, windowMs = 60_000, now = Date.now, logger } = options;
  const policy = `${limit};w=${Math.ceil(windowMs / 1000)}`;
  const limitText = String(limit);
  initStore(store, { limit, windowMs }, logger);
  const refuseStoreDown = (res: Response, error: unknown) => {
    if (options.monitor) options.monitor.down('redis', storeErrorReason(error));
    else logger?.error({ err: error }, 'rate limit: the store failed, request refused');
    const refusal = storeUnavailableRefusal();
    options.onReject?.('rate-limit', refusal);
    res.setHeader('Retry-After', String(refusal.extensions?.retryAfterSeconds));
    sendRefusal(res, refusal);
  };
  return (req, res, next) => {
    let counted: Promise<ClientRateLimitInfo>;
    try {
      counted = Promise.resolve(store.increment(ipKeyGenerator(req.ip ?? '')));
    } catch (error) {
      return refuseStoreDown(res, error);
    }
    void counted
      .then(
        ({ totalHits, resetTime }) => {
          options.monitor?.up('redis');
          const remaining = Math.max(limit - totalHits, 0);
          if (!res.headersSent) {
            res.setHeader('X-RateLimit-Limit', limitText);
            res.setHeader('X-RateLimit-Remaining', String(remaining));
            if (resetTime)
              res.setHeader('X-RateLimit-Reset', String(Math.ceil(resetTime.getTime() / 1000)));
            res.setHeader('RateLimit-Policy', policy);
            res.setHeader('RateLimit-Limit', limitText);
            res.setHeader('RateLimit-Remaining', String(remaining));
            const reset = resetTime
              ? Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1000))
              : Math.ceil(windowMs / 1000);
            res.setHeader('RateLimit-Reset', String(reset));
          }
          if (totalHits <= limit) return next();
          const seconds = retryAfterSeconds(resetTime, now(), windowMs);
          const refusal = rateLimitRefusal(limit, seconds, windowMs);
          options.onReject?.('rate-limit', refusal);
          res.setHeader('Retry-After', String(seconds));
          sendRefusal(res, refusal);
        },
        (error: unknown) => refuseStoreDown(res, error),
      )
      // Whatever throws in there (a bug, not the store) goes to the error handlers.
      .catch((error: unknown) => next(error));
  };
}

/**
 * Gives the store its window, as express-rate-limit does when a limiter is made (the memory
 * store starts its cleanup timer, the Redis store loads its scripts); not awaited, as there.
 */
function initStore(
  store: Store,
  settings: { readonly limit: number; readonly windowMs: number },
  logger: RateLimitLogger | undefined,
): void {
  if (typeof store.init !== 'function') return;
  const failed = (error: unknown) =>
    logger?.warn({ err: error }, 'rate limit: the store could not be initialised');
  try {
    // Stores read `windowMs` (and some `limit`) from express-rate-limit's options object.
    const result = store.init(settings as Parameters<NonNullable<Store['init']>>[0]);
    if (result instanceof Promise) result.catch(failed);
  } catch (error) {
    failed(error);
  }
}
