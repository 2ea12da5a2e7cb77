import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { requestIdFor } from '../http/request-id';
import type { Metrics } from './metrics/metrics';

export interface RequestObserverOptions {
  readonly metrics: Pick<Metrics, 'httpRequests' | 'httpRequestDuration'>;
  /**
   * Where the access lines go (one per request, `info`; `error` for a 5xx), through a child
   * without redaction: the line is built here field by field and holds no header, query
   * string or variable, so the logger's redaction paths (about 6 µs per line, most of it
   * for the wildcard paths) have nothing to find in it.
   */
  readonly logger: Pick<Logger, 'child'>;
  /**
   * Paths mounted with `app.use(path, ...)`: a request under one that no route matched
   * (a guard or body-parser refusal, Apollo) is labelled with the mount path.
   * @default ['/graphql']
   */
  readonly mounts?: readonly string[];
  /** Paths that get metrics but no access line (probes, scrapes). @default /health*, /metrics */
  readonly quiet?: (path: string) => boolean;
  /** A monotonic clock in milliseconds. @default performance.now */
  readonly now?: () => number;
}

/** Label for requests that matched no route or mount (404s): raw URLs are never labels. */
export const UNMATCHED_ROUTE = '<unmatched>';

/** HTTP status recorded for a response the client did not wait for (nginx's convention). */
export const CLIENT_CLOSED = 499;

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const QUIET = /^\/(health|metrics)(\/|$)/;

/**
 * What every request leaves behind, in one middleware with one `close` listener (it is on
 * the path of every request, so it is kept cheap; mount it first):
 * - the request id (`req.id`, echoed as `X-Request-Id`, see http/request-id.ts);
 * - `http_requests_total` and `http_request_duration_seconds`, labelled with the matched
 *   route (`/health/ready`), the mount (`/graphql`) or `<unmatched>`;
 * - one access line: `{ req: { id, method, url, remoteAddress }, res: { statusCode },
 *   responseTime }` with the message `request completed`, `request errored` (5xx, at
 *   `error`) or `request aborted` (the client went away first: status 499). The URL is the
 *   path only: a GET operation's query string can carry variables, which are not logged.
 *   Headers are not logged either.
 */
export function requestObserverMiddleware(options: RequestObserverOptions): RequestHandler {
  const { metrics, mounts = ['/graphql'], now = () => performance.now() } = options;
  const quiet = options.quiet ?? ((path: string) => QUIET.test(path));
  const logger = options.logger.child({}, { redact: [] });
  return (req, res, next) => {
    const started = now();
    const id = requestIdFor(req, res);
    req.id = id;
    res.once('close', () => {
      const elapsedMs = now() - started;
      const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
      const labels = {
        method: METHODS.has(req.method) ? req.method : 'OTHER',
        route: routeLabel(req, mounts),
        status: String(status),
      };
      metrics.httpRequests.inc(labels);
      metrics.httpRequestDuration.observe(labels, elapsedMs / 1000);
      const errored = status >= 500 && status !== CLIENT_CLOSED;
      if (!logger.isLevelEnabled(errored ? 'error' : 'info')) return;
      const path = pathOf(req);
      if (quiet(path)) return;
      const line = {
        req: { id, method: req.method, url: path, remoteAddress: req.ip },
        res: { statusCode: status },
        responseTime: Math.round(elapsedMs * 10) / 10,
      };
      if (errored) logger.error(line, 'request errored');
      else logger.info(line, status === CLIENT_CLOSED ? 'request aborted' : 'request completed');
    });
    next();
  };
}

function pathOf(req: Request): string {
  const url = req.originalUrl ?? req.url;
  const at = url.indexOf('?');
  return at < 0 ? url : url.slice(0, at);
}

/** The matched route's pattern, else the mount the path falls under, else `<unmatched>`. */
export function routeLabel(req: Request, mounts: readonly string[]): string {
  const pattern: unknown = req.route?.path;
  if (typeof pattern === 'string') return `${req.baseUrl ?? ''}${pattern}`;
  const path = pathOf(req);
  for (const mount of mounts) {
    if (path === mount || path.startsWith(`${mount}/`)) return mount;
  }
  return UNMATCHED_ROUTE;
}
