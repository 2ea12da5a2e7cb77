import type { GuardRefusal } from '../guard-response';
import { RATE_LIMITED } from '../codes';

/** Whole seconds until `resetTime` (at least 1), or the window when the store gave no time. */
export function retryAfterSeconds(
  resetTime: Date | undefined,
  now: number,
  windowMs: number,
): number {
  const ms = resetTime ? resetTime.getTime() - now : windowMs;
  return Math.max(1, Math.ceil(ms / 1000));
}

/** "per minute", "per 10 seconds"... */
export function describeWindow(windowMs: number): string {
  if (windowMs === 60_000) return 'per minute';
  const seconds = Math.round(windowMs / 1000);
  return seconds === 1 ? 'per second' : `per ${seconds} seconds`;
}

/** The 429 of the global request limit (guard 2). */
export function rateLimitRefusal(
  limit: number,
  retryAfter: number,
  windowMs = 60_000,
): GuardRefusal {
  return {
    status: 429,
    code: RATE_LIMITED,
    message: `Rate limit exceeded: at most ${limit} requests ${describeWindow(windowMs)} per client; retry in ${retryAfter} seconds.`,
    extensions: { limit: 'global', retryAfterSeconds: retryAfter },
  };
}

/** The 503 when the limiter's store (Redis) cannot count: fail closed, say so. */
export function storeUnavailableRefusal(): GuardRefusal {
  return {
    status: 503,
    code: 'SERVICE_UNAVAILABLE',
    message:
      'The rate limiter cannot reach its store (Redis), so requests are refused for now; retry in a few seconds.',
    extensions: { limit: 'global', retryAfterSeconds: 5 },
  };
}
