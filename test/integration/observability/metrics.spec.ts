/**
 * GET /metrics over the whole app (SQLite): the families, what GraphQL operations,
 * evaluations and guards record, METRICS_TOKEN, and the exposition format.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { example, startTestApi, type TestApi } from '../../helpers/app';
import { parseExposition, sampleValue, type Exposition } from '../../helpers/exposition';
import { SQLITE } from '../../helpers/orm';

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

async function scrape(api: TestApi, headers: Record<string, string> = {}): Promise<Exposition> {
  const res = await request(api.app).get('/metrics').set(headers);
  expect(res.status).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(res.text);
}

const value = (e: Exposition, name: string, labels: Record<string, string> = {}) =>
  sampleValue(e, name, labels) ?? 0;

describe('GET /metrics', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, { PERSISTED_OPERATIONS_MANIFEST: MANIFEST });
    await api.importAll(example('wardrobe-v1'));
  }, 60_000);
  afterAll(() => api.close());

  it('exposes every family in valid exposition format', async () => {
    const exposition = await scrape(api);
    expect(exposition.problems).toEqual([]);
    for (const family of [
      'process_cpu_user_seconds_total',
      'nodejs_heap_size_used_bytes',
      'http_requests_total',
      'http_request_duration_seconds',
      'graphql_operations_total',
      'graphql_operation_duration_seconds',
      'graphql_errors_total',
      'graphql_operation_cost',
      'guard_refusals_total',
      'rate_limit_refusals_total',
      'persisted_operations_total',
      'evaluation_duration_seconds',
      'evaluation_pairs_total',
      'clusters_found',
      'db_pool_connections',
      'db_pool_max_connections',
    ]) {
      expect({ family, present: exposition.families.has(family) }).toEqual({
        family,
        present: true,
      });
    }
    expect(exposition.families.get('db_pool_connections')?.samples.length).toBeGreaterThan(0);
  });

  it('counts operations by name, type and outcome, and errors by code', async () => {
    const labels = { operation_name: 'CatalogCount', operation_type: 'query' };
    const before = await scrape(api);
    for (let i = 0; i < 3; i++) {
      expect((await api.gql('query CatalogCount { catalogs { totalCount } }')).status).toBe(200);
    }
    const missing = await api.gql(
      'query MissingCatalog { catalog(name: "nope") { name } evaluatePair(catalogName: "nope", ruleSetName: "nope", item1Id: "a", item2Id: "b") { compatible } }',
    );
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await api.gql('query Broken {')).status).toBe(400);
    const after = await scrape(api);
    expect(after.problems).toEqual([]);
    const ops = (e: Exposition, l: Record<string, string>) =>
      value(e, 'graphql_operations_total', l);
    expect(
      ops(after, { ...labels, outcome: 'success' }) -
        ops(before, { ...labels, outcome: 'success' }),
    ).toBe(3);
    expect(value(after, 'graphql_operation_duration_seconds_count', labels)).toBeGreaterThanOrEqual(
      3,
    );
    expect(
      ops(after, { operation_name: 'MissingCatalog', operation_type: 'query', outcome: 'error' }),
    ).toBe(1);
    expect(
      ops(after, { operation_name: '<unknown>', operation_type: '<unknown>', outcome: 'rejected' }),
    ).toBeGreaterThanOrEqual(1);
    expect(value(after, 'graphql_errors_total', { code: 'NOT_FOUND' })).toBeGreaterThanOrEqual(1);
    expect(
      value(after, 'graphql_errors_total', { code: 'GRAPHQL_PARSE_FAILED' }),
    ).toBeGreaterThanOrEqual(1);
    const http = { method: 'POST', route: '/graphql', status: '200' };
    expect(
      value(after, 'http_requests_total', http) - value(before, 'http_requests_total', http),
    ).toBe(4);
    expect(value(after, 'http_requests_total', { ...http, status: '400' })).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('labels routes, never raw URLs', async () => {
    await request(api.app).get('/health/live');
    await request(api.app).get('/no/such/path?secret=1');
    const exposition = await scrape(api);
    const routes = new Set(
      exposition.families.get('http_requests_total')?.samples.map(s => s.labels.route),
    );
    expect(routes.has('/health/live')).toBe(true);
    expect(routes.has('<unmatched>')).toBe(true);
    expect([...routes].some(r => r.includes('no/such'))).toBe(false);
  });

  it('records evaluation durations and results', async () => {
    const matrix = await api.gql<{
      evaluateMatrix: { summary: { compatiblePairs: number; incompatiblePairs: number } };
    }>(
      '{ evaluateMatrix(catalogName: "my_wardrobe", ruleSetName: "wardrobe_rules_v1") { summary { compatiblePairs incompatiblePairs } } }',
    );
    expect(matrix.body.errors).toBeUndefined();
    const summary = matrix.body.data!.evaluateMatrix.summary;
    const clusters = await api.gql<{ evaluateClusters: { totalClusters: number } }>(
      '{ evaluateClusters(catalogName: "my_wardrobe", clusterRuleSetName: "wardrobe_cluster_rules_v1") { totalClusters } }',
    );
    expect(clusters.body.errors).toBeUndefined();
    const pair = await api.gql(
      '{ evaluatePair(catalogName: "my_wardrobe", ruleSetName: "wardrobe_rules_v1", item1Id: "shirt_001", item2Id: "pants_001") { compatible } }',
    );
    expect(pair.body.errors).toBeUndefined();
    const exposition = await scrape(api);
    expect(
      value(exposition, 'evaluation_duration_seconds_count', { kind: 'matrix', outcome: 'ok' }),
    ).toBe(1);
    expect(
      value(exposition, 'evaluation_duration_seconds_count', { kind: 'clusters', outcome: 'ok' }),
    ).toBe(1);
    expect(
      value(exposition, 'evaluation_duration_seconds_count', { kind: 'pair', outcome: 'ok' }),
    ).toBe(1);
    expect(
      value(exposition, 'evaluation_duration_seconds_count', { kind: 'pair', outcome: 'error' }),
    ).toBe(1);
    expect(
      value(exposition, 'evaluation_pairs_total', { kind: 'matrix', result: 'compatible' }),
    ).toBe(summary.compatiblePairs);
    expect(
      value(exposition, 'evaluation_pairs_total', { kind: 'matrix', result: 'incompatible' }),
    ).toBe(summary.incompatiblePairs);
    expect(value(exposition, 'clusters_found_count')).toBe(1);
    expect(value(exposition, 'clusters_found_sum')).toBe(
      clusters.body.data!.evaluateClusters.totalClusters,
    );
  });

  it('counts persisted-operation hits and misses, with the manifest name as label', async () => {
    const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8'));
    const id = Object.keys(manifest).find(key => /query Catalogs\b/.test(manifest[key]))!;
    const before = await scrape(api);
    const post = (body: object) =>
      request(api.app).post('/graphql').set('content-type', 'application/json').send(body);
    expect((await post({ documentId: id, variables: { first: 5 } })).status).toBe(200);
    expect(
      (await post({ documentId: `sha256:${'0'.repeat(64)}` })).body.errors[0].extensions.code,
    ).toBe('PERSISTED_QUERY_NOT_FOUND');
    const after = await scrape(api);
    const delta = (result: string) =>
      value(after, 'persisted_operations_total', { result }) -
      value(before, 'persisted_operations_total', { result });
    expect(delta('hit')).toBe(1);
    expect(delta('miss')).toBe(1);
    expect(
      value(after, 'graphql_operations_total', {
        operation_name: 'Catalogs',
        operation_type: 'query',
        outcome: 'success',
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  (spawnSync('promtool', ['--version']).status === 0 ? it : it.skip)(
    'passes promtool check metrics after traffic (where promtool is installed)',
    async () => {
      const res = await request(api.app).get('/metrics');
      const run = spawnSync('promtool', ['check', 'metrics'], {
        input: res.text,
        encoding: 'utf8',
      });
      expect({ status: run.status, output: run.stdout + run.stderr }).toEqual({
        status: 0,
        output: '',
      });
    },
  );
});

describe('GET /metrics with METRICS_TOKEN', () => {
  let api: TestApi;
  const token = 'metrics-token-for-tests-0123456789';
  beforeAll(async () => {
    api = await startTestApi(SQLITE, { METRICS_TOKEN: token });
  }, 60_000);
  afterAll(() => api.close());

  it('refuses a scrape without the bearer token (401)', async () => {
    for (const authorization of [undefined, 'Bearer wrong', `Basic ${token}`]) {
      const req = request(api.app).get('/metrics');
      const res = await (authorization ? req.set('authorization', authorization) : req);
      expect(res.status).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(res.text).not.toMatch(/http_requests_total/);
    }
  });

  it('serves the metrics with it', async () => {
    const exposition = await scrape(api, { authorization: `Bearer ${token}` });
    expect(exposition.problems).toEqual([]);
  });
});

describe('GET /metrics and the guards', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, { RATE_LIMIT_REQUESTS_PER_MINUTE: '2' });
  }, 60_000);
  afterAll(() => api.close());

  it('is not rate limited, and counts the rate-limit refusals', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await api.gql('{ catalogs { totalCount } }')).status);
    expect(statuses).toEqual([200, 200, 429, 429]);
    for (let i = 0; i < 5; i++) await scrape(api);
    const exposition = await scrape(api);
    expect(value(exposition, 'rate_limit_refusals_total', { limit: 'global' })).toBe(2);
    expect(
      value(exposition, 'guard_refusals_total', { guard: 'rate-limit', code: 'RATE_LIMITED' }),
    ).toBe(2);
    expect(
      value(exposition, 'http_requests_total', {
        method: 'POST',
        route: '/graphql',
        status: '429',
      }),
    ).toBe(2);
  });
});

describe('METRICS_ENABLED=false', () => {
  it('does not serve /metrics', async () => {
    const api = await startTestApi(SQLITE, { METRICS_ENABLED: 'false' });
    try {
      expect((await request(api.app).get('/metrics')).status).toBe(404);
    } finally {
      await api.close();
    }
  }, 60_000);
});
