/**
 * APQ through Redis (REDIS_URL, KeyvAdapter): instances share registered queries. Fails in
 * CI when Redis is unreachable (describeWithRedis), skipped locally.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startTestApi, type TestApi } from '../../helpers/app';
import { SQLITE } from '../../helpers/orm';
import {
  describeWithRedis,
  TEST_REDIS_URL,
  testRedisClient,
  type TestRedisClient,
} from '../../helpers/redis';

const MANIFEST = join(
  __dirname,
  '..',
  '..',
  '..',
  'src',
  'client',
  'generated',
  'persisted-documents.json',
);
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });
/** Where the APQ cache keeps a query (namespace `rulate`, Apollo's `apq:` prefix). */
const keyOf = (hash: string) => `rulate::apq:${hash}`;
const post = (api: TestApi, body: object) =>
  request(api.app).post('/graphql').set('content-type', 'application/json').send(body);

async function waitForKey(redis: TestRedisClient, key: string): Promise<void> {
  // Apollo writes a registration after the response is decided, without awaiting it.
  for (let i = 0; i < 50 && !(await redis.exists(key)); i += 1) {
    await new Promise(r => setTimeout(r, 20));
  }
}

describeWithRedis('guard 3: APQ cache shared through Redis', () => {
  const env = { REDIS_URL: TEST_REDIS_URL, RATE_LIMIT_ENABLED: 'false' };
  const keys: string[] = [];
  let redis: TestRedisClient;
  let a: TestApi;
  let b: TestApi;
  beforeAll(async () => {
    redis = await testRedisClient();
    a = await startTestApi(SQLITE, env);
    b = await startTestApi(SQLITE, env);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    if (keys.length) await redis.del(keys);
    await redis.close();
  });

  it('a query registered on one instance is a hit on another', async () => {
    const query = `query Shared_${randomBytes(6).toString('hex')} { catalogs { totalCount } }`;
    const hash = sha256(query);
    keys.push(keyOf(hash));
    expect((await post(b, { extensions: apq(hash) })).body.errors[0].extensions.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );
    expect((await post(a, { query, extensions: apq(hash) })).body.data).toEqual({
      catalogs: { totalCount: 0 },
    });
    await waitForKey(redis, keyOf(hash));
    // Keyv's serialisation: { value, expires }.
    expect(JSON.parse((await redis.get(keyOf(hash))) ?? '{}')).toMatchObject({ value: query });
    expect(await redis.ttl(keyOf(hash))).toBeGreaterThan(0);
    expect((await post(b, { extensions: apq(hash) })).body).toMatchObject({
      data: { catalogs: { totalCount: 0 } },
    });
  });

  it('serves manifest hashes from the manifest, never registering them', async () => {
    const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const [id] = Object.keys(manifest).filter(k => /query Catalogs\b/.test(manifest[k]));
    const hash = id.replace(/^sha256:/, '');
    keys.push(keyOf(hash));
    await redis.del(keyOf(hash));
    const res = await post(a, { query: manifest[id], extensions: apq(hash) });
    expect(res.body.data.catalogs.totalCount).toBe(0);
    await new Promise(r => setTimeout(r, 100));
    expect(await redis.exists(keyOf(hash))).toBe(0);
  });
});
