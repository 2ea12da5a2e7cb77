import cors from 'cors';
import type { Request, RequestHandler } from 'express';
import { sendRefusal, type GuardRefusal, type OnReject } from '../guards/guard-response';
import { originMatcher } from './origin-patterns';

/** Request headers a frontend may send (the preflight lists them). */
export const CORS_ALLOWED_HEADERS: readonly string[] = [
  'Content-Type',
  'Accept',
  // Apollo's CSRF prevention accepts a GET or multipart request that carries one of these two.
  'Apollo-Require-Preflight',
  'X-Apollo-Operation-Name',
  'X-Request-Id',
  // Apollo Client's client awareness (name and version of the calling app).
  'Apollographql-Client-Name',
  'Apollographql-Client-Version',
];

/** Response headers a frontend may read. */
export const CORS_EXPOSED_HEADERS: readonly string[] = [
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'RateLimit-Policy',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'Retry-After',
  'X-Request-Id',
];

export interface CorsOptions {
  /** CORS_ORIGINS entries (see the patterns above). An empty list refuses every other origin. */
  readonly origins: readonly string[];
  /** CORS_CREDENTIALS: Access-Control-Allow-Credentials (cookies, HTTP auth). @default false */
  readonly credentials?: boolean;
  /** How long a browser may cache a preflight answer. @default 600 */
  readonly maxAgeSeconds?: number;
  readonly onReject?: OnReject;
}

/** The answer to a request whose Origin is not allowed. */
export function corsRefusal(origin: string): GuardRefusal {
  return {
    status: 403,
    code: 'CORS_ORIGIN_NOT_ALLOWED',
    message: `Requests from the origin ${JSON.stringify(origin)} are not allowed (CORS_ORIGINS).`,
  };
}

/** The request's own origin as the browser sees it (same-origin pages need no CORS). */
function ownOrigin(req: Request): string | undefined {
  const host = req.get('host');
  return host === undefined ? undefined : `${req.protocol}://${host}`.toLowerCase();
}

/**
 * Mounted on /graphql before the guards: preflights (OPTIONS with Origin) are answered 204
 * here, so they meet neither the CSRF check nor the rate limit; a request from an origin
 * that is not allowed is answered 403 CORS_ORIGIN_NOT_ALLOWED. Requests without an Origin
 * header (curl, servers) and same-origin requests pass untouched.
 */
export function corsMiddleware(options: CorsOptions): RequestHandler {
  const allowed = originMatcher(options.origins);
  const handler = cors({
    origin: true, // reflects the request's Origin: only reached once it is allowed
    credentials: options.credentials ?? false,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [...CORS_ALLOWED_HEADERS],
    exposedHeaders: [...CORS_EXPOSED_HEADERS],
    maxAge: options.maxAgeSeconds ?? 600,
    optionsSuccessStatus: 204,
    preflightContinue: false,
  });
  return (req, res, next) => {
    res.vary('Origin'); // answers differ by Origin: caches must key on it
    const origin = req.get('origin');
    if (origin === undefined) return next();
    if (origin.toLowerCase() !== ownOrigin(req) && !allowed(origin)) {
      const refusal = corsRefusal(origin);
      options.onReject?.('cors', refusal);
      sendRefusal(res, refusal);
      return;
    }
    handler(req, res, next);
  };
}
