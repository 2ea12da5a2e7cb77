import type { GuardRedisClient } from '../redis-client';

/**
 * The per-client cost bucket of docs/operations.md guard 5 (Shopify's leaky bucket): `capacity`
 * points, refilled continuously at `restorePerSecond`; an operation takes its requested cost
 * before it runs and gets `requested - actual` back after.
 *
 * Written here rather than taken from rate-limiter-flexible: its limiters are fixed or
 * sliding windows that give the whole allowance back at once, which is not the continuous
 * `restoreRate` that `extensions.cost.throttleStatus` promises to clients.
 */
export interface CostBucket {
  readonly capacity: number;
  readonly restorePerSecond: number;
  /** Takes `points` when available; else nothing is taken. */
  take(key: string, points: number): Promise<BucketState>;
  /** Gives points back (never above capacity); answers the new level. */
  refund(key: string, points: number): Promise<number>;
  close(): Promise<void>;
}

export interface BucketState {
  readonly allowed: boolean;
  /** Points left after this call. */
  readonly available: number;
  /** When refused: seconds until `points` are available (Infinity above capacity). */
  readonly retryAfterSeconds: number;
}

export interface BucketSettings {
  readonly capacity: number;
  readonly restorePerSecond: number;
}

function waitSeconds(settings: BucketSettings, missing: number, points: number): number {
  if (points > settings.capacity) return Infinity;
  return Math.max(1, Math.ceil(missing / settings.restorePerSecond));
}

interface Level {
  tokens: number;
  at: number;
}

/** One process; levels of idle clients are dropped once full again. */
export function memoryCostBucket(settings: BucketSettings, now = Date.now): CostBucket {
  const { capacity, restorePerSecond } = settings;
  const levels = new Map<string, Level>();
  const level = (key: string): Level => {
    const t = now();
    const previous = levels.get(key);
    const tokens = previous
      ? Math.min(capacity, previous.tokens + ((t - previous.at) / 1000) * restorePerSecond)
      : capacity;
    const current = { tokens, at: t };
    levels.set(key, current);
    return current;
  };
  const sweep = setInterval(
    () => {
      const t = now();
      for (const [key, l] of levels) {
        if (l.tokens + ((t - l.at) / 1000) * restorePerSecond >= capacity) levels.delete(key);
      }
    },
    Math.max(1000, Math.ceil((capacity / restorePerSecond) * 1000)),
  );
  sweep.unref();
  return {
    capacity,
    restorePerSecond,
    async take(key, points) {
      const current = level(key);
      if (points <= current.tokens) {
        current.tokens -= points;
        return { allowed: true, available: current.tokens, retryAfterSeconds: 0 };
      }
      const wait = waitSeconds(settings, points - current.tokens, points);
      return { allowed: false, available: current.tokens, retryAfterSeconds: wait };
    },
    async refund(key, points) {
      const current = level(key);
      current.tokens = Math.min(capacity, current.tokens + Math.max(0, points));
      return current.tokens;
    },
    async close() {
      clearInterval(sweep);
    },
  };
}

/**
 * One atomic step on a bucket stored as a hash {tokens, at}, on Redis' clock (instances may
 * disagree on time): refill, then take ARGV[3] points when there are enough (a negative
 * amount refunds). Answers {taken (0/1), tokens}. The key expires once the bucket is full.
 */
const BUCKET_SCRIPT = `
local capacity = tonumber(ARGV[1])
local rate = tonumber(ARGV[2])
local points = tonumber(ARGV[3])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or capacity
local at = tonumber(state[2]) or now
tokens = math.min(capacity, tokens + math.max(0, now - at) * rate / 1000)
local taken = 0
if points < 0 then
  tokens = math.min(capacity, tokens - points)
  taken = 1
elseif points <= tokens then
  tokens = tokens - points
  taken = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil((capacity - tokens) / rate * 1000) + 1000)
return { taken, tostring(tokens) }
`;

/** Shared by every instance through Redis (REDIS_URL). */
export function redisCostBucket(
  settings: BucketSettings,
  client: GuardRedisClient,
  options: { prefix?: string; close?: () => Promise<void> } = {},
): CostBucket {
  const { capacity, restorePerSecond } = settings;
  const prefix = options.prefix ?? 'rulate:cost:';
  const step = async (key: string, points: number) => {
    const reply = (await client.eval(BUCKET_SCRIPT, {
      keys: [prefix + key],
      arguments: [String(capacity), String(restorePerSecond), String(points)],
    })) as [number, string];
    return { taken: Number(reply[0]) === 1, tokens: Number(reply[1]) };
  };
  return {
    capacity,
    restorePerSecond,
    async take(key, points) {
      const { taken, tokens } = await step(key, points);
      const wait = taken ? 0 : waitSeconds(settings, points - tokens, points);
      return { allowed: taken, available: tokens, retryAfterSeconds: wait };
    },
    async refund(key, points) {
      return (await step(key, -Math.max(0, points))).tokens;
    },
    close: options.close ?? (async () => {}),
  };
}
