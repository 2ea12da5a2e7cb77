import { randomBytes } from 'node:crypto';
import type { Env } from '../../../src/config';
import { example, startTestApi, type GraphQLResponse, type TestApi } from '../../helpers/app';
import { SQLITE } from '../../helpers/orm';
import {
  deleteRedisKeys,
  describeWithRedis,
  TEST_REDIS_URL,
  testRedisClient,
  type TestRedisClient,
} from '../../helpers/redis';

const V2 = example('wardrobe-v2');
const CATALOG = 'gender_agnostic_wardrobe_v2';
const RULES = 'gender_agnostic_compatibility_v2';

// catalogs 1 + 10 x (edge 1 + node 1) = 21 requested; 1 + 1 x 2 = 3 actual (one catalog).
const CATALOGS = '{ catalogs(first: 10) { edges { node { name } } } }';
const PAIR = `{ evaluatePair(catalogName: "${CATALOG}", ruleSetName: "${RULES}", item1Id: "white_tshirt", item2Id: "blue_jeans") { compatible } }`;

const costOf = (res: GraphQLResponse) =>
  (res.body.extensions as { cost?: Record<string, unknown> } | undefined)?.cost;
const errorOf = (res: GraphQLResponse) => res.body.errors?.[0];

async function withApi(env: Env, body: (api: TestApi) => Promise<void>): Promise<void> {
  const api = await startTestApi(SQLITE, env);
  try {
    await api.importAll(V2);
    await body(api);
  } finally {
    await api.close();
  }
}

