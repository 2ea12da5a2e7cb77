/**
 * Cross-origin access to /graphql for browser frontends (CORS_ORIGINS, CORS_CREDENTIALS).
 *
 * Patterns (case-insensitive):
 * - `https://app.example.com`, `http://localhost:5173`: one exact origin;
 * - `https://*.example.com`: any subdomain of example.com (not example.com itself);
 * - `http://localhost:*`: any port;
 * - `*.example.com` or `app.example.com` (no scheme): https only, default port;
 * - `*`: any origin.
 */
export interface OriginPattern {
  readonly scheme: 'http' | 'https';
  /** Lower-case host name; IPv6 in brackets. */
  readonly host: string;
  /** True for `*.host`: any name ending in `.host`. */
  readonly subdomains: boolean;
  /** A port, `*` (any) or null (the scheme's default port). */
  readonly port: number | '*' | null;
}

/** Any origin (`CORS_ORIGINS=*`). */
export const ANY_ORIGIN = '*';

/** The development default: local pages on any port. */
export const LOCAL_ORIGINS: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'http://[::1]:*',
  'https://localhost:*',
  'https://127.0.0.1:*',
  'https://[::1]:*',
];

const HOST =
  /^(?:\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*)$/;
const PATTERN = /^(?:(https?):\/\/)?(\*\.)?([^:/*]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?\/?$/;

/** Parses one CORS_ORIGINS entry; throws an Error that says what is wrong. */
export function parseOriginPattern(raw: string): OriginPattern {
  const text = raw.trim().toLowerCase();
  const match = PATTERN.exec(text);
  const host = match?.[3];
  if (!match || host === undefined || !HOST.test(host)) {
    throw new Error(
      `"${raw}" is not an origin pattern: expected scheme://host[:port] (e.g. https://app.example.com, http://localhost:5173), *.example.com for subdomains, :* for any port, or * alone`,
    );
  }
  const port = match[4];
  if (port !== undefined && port !== '*' && (Number(port) < 1 || Number(port) > 65535)) {
    throw new Error(`"${raw}": the port must be from 1 to 65535 or *`);
  }
  const scheme = (match[1] ?? 'https') as OriginPattern['scheme'];
  const numeric = port === undefined || port === '*' ? (port ?? null) : Number(port);
  // `https://host:443` is the origin `https://host`.
  const defaultPort = scheme === 'https' ? 443 : 80;
  return {
    scheme,
    host,
    subdomains: match[2] !== undefined,
    port: numeric === defaultPort ? null : numeric,
  };
}

/** Parses an Origin header; null when it is not a plain http(s) origin (`null`, `file://`...). */
export function parseOrigin(origin: string): OriginPattern | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!/^https?:\/\/[^/?#@\s]+$/i.test(origin)) return null; // a path, a user, a query...
  return {
    scheme: url.protocol === 'http:' ? 'http' : 'https',
    host: url.hostname.toLowerCase(),
    subdomains: false,
    port: url.port === '' ? null : Number(url.port),
  };
}

/** True when `origin` (an Origin header value) matches one of `patterns`. */
export function originMatches(patterns: readonly OriginPattern[], origin: string): boolean {
  const parsed = parseOrigin(origin);
  if (parsed === null) return false;
  return patterns.some(
    p =>
      p.scheme === parsed.scheme &&
      (p.port === '*' || p.port === parsed.port) &&
      (p.subdomains ? parsed.host.endsWith(`.${p.host}`) : parsed.host === p.host),
  );
}

/** Builds the matcher of a CORS_ORIGINS list (throws on a bad entry). */
export function originMatcher(origins: readonly string[]): (origin: string) => boolean {
  if (origins.includes(ANY_ORIGIN)) return () => true;
  const patterns = origins.map(parseOriginPattern);
  return origin => originMatches(patterns, origin);
}
