import { randomBytes } from 'node:crypto';
import { ipKeyGenerator } from 'express-rate-limit';
import { redisStoreFactory } from '../../../src/guards/rate-limit';
import { SQLITE } from '../../helpers/orm';
import { startTestApi } from '../../helpers/app';
import {
  deleteRedisKeys,
  describeWithRedis,
  TEST_REDIS_URL,
  testRedisClient,
  uniqueRedisPrefix,
  type TestRedisClient,
} from '../../helpers/redis';

const QUERY = '{ catalogs { totalCount } }';

describeWithRedis('guard 2: rate limit shared through Redis (rate-limit-redis)', () => {
  const prefix = uniqueRedisPrefix('rl');
  let redis: TestRedisClient;
  const extraKeys: string[] = [];
  beforeAll(async () => {
    redis = await testRedisClient();
  });
  afterAll(async () => {
    await deleteRedisKeys(redis, prefix);
    if (extraKeys.length) await redis.del(extraKeys);
    await redis.close();
  });

  it('two app instances with one Redis share the count', async () => {
    const env = { RATE_LIMIT_REQUESTS_PER_MINUTE: '3' };
    const guards = { rateLimitStore: redisStoreFactory({ url: TEST_REDIS_URL, prefix }) };
    const a = await startTestApi(SQLITE, env, { guards });
    const b = await startTestApi(SQLITE, env, { guards });
    try {
      expect((await a.gql(QUERY)).headers['ratelimit-remaining']).toBe('2');
      const fromB = await b.gql(QUERY);
      expect(fromB.status).toBe(200);
      expect(fromB.headers['ratelimit-remaining']).toBe('1'); // b saw a's hit
      expect((await b.gql(QUERY)).headers['ratelimit-remaining']).toBe('0');
      const refused = await a.gql(QUERY);
      expect(refused.status).toBe(429);
      expect(refused.body.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(await redis.get(`${prefix}127.0.0.1`)).toBe('4');
      expect(await redis.pTTL(`${prefix}127.0.0.1`)).toBeGreaterThan(0);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('REDIS_URL alone selects the Redis store (default prefix rulate:rl:)', async () => {
    // A random documentation-range IPv6 client, so parallel runs never share the key.
    const ip = `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(1).toString('hex')}00::1`;
    const key = `rulate:rl:${ipKeyGenerator(ip)}`;
    extraKeys.push(key);
    const api = await startTestApi(SQLITE, { REDIS_URL: TEST_REDIS_URL, TRUST_PROXY: 'loopback' });
    try {
      const res = await api.gql(QUERY, {}, { 'X-Forwarded-For': ip });
      expect(res.status).toBe(200);
      expect(res.headers['ratelimit-remaining']).toBe('299');
      expect(await redis.get(key)).toBe('1');
    } finally {
      await api.close();
    }
  });
});

describe('Redis rate-limit store start-up', () => {
  it('fails with a clear message (password redacted) when Redis cannot be reached', async () => {
    const factory = redisStoreFactory({
      url: 'redis://:hunter2@127.0.0.1:1',
      connectTimeoutMs: 500,
    });
    await expect(factory()).rejects.toThrow(
      /^Cannot connect to Redis at redis:\/\/:\*\*\*@127\.0\.0\.1:1 \(REDIS_URL\) for the rate limit store/,
    );
  });
});
