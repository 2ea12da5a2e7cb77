import request from 'supertest';
import { createMetrics } from '../../../src/observability/metrics';
import { SQLITE } from '../../helpers/orm';
import { startTestApi, type TestApi } from '../../helpers/app';

const QUERY = '{ catalogs { totalCount } }';
const FRONTEND = 'https://console.example.com';

async function withApi(env: Record<string, string>, run: (api: TestApi) => Promise<void>) {
  const api = await startTestApi(SQLITE, env, { metrics: createMetrics() });
  try {
    await run(api);
  } finally {
    await api.close();
  }
}

const preflight = (
  api: TestApi,
  origin: string,
  headers = 'content-type,apollo-require-preflight',
) =>
  request(api.app)
    .options('/graphql')
    .set('Origin', origin)
    .set('Access-Control-Request-Method', 'POST')
    .set('Access-Control-Request-Headers', headers);

const post = (api: TestApi, origin?: string) => {
  const req = request(api.app).post('/graphql').set('content-type', 'application/json');
  if (origin !== undefined) req.set('Origin', origin);
  return req.send({ query: QUERY });
};

describe('CORS on /graphql', () => {
  it('answers an allowed origin with Access-Control-Allow-Origin and exposed headers', async () => {
    await withApi({ CORS_ORIGINS: `${FRONTEND},https://*.example.org` }, async api => {
      const res = await post(api, FRONTEND);
      expect(res.status).toBe(200);
      expect(res.body.data).toEqual({ catalogs: { totalCount: 0 } });
      expect(res.headers['access-control-allow-origin']).toBe(FRONTEND);
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers.vary).toMatch(/Origin/);
      const exposed = res.headers['access-control-expose-headers'].split(',');
      expect(exposed).toEqual(
        expect.arrayContaining([
          'RateLimit-Remaining',
          'RateLimit-Reset',
          'Retry-After',
          'X-Request-Id',
        ]),
      );
      const sub = await post(api, 'https://a.example.org');
      expect(sub.headers['access-control-allow-origin']).toBe('https://a.example.org');
    });
  });

  it('refuses another origin with 403 CORS_ORIGIN_NOT_ALLOWED before running anything', async () => {
    const metrics = createMetrics();
    const api = await startTestApi(SQLITE, { CORS_ORIGINS: FRONTEND }, { metrics });
    try {
      const res = await post(api, 'https://evil.example.net');
      expect(res.status).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.body).toEqual({
        errors: [
          {
            message:
              'Requests from the origin "https://evil.example.net" are not allowed (CORS_ORIGINS).',
            extensions: { code: 'CORS_ORIGIN_NOT_ALLOWED' },
          },
        ],
      });
      const refusedPreflight = await preflight(api, 'http://localhost:5173');
      expect(refusedPreflight.status).toBe(403);
      expect(refusedPreflight.headers['access-control-allow-origin']).toBeUndefined();
      const scrape = await metrics.registry.getSingleMetricAsString('guard_refusals_total');
      expect(scrape).toMatch(/guard="cors".*code="CORS_ORIGIN_NOT_ALLOWED".* 2$/m);
    } finally {
      await api.close();
    }
  });

  it('answers a preflight 204 with the allowed methods and headers, before CSRF prevention', async () => {
    await withApi({}, async api => {
      // development default: local pages on any port
      const res = await preflight(
        api,
        'http://localhost:5173',
        'content-type,apollo-require-preflight,x-request-id,x-apollo-operation-name',
      );
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
      expect(res.headers['access-control-allow-methods']).toBe('GET,POST,OPTIONS');
      const allowed = res.headers['access-control-allow-headers'].toLowerCase().split(',');
      expect(allowed).toEqual(
        expect.arrayContaining([
          'content-type',
          'apollo-require-preflight',
          'x-request-id',
          'x-apollo-operation-name',
        ]),
      );
      expect(Number(res.headers['access-control-max-age'])).toBeGreaterThan(0);
      expect(res.headers['ratelimit-limit']).toBeUndefined();
    });
  });

  it('does not count preflights against the rate limit', async () => {
    await withApi({ RATE_LIMIT_REQUESTS_PER_MINUTE: '2' }, async api => {
      for (let i = 0; i < 5; i += 1) {
        expect((await preflight(api, 'http://127.0.0.1:8080')).status).toBe(204);
      }
      const first = await post(api, 'http://127.0.0.1:8080');
      expect(first.status).toBe(200);
      expect(first.headers['ratelimit-remaining']).toBe('1');
    });
  });

  it('lets the page read refusals: a 429 carries the CORS headers and Retry-After is exposed', async () => {
    await withApi({ CORS_ORIGINS: FRONTEND, RATE_LIMIT_REQUESTS_PER_MINUTE: '1' }, async api => {
      expect((await post(api, FRONTEND)).status).toBe(200);
      const refused = await post(api, FRONTEND);
      expect(refused.status).toBe(429);
      expect(refused.body.errors[0].extensions.code).toBe('RATE_LIMITED');
      expect(refused.headers['access-control-allow-origin']).toBe(FRONTEND);
      expect(refused.headers['access-control-expose-headers']).toContain('Retry-After');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    });
  });

  it('sends Access-Control-Allow-Credentials only when CORS_CREDENTIALS is on', async () => {
    await withApi({ CORS_ORIGINS: FRONTEND, CORS_CREDENTIALS: 'true' }, async api => {
      const res = await preflight(api, FRONTEND);
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-credentials']).toBe('true');
      expect(res.headers['access-control-allow-origin']).toBe(FRONTEND);
    });
  });

  it('leaves requests without Origin and same-origin requests alone', async () => {
    await withApi({ CORS_ORIGINS: 'none' }, async api => {
      const bare = await post(api);
      expect(bare.status).toBe(200);
      expect(bare.headers['access-control-allow-origin']).toBeUndefined();
      const same = await request(api.app)
        .post('/graphql')
        .set('Host', 'api.local:4000')
        .set('Origin', 'http://api.local:4000')
        .set('content-type', 'application/json')
        .send({ query: QUERY });
      expect(same.status).toBe(200);
      expect((await post(api, 'http://localhost:5173')).status).toBe(403);
    });
  });
});
