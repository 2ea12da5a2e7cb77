import express from 'express';
import { MemoryStore, rateLimit, type IncrementResponse, type Store } from 'express-rate-limit';
import request from 'supertest';
import {
  describeWindow,
  globalRateLimitMiddleware,
  rateLimitRefusal,
  retryAfterSeconds,
} from '../../../src/guards/rate-limit';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);

/** Counts in a Map with a fixed reset time; `fail` makes it throw like an unreachable Redis. */
class FakeStore implements Store {
  readonly hits = new Map<string, number>();
  fail = false;
  constructor(private readonly resetTime: Date) {}
  async increment(key: string): Promise<IncrementResponse> {
    if (this.fail) throw new Error('connection refused');
    const totalHits = (this.hits.get(key) ?? 0) + 1;
    this.hits.set(key, totalHits);
    return { totalHits, resetTime: this.resetTime };
  }
  async decrement(key: string) {
    this.hits.set(key, (this.hits.get(key) ?? 1) - 1);
  }
  async resetKey(key: string) {
    this.hits.delete(key);
  }
}

const quiet = { warn: jest.fn(), error: jest.fn() };

function appWith(store: Store, limit = 2) {
  const rejected: string[] = [];
  const app = express();
  app.use(
    globalRateLimitMiddleware({
      store,
      limit,
      now: () => NOW,
      logger: quiet,
      onReject: (_guard, refusal) => rejected.push(refusal.code),
    }),
  );
  app.post('/graphql', (_req, res) => void res.json({ data: { ok: true } }));
  return { app, rejected };
}

describe('rate-limit refusal (pure)', () => {
  it('retryAfterSeconds rounds up, is at least 1, and falls back to the window', () => {
    expect(retryAfterSeconds(new Date(NOW + 12_001), NOW, 60_000)).toBe(13);
    expect(retryAfterSeconds(new Date(NOW - 5), NOW, 60_000)).toBe(1);
    expect(retryAfterSeconds(undefined, NOW, 60_000)).toBe(60);
  });

  it('describes the window and the limit', () => {
    expect(describeWindow(60_000)).toBe('per minute');
    expect(describeWindow(10_000)).toBe('per 10 seconds');
    expect(rateLimitRefusal(300, 42)).toEqual({
      status: 429,
      code: 'RATE_LIMITED',
      message:
        'Rate limit exceeded: at most 300 requests per minute per client; retry in 42 seconds.',
      extensions: { limit: 'global', retryAfterSeconds: 42 },
    });
  });
});

describe('globalRateLimitMiddleware', () => {
  it('sets draft-6 and legacy headers on every answer, keyed by req.ip', async () => {
    const store = new FakeStore(new Date(NOW + 30_000));
    const { app } = appWith(store);
    const res = await request(app).post('/graphql');
    expect(res.status).toBe(200);
    expect(res.headers['ratelimit-limit']).toBe('2');
    expect(res.headers['ratelimit-remaining']).toBe('1');
    expect(res.headers['ratelimit-reset']).toMatch(/^\d+$/);
    expect(res.headers['x-ratelimit-limit']).toBe('2');
    expect(res.headers['x-ratelimit-remaining']).toBe('1');
    expect([...store.hits.keys()]).toEqual(['127.0.0.1']); // IPv4-mapped IPv6 normalised
  });

  it('refuses over the limit with 429, Retry-After from the injected clock and a RATE_LIMITED body', async () => {
    const store = new FakeStore(new Date(NOW + 41_500));
    const { app, rejected } = appWith(store);
    await request(app).post('/graphql');
    await request(app).post('/graphql');
    const res = await request(app).post('/graphql');
    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('42');
    expect(res.headers['ratelimit-remaining']).toBe('0');
    expect(res.body).toEqual({
      errors: [
        {
          message:
            'Rate limit exceeded: at most 2 requests per minute per client; retry in 42 seconds.',
          extensions: { code: 'RATE_LIMITED', limit: 'global', retryAfterSeconds: 42 },
        },
      ],
    });
    expect(rejected).toEqual(['RATE_LIMITED']);
  });

  it('fails closed with 503 when the store fails', async () => {
    const store = new FakeStore(new Date(NOW + 1000));
    store.fail = true;
    const { app } = appWith(store);
    const res = await request(app).post('/graphql');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('5');
    expect(res.body.errors[0].extensions).toEqual({
      code: 'SERVICE_UNAVAILABLE',
      limit: 'global',
      retryAfterSeconds: 5,
    });
    expect(quiet.error).toHaveBeenCalled();
  });

  it('sends the same rate-limit headers as express-rate-limit 8 (draft-6 and legacy)', async () => {
    const names = [
      'ratelimit-policy',
      'ratelimit-limit',
      'ratelimit-remaining',
      'ratelimit-reset',
      'x-ratelimit-limit',
      'x-ratelimit-remaining',
      'x-ratelimit-reset',
    ];
    const ours = express().use(
      globalRateLimitMiddleware({ store: new MemoryStore(), limit: 2, logger: quiet }),
    );
    const theirs = express().use(
      rateLimit({
        store: new MemoryStore(),
        limit: 2,
        windowMs: 60_000,
        standardHeaders: 'draft-6',
        legacyHeaders: true,
      }),
    );
    for (const app of [ours, theirs]) {
      app.post('/graphql', (_req, res) => void res.json({ data: { ok: true } }));
    }
    const seen: Record<string, string | number>[][] = [];
    for (const app of [ours, theirs]) {
      const answers = [];
      for (let i = 0; i < 3; i += 1) {
        const res = await request(app).post('/graphql');
        const headers: Record<string, string | number> = { status: res.status };
        for (const name of names) headers[name] = res.headers[name] as string;
        answers.push(headers);
      }
      seen.push(answers);
    }
    const [mine, reference] = seen;
    for (const answers of [mine, reference]) {
      for (const headers of answers) {
        // Reset times are seconds from now / the epoch: equal up to the second boundary.
        expect(Number(headers['ratelimit-reset'])).toBeGreaterThanOrEqual(59);
        expect(Number(headers['x-ratelimit-reset'])).toBeGreaterThan(Date.now() / 1000);
        delete headers['ratelimit-reset'];
        delete headers['x-ratelimit-reset'];
      }
    }
    expect(mine).toEqual(reference);
    expect(mine.map(h => [h.status, h['ratelimit-remaining']])).toEqual([
      [200, '1'],
      [200, '0'],
      [429, '0'],
    ]);
  });

  it('gives the store its window once, as express-rate-limit does', () => {
    const store = new FakeStore(new Date(NOW + 1000));
    const init = jest.fn();
    Object.assign(store, { init });
    globalRateLimitMiddleware({ store, limit: 5, windowMs: 10_000, logger: quiet });
    expect(init).toHaveBeenCalledTimes(1);
    expect(init).toHaveBeenCalledWith(expect.objectContaining({ windowMs: 10_000 }));
  });

  it('fails closed with 503 when the store throws before it answers', async () => {
    const store = new FakeStore(new Date(NOW + 1000));
    store.increment = () => {
      throw new Error('not connected');
    };
    const { app, rejected } = appWith(store);
    const res = await request(app).post('/graphql');
    expect(res.status).toBe(503);
    expect(rejected).toEqual(['SERVICE_UNAVAILABLE']);
  });
});
