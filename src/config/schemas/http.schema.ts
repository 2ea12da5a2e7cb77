import { z } from 'zod';
import { isProductionLike, type HttpConfig, type TrustProxySetting } from '../app-config';
import { LOCAL_ORIGINS, parseOriginPattern } from '../../http/origin-patterns';
import { envBool, envInt, envList, envPositiveNumber, optionalString } from '../env-values';
import type { SchemaContext } from './schema-context';

const MB = 1024 * 1024;

/** Host header allow-list default: any host in development, local names elsewhere. */
const PRODUCTION_ALLOWED_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

export const httpSchema = ({ environment }: SchemaContext) =>
  z
    .object({
      HOST: optionalString().transform(v => v ?? '0.0.0.0'),
      PORT: envInt(4000, { min: 0, max: 65535 }),
      MAX_REQUEST_SIZE_MB: envPositiveNumber(10, { max: 1024 }),
      MAX_QUERY_STRING_LENGTH: envInt(4096, { min: 1 }),
      MAX_QUERY_PARAMS: envInt(100, { min: 1 }),
      ALLOWED_HOSTS: envList(isProductionLike(environment) ? PRODUCTION_ALLOWED_HOSTS : ['*']),
      REQUEST_TIMEOUT: envPositiveNumber(60, { max: 3600 }),
      TRUST_PROXY: trustProxy(),
      SHUTDOWN_GRACE_SECONDS: envPositiveNumber(10, { max: 3600 }),
      CORS_ORIGINS: corsOrigins(isProductionLike(environment) ? [] : LOCAL_ORIGINS),
      CORS_CREDENTIALS: envBool(false),
    })
    .transform((e): HttpConfig => ({
      host: e.HOST,
      port: e.PORT,
      maxRequestSizeBytes: Math.floor(e.MAX_REQUEST_SIZE_MB * MB),
      maxQueryStringLength: e.MAX_QUERY_STRING_LENGTH,
      maxQueryParams: e.MAX_QUERY_PARAMS,
      allowedHosts: e.ALLOWED_HOSTS.map(h => h.toLowerCase()),
      requestTimeoutMs: Math.round(e.REQUEST_TIMEOUT * 1000),
      trustProxy: e.TRUST_PROXY,
      shutdownGraceMs: Math.round(e.SHUTDOWN_GRACE_SECONDS * 1000),
      cors: { origins: e.CORS_ORIGINS, credentials: e.CORS_CREDENTIALS },
    }));

/**
 * CORS_ORIGINS: origins whose pages may call /graphql (see src/http/origin-patterns.ts);
 * `none` (or an empty list in staging/production by default) allows no other origin.
 */
function corsOrigins(fallback: readonly string[]) {
  return envList(fallback).transform((list, ctx) => {
    const origins = list.length === 1 && list[0]?.toLowerCase() === 'none' ? [] : list;
    for (const origin of origins) {
      if (origin === '*') continue;
      try {
        parseOriginPattern(origin);
      } catch (error) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, message: (error as Error).message });
        return z.NEVER;
      }
    }
    return origins;
  });
}

/**
 * TRUST_PROXY as express understands it: false (default: X-Forwarded-For is ignored, so a
 * client cannot spoof its address), true (every hop; only behind a proxy that overwrites
 * the header), a hop count, or a comma list of addresses / subnets / `loopback` etc.
 */
function trustProxy() {
  return optionalString().transform((raw): TrustProxySetting => {
    if (raw === undefined) return false;
    const lower = raw.toLowerCase();
    if (['false', 'no', 'off', '0'].includes(lower)) return false;
    if (['true', 'yes', 'on'].includes(lower)) return true;
    if (/^\d+$/.test(raw)) return Number(raw);
    return raw
      .split(',')
      .map(s => s.trim())
      .filter(s => s !== '');
  });
}
