import type { Request, RequestHandler } from 'express';
import type { Metrics } from './metrics';

export interface HttpMetricsOptions {
  /**
   * Paths mounted with `app.use(path, ...)`: a request under one that no route matched
   * (a guard or body-parser refusal, Apollo) is labelled with the mount path.
   * @default ['/graphql']
   */
  readonly mounts?: readonly string[];
  /** A monotonic clock in milliseconds. @default performance.now */
  readonly now?: () => number;
}

/** Label for requests that matched no route or mount (404s): raw URLs are never labels. */
export const UNMATCHED_ROUTE = '<unmatched>';

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * `http_requests_total` and `http_request_duration_seconds` for every request, labelled with
 * the matched route (`/health/ready`), the mount (`/graphql`) or `<unmatched>`. A response
 * cut short by the client is counted with status 499 (nginx's convention). Mount it first.
 */
export function httpMetricsMiddleware(
  metrics: Pick<Metrics, 'httpRequests' | 'httpRequestDuration'>,
  options: HttpMetricsOptions = {},
): RequestHandler {
  const { mounts = ['/graphql'], now = () => performance.now() } = options;
  return (req, res, next) => {
    const started = now();
    let done = false;
    const record = () => {
      if (done) return;
      done = true;
      const labels = {
        method: METHODS.has(req.method) ? req.method : 'OTHER',
        route: routeLabel(req, mounts),
        status: res.writableFinished ? String(res.statusCode) : '499',
      };
      metrics.httpRequests.inc(labels);
      metrics.httpRequestDuration.observe(labels, (now() - started) / 1000);
    };
    res.once('finish', record);
    res.once('close', record);
    next();
  };
}

/** The matched route's pattern, else the mount the path falls under, else `<unmatched>`. */
export function routeLabel(req: Request, mounts: readonly string[]): string {
  const pattern: unknown = req.route?.path;
  if (typeof pattern === 'string') return `${req.baseUrl ?? ''}${pattern}`;
  const path = (req.originalUrl ?? req.url).split('?')[0];
  for (const mount of mounts) {
    if (path === mount || path.startsWith(`${mount}/`)) return mount;
  }
  return UNMATCHED_ROUTE;
}
