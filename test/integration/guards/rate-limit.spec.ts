import { MemoryStore } from 'express-rate-limit';
import request from 'supertest';
import { SQLITE } from '../../helpers/orm';
import { startTestApi, type TestApi } from '../../helpers/app';

const QUERY = '{ catalogs { totalCount } }';

async function withApi(env: Record<string, string>, run: (api: TestApi) => Promise<void>) {
  const api = await startTestApi(SQLITE, { RATE_LIMIT_REQUESTS_PER_MINUTE: '2', ...env });
  try {
    await run(api);
  } finally {
    await api.close();
  }
}

describe('guard 2: global rate limit over HTTP', () => {
  it('puts RateLimit-* and X-RateLimit-* on every /graphql answer, then refuses with 429', async () => {
    await withApi({}, async api => {
      const first = await api.gql(QUERY);
      expect(first.status).toBe(200);
      expect(first.headers).toMatchObject({
        'ratelimit-limit': '2',
        'ratelimit-remaining': '1',
        'x-ratelimit-limit': '2',
        'x-ratelimit-remaining': '1',
      });
      expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0);
      const bad = await api.gql('{ nope }');
      expect(bad.status).toBe(400);
      expect(bad.headers['ratelimit-remaining']).toBe('0');
      const refused = await api.gql(QUERY);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(refused.body).toEqual({
        errors: [
          {
            message: `Rate limit exceeded: at most 2 requests per minute per client; retry in ${retryAfter} seconds.`,
            extensions: { code: 'RATE_LIMITED', limit: 'global', retryAfterSeconds: retryAfter },
          },
        ],
      });
    });
  });

  it('does not limit the health endpoints', async () => {
    await withApi({}, async api => {
      for (let i = 0; i < 5; i += 1) {
        const res = await request(api.app).get('/health/live');
        expect(res.status).toBe(200);
        expect(res.headers['ratelimit-limit']).toBeUndefined();
      }
    });
  });

  it('ignores a spoofed X-Forwarded-For when TRUST_PROXY is off', async () => {
    await withApi({ TRUST_PROXY: 'false' }, async api => {
      await api.gql(QUERY, {}, { 'X-Forwarded-For': '203.0.113.1' });
      await api.gql(QUERY, {}, { 'X-Forwarded-For': '203.0.113.2' });
      const third = await api.gql(QUERY, {}, { 'X-Forwarded-For': '203.0.113.3' });
      expect(third.status).toBe(429);
    });
  });

  it('keys by X-Forwarded-For behind a trusted proxy (TRUST_PROXY=loopback)', async () => {
    await withApi({ TRUST_PROXY: 'loopback' }, async api => {
      const from = (ip: string) => api.gql(QUERY, {}, { 'X-Forwarded-For': ip });
      await from('203.0.113.1');
      await from('203.0.113.1');
      expect((await from('203.0.113.1')).status).toBe(429);
      const other = await from('203.0.113.2');
      expect(other.status).toBe(200);
      expect(other.headers['ratelimit-remaining']).toBe('1');
    });
  });

  it('RATE_LIMIT_ENABLED=false turns it off (no headers, no refusals)', async () => {
    await withApi({ RATE_LIMIT_ENABLED: 'false' }, async api => {
      for (let i = 0; i < 4; i += 1) {
        const res = await api.gql(QUERY);
        expect(res.status).toBe(200);
        expect(res.headers['ratelimit-limit']).toBeUndefined();
      }
    });
  });

  it('uses an injected store factory and closes it on stop', async () => {
    const close = jest.fn(async () => {});
    const api = await startTestApi(
      SQLITE,
      {},
      {
        guards: { rateLimitStore: async () => ({ store: new MemoryStore(), kind: 'test', close }) },
      },
    );
    expect((await api.gql(QUERY)).headers['ratelimit-limit']).toBe('300');
    await api.close();
    expect(close).toHaveBeenCalledTimes(1);
  });
});
