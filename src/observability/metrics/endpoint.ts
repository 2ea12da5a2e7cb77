/**
 * GET /metrics: the registry in Prometheus text format (docs/operations.md "Health, metrics").
 * Mount beside /health, before the guards: scrapes are never rate limited. With a token,
 * requests need `Authorization: Bearer <token>` (401 otherwise).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { Registry } from 'prom-client';

export interface MetricsRouterOptions {
  /** The registry to expose (injected, never prom-client's global one). */
  readonly registry: Registry;
  /** METRICS_TOKEN. @default null (open) */
  readonly token?: string | null;
  /** @default '/metrics' */
  readonly path?: string;
}

export function createMetricsRouter(options: MetricsRouterOptions): Router {
  const { registry, token = null, path = '/metrics' } = options;
  const router = Router();
  router.get(path, async (req, res, next) => {
    res.set('Cache-Control', 'no-store');
    if (token !== null && !bearerMatches(req.get('authorization'), token)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer realm="metrics"')
        .type('text/plain')
        .send('Unauthorized: send the METRICS_TOKEN as "Authorization: Bearer <token>".\n');
      return;
    }
    try {
      const body = await registry.metrics();
      res.status(200).set('Content-Type', registry.contentType).send(body);
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** Constant-time comparison of the bearer credential with the token (digests of both). */
export function bearerMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}