describe('guard 5: query cost', () => {
  it('every response carries extensions.cost with the requested and actual cost', async () => {
    await withApi({}, async api => {
      const res = await api.gql(CATALOGS);
      expect(res.status).toBe(200);
      expect(costOf(res)).toEqual({
        requestedQueryCost: 21,
        actualQueryCost: 3,
        maximumCost: 50_000,
        throttleStatus: {
          maximumAvailable: 100_000,
          currentlyAvailable: expect.any(Number),
          restoreRate: 1_000,
        },
      });
    });
  });

  it('a free operation still reports the bucket', async () => {
    await withApi({}, async api => {
      const res = await api.gql('{ __typename }');
      expect(costOf(res)).toEqual({
        requestedQueryCost: 0,
        maximumCost: 50_000,
        throttleStatus: {
          maximumAvailable: 100_000,
          currentlyAvailable: expect.any(Number),
          restoreRate: 1_000,
        },
      });
    });
  });

  it('an operation above MAX_QUERY_COST is refused before execution (400)', async () => {
    await withApi({ MAX_QUERY_COST: '500' }, async api => {
      const res = await api.gql(
        `{ catalogs(first: 10) { edges { node { items(first: 100) { edges { node { id } } } } } } }`,
      );
      expect(res.status).toBe(400);
      expect(res.body.data).toBeUndefined();
      const error = errorOf(res)!;
      expect(error.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      expect(error.message).toMatch(/costs 2031 points and at most 500 are allowed/);
      expect(error.extensions).toMatchObject({ maximumCost: 500, requestedQueryCost: 2031 });
      expect(costOf(res)).toMatchObject({ requestedQueryCost: 2031, maximumCost: 500 });
    });
  });

  it('evaluateMatrix is priced by the actual catalog size', async () => {
    await withApi({}, async api => {
      const query = (catalog: string) =>
        `{ evaluateMatrix(catalogName: "${catalog}", ruleSetName: "${RULES}") { summary { totalPairs } } }`;
      await api.gql(
        `mutation { createCatalog(input: { name: "empty", schemaName: "gender_agnostic_wardrobe_v2" }) { name } }`,
      );
      const full = await api.gql(query(CATALOG)); // 53 items, 1,378 pairs: 1 point
      const empty = await api.gql(query('empty'));
      expect(full.status).toBe(200);
      expect(costOf(full)?.requestedQueryCost).toBe(3);
      expect(costOf(empty)?.requestedQueryCost).toBe(2);
    });
  });

  // Imports 1,500 items: generous on a loaded machine.
  it('the same document is priced again when the catalog size or the variables change', async () => {
    await withApi({}, async api => {
      const matrix = `query($c: CatalogName!) { evaluateMatrix(catalogName: $c, ruleSetName: "${RULES}") { summary { totalPairs } } }`;
      await api.gql(
        `mutation { createCatalog(input: { name: "grows", schemaName: "wardrobe_v2" }) { name } }`,
      );
      const price = async (c: string) => costOf(await api.gql(matrix, { c }))?.requestedQueryCost;
      expect(await price('grows')).toBe(2);
      expect(await price(CATALOG)).toBe(3);
      // 1,500 items = 1,124,250 pairs: priced above the empty catalog's 2 points.
      const items = Array.from({ length: 1500 }, (_, k) => ({
        ...(V2 as { catalogs: { items: object[] }[] }).catalogs[0].items[0],
        id: `copy_${k}`,
      }));
      for (let k = 0; k < items.length; k += 500) {
        const res = await api.upload(
          'mutation($file: Upload!) { importItems(catalogName: "grows", file: $file) { items { created } } }',
          {},
          JSON.stringify({ items: items.slice(k, k + 500) }),
        );
        expect(res.body.errors).toBeUndefined();
      }
      expect(await price('grows')).toBeGreaterThan(3);
      const pages = async (first: number) =>
        costOf(
          await api.gql('query($f: Int) { catalogs(first: $f) { edges { node { name } } } }', {
            f: first,
          }),
        )?.requestedQueryCost as number;
      expect(await pages(2)).toBeLessThan(await pages(10));
    });
  }, 60_000);

  it('the cost bucket refuses with RATE_LIMITED, Retry-After and the seconds to wait', async () => {
    const env = { COST_BUCKET_CAPACITY: '30', COST_BUCKET_RESTORE_RATE: '1' };
    const api = await startTestApi(SQLITE, env);
    try {
      // 21 taken, 18 refunded after execution: 27 left, then 24, ...
      const first = await api.gql(CATALOGS);
      const level = (res: GraphQLResponse) =>
        (costOf(res)?.throttleStatus as { currentlyAvailable: number }).currentlyAvailable;
      expect(level(first)).toBeGreaterThanOrEqual(27);
      expect(level(first)).toBeLessThan(30);
      const query = `{ a: catalogs(first: 10) { edges { node { name } } } b: catalogs(first: 5) { edges { node { name } } } }`;
      const refused = await api.gql(query); // 21 + 11 = 32 points, more than the bucket holds
      expect(refused.status).toBe(400);
      expect(errorOf(refused)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
      expect(errorOf(refused)?.message).toMatch(/more than the whole cost bucket of 30 points/);
      let last: GraphQLResponse | undefined;
      for (let i = 0; i < 12; i += 1) {
        last = await api.gql(CATALOGS);
        if (last.status !== 200) break;
      }
      expect(last!.status).toBe(429);
      expect(errorOf(last!)?.extensions).toMatchObject({ code: 'RATE_LIMITED', limit: 'cost' });
      expect(errorOf(last!)?.message).toMatch(
        /Query cost budget exhausted: this operation costs 21 points and \d+ are available \(a bucket of 30 points per client, refilled at 1 per second\); retry in \d+ seconds\./,
      );
      expect(Number(last!.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(last!.body.data).toBeUndefined();
    } finally {
      await api.close();
    }
  });

  it('RATE_LIMIT_ENABLED=false keeps the cost limit but no bucket', async () => {
    await withApi({ RATE_LIMIT_ENABLED: 'false', MAX_QUERY_COST: '150' }, async api => {
      const res = await api.gql(CATALOGS);
      expect(costOf(res)).toEqual({ requestedQueryCost: 21, actualQueryCost: 3, maximumCost: 150 });
      const refused = await api.gql('{ catalogs(first: 100) { edges { node { name } } } }');
      expect(errorOf(refused)?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    });
  });

  it('the requested cost is observed into graphql_operation_cost', async () => {
    await withApi({}, async api => {
      await api.gql(CATALOGS);
      const metrics =
        await api.rulate.metrics.registry.getSingleMetricAsString('graphql_operation_cost');
      expect(metrics).toMatch(/graphql_operation_cost_sum\{operation_type="query"\} 21\b/);
    });
  });
});

describe('guard 6: per-operation limits', () => {
  it('evaluatePair is limited per client per minute; RATE_LIMITED 429 names the operation', async () => {
    await withApi({ RATE_LIMIT_EVALUATE_PAIR_PER_MINUTE: '3' }, async api => {
      for (let i = 0; i < 3; i += 1) expect((await api.gql(PAIR)).status).toBe(200);
      const refused = await api.gql(PAIR);
      expect(refused.status).toBe(429);
      expect(errorOf(refused)?.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        limit: 'evaluatePair',
      });
      expect(errorOf(refused)?.message).toMatch(
        /Rate limit exceeded for evaluatePair: at most 3 per minute per client; retry in \d+ seconds\./,
      );
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      // Other operations are not limited by it.
      expect((await api.gql(CATALOGS)).status).toBe(200);
    });
  });

  it('a document naming a limited field several times is counted for each', async () => {
    await withApi({ RATE_LIMIT_EVALUATE_PAIR_PER_MINUTE: '3' }, async api => {
      const twice = `{ a: ${PAIR.slice(2, -2)} b: ${PAIR.slice(2, -2)} }`;
      expect((await api.gql(twice)).status).toBe(200); // 2 of 3
      const refused = await api.gql(twice); // 4 > 3
      expect(refused.status).toBe(429);
      expect(errorOf(refused)?.extensions?.limit).toBe('evaluatePair');
    });
  });

  it('every import* mutation shares the import limit', async () => {
    const api = await startTestApi(SQLITE, { RATE_LIMIT_IMPORT_PER_MINUTE: '1' });
    try {
      await api.importAll({ schemas: [] }); // 1 of 1
      const refused = await api.upload(
        'mutation($file: Upload!) { importSchemas(file: $file) { warnings } }',
        { file: null },
        JSON.stringify({ schemas: [] }),
        'doc.json',
      );
      expect(refused.status).toBe(429);
      expect(errorOf(refused)?.extensions?.limit).toBe('import');
      expect(errorOf(refused)?.message).toMatch(/for import operations: at most 1 per minute/);
    } finally {
      await api.close();
    }
  });
});

describeWithRedis('guards 5 and 6 shared through Redis', () => {
  let redis: TestRedisClient;
  // A random documentation-range client address: parallel runs never share keys.
  const ip = `2001:db8:${randomBytes(2).toString('hex')}::${randomBytes(1).toString('hex')}`;
  beforeAll(async () => {
    redis = await testRedisClient();
  });
  afterAll(async () => {
    await deleteRedisKeys(redis, `rulate:cost:${ip}`);
    await deleteRedisKeys(redis, `rulate:op:evaluatePair:${ip}`);
    await redis.close();
  });

  it('two instances share one cost bucket and one per-operation count', async () => {
    const env = {
      REDIS_URL: TEST_REDIS_URL,
      TRUST_PROXY: 'loopback',
      COST_BUCKET_CAPACITY: '1000',
      COST_BUCKET_RESTORE_RATE: '1',
      RATE_LIMIT_EVALUATE_PAIR_PER_MINUTE: '2',
    };
    const a = await startTestApi(SQLITE, env);
    const b = await startTestApi(SQLITE, env);
    const headers = { 'X-Forwarded-For': ip };
    try {
      await a.importAll(V2);
      await b.importAll(V2);
      const level = (res: GraphQLResponse) =>
        (costOf(res)?.throttleStatus as { currentlyAvailable: number }).currentlyAvailable;
      const fromA = await a.gql(CATALOGS, {}, headers);
      const fromB = await b.gql(CATALOGS, {}, headers);
      expect(level(fromA)).toBeLessThanOrEqual(997);
      expect(level(fromB)).toBeLessThanOrEqual(level(fromA) - 3 + 1); // b saw a's spend
      expect(Number(await redis.hGet(`rulate:cost:${ip}`, 'tokens'))).toBeLessThan(1000);

      expect((await a.gql(PAIR, {}, headers)).status).toBe(200);
      expect((await b.gql(PAIR, {}, headers)).status).toBe(200);
      const refused = await a.gql(PAIR, {}, headers);
      expect(refused.status).toBe(429);
      expect(errorOf(refused)?.extensions?.limit).toBe('evaluatePair');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
