import type { RequestHandler } from 'express';
import { sendRefusal, type GuardRefusal, type OnReject } from './guard-response';

export interface UrlLimitsOptions {
  /** Characters after `?` (as sent, percent-encoded). @default 4096 (MAX_QUERY_STRING_LENGTH) */
  readonly maxQueryStringLength?: number;
  /** `&`-separated parameters. @default 100 (MAX_QUERY_PARAMS) */
  readonly maxQueryParams?: number;
}

export interface HttpLimitsOptions extends UrlLimitsOptions {
  /**
   * Accepted host names (lower case, no port): exact names, `*.example.com` for any
   * subdomain, or `['*']` for any host. @default ['*'] (ALLOWED_HOSTS; production: local names)
   */
  readonly allowedHosts?: readonly string[];
  readonly onReject?: OnReject;
}

const DEFAULTS: Required<UrlLimitsOptions> = { maxQueryStringLength: 4096, maxQueryParams: 100 };

/** URL limits (guard 1): answered 400 BAD_USER_INPUT rather than 414, as the error table says. */
export function checkUrl(url: string, options: UrlLimitsOptions = {}): GuardRefusal | undefined {
  const at = url.indexOf('?');
  if (at < 0) return undefined; // the usual case: nothing to check, nothing to allocate
  const { maxQueryStringLength, maxQueryParams } = { ...DEFAULTS, ...options };
  const query = url.slice(at + 1);
  if (query.length > maxQueryStringLength) {
    return badInput(
      `The query string is ${query.length} characters long; at most ${maxQueryStringLength} are allowed (MAX_QUERY_STRING_LENGTH). Send the operation in a POST body instead.`,
      { limit: maxQueryStringLength },
    );
  }
  const params = query.split('&').filter(part => part !== '').length;
  if (params > maxQueryParams) {
    return badInput(
      `The query string has ${params} parameters; at most ${maxQueryParams} are allowed (MAX_QUERY_PARAMS).`,
      { limit: maxQueryParams },
    );
  }
  return undefined;
}

/** Whether `hostname` (as express parses it: no port, IPv6 in brackets) is allowed. */
export function isAllowedHost(hostname: string, allowedHosts: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return allowedHosts.some(entry => {
    if (entry === '*') return true;
    if (entry.startsWith('*.'))
      return host.endsWith(entry.slice(1)) && host.length > entry.length - 1;
    return host === entry;
  });
}

/** The Host header allow-list (guard 1): 400 BAD_REQUEST for any other host. */
export function checkHost(
  hostname: string | undefined,
  allowedHosts: readonly string[],
): GuardRefusal | undefined {
  if (allowedHosts.includes('*')) return undefined;
  if (!hostname)
    return badRequest('The request has no Host header; send the host you are calling.');
  if (isAllowedHost(hostname, allowedHosts)) return undefined;
  const shown = hostname.length > 100 ? `${hostname.slice(0, 100)}...` : hostname;
  return badRequest(
    `The Host header "${shown}" is not accepted by this server; call it by one of its configured names (the operator lists them in ALLOWED_HOSTS).`,
  );
}

/**
 * Host allow-list, then URL limits. The host is `req.hostname`: the Host header, or
 * X-Forwarded-Host only when the `trust proxy` setting trusts the sender.
 */
export function httpLimitsMiddleware(options: HttpLimitsOptions = {}): RequestHandler {
  const allowedHosts = options.allowedHosts ?? ['*'];
  return (req, res, next) => {
    const hostRefusal = checkHost(req.hostname, allowedHosts);
    const refusal = hostRefusal ?? checkUrl(req.originalUrl, options);
    if (!refusal) return next();
    options.onReject?.(hostRefusal ? 'allowed-hosts' : 'url-limits', refusal);
    sendRefusal(res, refusal);
  };
}

function badInput(message: string, extensions: Record<string, unknown>): GuardRefusal {
  return { status: 400, code: 'BAD_USER_INPUT', message, extensions };
}

function badRequest(message: string): GuardRefusal {
  return { status: 400, code: 'BAD_REQUEST', message };
}
