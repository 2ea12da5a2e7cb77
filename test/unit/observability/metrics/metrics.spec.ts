import { Registry } from 'prom-client';
import { rateLimitRefusal, storeUnavailableRefusal } from '../../../../src/guards/rate-limit';
import { bearerMatches } from '../../../../src/observability/metrics/endpoint';
import {
  createLabelLimiter,
  createMetrics,
  knexPoolStats,
  OTHER,
  persistedResult,
} from '../../../../src/observability/metrics';
import { parseExposition, sampleValue } from '../../../helpers/exposition';

const scrape = async (registry: Registry) => parseExposition(await registry.metrics());

describe('createMetrics', () => {
  it('registers every family on the injected registry in valid exposition format', async () => {
    const metrics = createMetrics(new Registry());
    metrics.httpRequests.inc({ method: 'GET', route: '/health', status: '200' });
    metrics.httpRequestDuration.observe({ method: 'GET', route: '/health', status: '200' }, 0.01);
    metrics.recordCost(42, 'query');
    metrics.recordEvaluation('clusters', 0.2, { clusters: 3 }, 'ok');
    metrics.observeDatabasePool(() => ({
      used: 1,
      free: 2,
      pendingAcquires: 0,
      pendingCreates: 0,
      max: 15,
    }));
    const exposition = await scrape(metrics.registry);
    expect(exposition.problems).toEqual([]);
    for (const name of [
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
      'process_cpu_user_seconds_total',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(exposition.families.has(name)).toBe(true);
    }
    expect(
      sampleValue(exposition, 'graphql_operation_cost_count', { operation_type: 'query' }),
    ).toBe(1);
    expect(sampleValue(exposition, 'clusters_found_sum')).toBe(3);
    expect(sampleValue(exposition, 'db_pool_connections', { state: 'free' })).toBe(2);
    expect(sampleValue(exposition, 'db_pool_max_connections')).toBe(15);
    expect(sampleValue(exposition, 'persisted_operations_total', { result: 'miss' })).toBe(0);
  });

  it('gives every app its own registry (no duplicate-registration errors)', () => {
    expect(() => [createMetrics(), createMetrics()]).not.toThrow();
  });

  it('can leave the default process metrics out', async () => {
    const exposition = await scrape(
      createMetrics(new Registry(), { defaultMetrics: false }).registry,
    );
    expect(exposition.families.has('process_cpu_user_seconds_total')).toBe(false);
  });

  it('omits the pool gauges when the pool cannot be read', async () => {
    const metrics = createMetrics(new Registry(), { defaultMetrics: false });
    metrics.observeDatabasePool(() => null);
    const exposition = await scrape(metrics.registry);
    expect(exposition.families.get('db_pool_connections')?.samples).toEqual([]);
  });

  it('counts rate-limit refusals by limit and every guard refusal by guard and code', async () => {
    const metrics = createMetrics(new Registry(), { defaultMetrics: false });
    metrics.recordGuardRefusal('rate-limit', rateLimitRefusal(300, 10));
    metrics.recordGuardRefusal('rate-limit', storeUnavailableRefusal());
    metrics.recordGuardRefusal('per-operation', {
      status: 429,
      code: 'RATE_LIMITED',
      message: 'slow down',
      extensions: { limit: 'evaluateMatrix' },
    });
    metrics.recordGuardRefusal('allowed-hosts', { status: 400, code: 'BAD_REQUEST', message: 'x' });
    const exposition = await scrape(metrics.registry);
    expect(sampleValue(exposition, 'rate_limit_refusals_total', { limit: 'global' })).toBe(1);
    expect(sampleValue(exposition, 'rate_limit_refusals_total', { limit: 'evaluateMatrix' })).toBe(
      1,
    );
    expect(
      sampleValue(exposition, 'guard_refusals_total', {
        guard: 'rate-limit',
        code: 'SERVICE_UNAVAILABLE',
      }),
    ).toBe(1);
    expect(
      sampleValue(exposition, 'guard_refusals_total', {
        guard: 'allowed-hosts',
        code: 'BAD_REQUEST',
      }),
    ).toBe(1);
  });

  it('records evaluation durations and pair verdicts', async () => {
    const metrics = createMetrics(new Registry(), { defaultMetrics: false });
    metrics.recordEvaluation('matrix', 0.5, { compatiblePairs: 7, incompatiblePairs: 3 }, 'ok');
    metrics.recordEvaluation('pair', 0.001, {}, 'error');
    const exposition = await scrape(metrics.registry);
    const matrix = { kind: 'matrix', result: 'compatible' };
    expect(sampleValue(exposition, 'evaluation_pairs_total', matrix)).toBe(7);
    expect(
      sampleValue(exposition, 'evaluation_duration_seconds_count', {
        kind: 'pair',
        outcome: 'error',
      }),
    ).toBe(1);
  });
});

describe('persistedResult', () => {
  it('maps guard decisions to hit, miss and refused', () => {
    expect(persistedResult({ action: 'run', id: 'sha256:x', document: '{a}' })).toBe('hit');
    expect(persistedResult({ action: 'run' })).toBeNull();
    expect(persistedResult({ action: 'pass' })).toBeNull();
    const refuse = (code: 'PERSISTED_QUERY_NOT_FOUND' | 'OPERATION_NOT_TRUSTED') =>
      persistedResult({ action: 'refuse', code, message: '' });
    expect(refuse('PERSISTED_QUERY_NOT_FOUND')).toBe('miss');
    expect(refuse('OPERATION_NOT_TRUSTED')).toBe('refused');
  });
});

describe('createLabelLimiter', () => {
  it('keeps the first values, then answers <other>; trusted values bypass the cap', () => {
    const limiter = createLabelLimiter({ maxValues: 2 });
    expect(['A', 'B', 'C', 'A'].map(v => limiter.label(v))).toEqual(['A', 'B', OTHER, 'A']);
    expect(limiter.label('Persisted', true)).toBe('Persisted');
    expect(limiter.label('x'.repeat(65))).toBe(OTHER);
  });
});

describe('bearerMatches', () => {
  it('accepts exactly the token as a bearer credential', () => {
    expect(bearerMatches('Bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(bearerMatches('bearer s3cret-token', 's3cret-token')).toBe(true);
    expect(bearerMatches('Bearer s3cret', 's3cret-token')).toBe(false);
    expect(bearerMatches('Basic s3cret-token', 's3cret-token')).toBe(false);
    expect(bearerMatches(undefined, 's3cret-token')).toBe(false);
  });
});

describe('knexPoolStats', () => {
  it('reads the tarn pool behind the connection, or gives null', () => {
    const pool = {
      numUsed: () => 1,
      numFree: () => 4,
      numPendingAcquires: () => 2,
      numPendingCreates: () => 0,
      max: 15,
    };
    const orm = (p: unknown) => ({
      em: { getConnection: () => ({ getKnex: () => ({ client: { pool: p } }) }) },
    });
    expect(knexPoolStats(orm(pool))).toEqual({
      used: 1,
      free: 4,
      pendingAcquires: 2,
      pendingCreates: 0,
      max: 15,
    });
    expect(knexPoolStats(orm(undefined))).toBeNull();
    expect(knexPoolStats({ em: { getConnection: () => ({}) } })).toBeNull();
  });
});
