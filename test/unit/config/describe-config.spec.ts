import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configWarnings, describeConfig, loadConfig, type Env } from '../../../src/config';

const KEY = 'k3y-for-tests-7f2a9c41d8e65b03a1f4c9e7d2b8a6f0';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rulate-describe-'));
  writeFileSync(join(dir, 'manifest.json'), '{}');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const load = (env: Env) => loadConfig(env, { cwd: dir, envFile: false });
const production = (env: Env = {}) =>
  load({
    ENVIRONMENT: 'production',
    SECRET_KEY: KEY,
    PERSISTED_OPERATIONS_MANIFEST: 'manifest.json',
    DATABASE_URL: 'postgresql://rulate:db-pass-123@db:5432/rulate',
    METRICS_TOKEN: 'metrics-token-456',
    REDIS_URL: 'redis://:redis-pass-789@cache:6379',
    ALLOWED_HOSTS: 'rulate.example.com',
    SENTRY_DSN: 'https://sentry-key-000@o1.ingest.sentry.io/1',
    ...env,
  });

describe('describeConfig', () => {
  it('summarises without any secret', () => {
    const cfg = production();
    const text = JSON.stringify(describeConfig(cfg));
    for (const secret of [
      KEY,
      'db-pass-123',
      'metrics-token-456',
      'redis-pass-789',
      'sentry-key-000',
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(describeConfig(cfg)).toMatchObject({
      environment: 'production',
      listen: '0.0.0.0:4000',
      database: { driver: 'postgresql', location: 'rulate@db:5432/rulate', pool: { max: 15 } },
      features: {
        rateLimit: true,
        sharedStore: 'redis://:***@cache:6379',
        persistedOperations: 'enforce',
        introspection: false,
        metrics: 'token',
        errorTracking: true,
        secretKey: 'env',
      },
    });
  });

  it('shows the SQLite path', () => {
    expect(describeConfig(load({})).database).toEqual({
      driver: 'sqlite',
      path: './data/rulate.db',
    });
  });
});

describe('configWarnings', () => {
  it('has nothing to say about a careful production setup', () => {
    expect(configWarnings(production())).toEqual([]);
  });

  it('warns about the generated development secret', () => {
    expect(configWarnings(load({}))).toEqual([expect.stringMatching(/^SECRET_KEY is not set/)]);
  });

  it('warns about every insecure production choice', () => {
    const warnings = configWarnings(
      production({
        RATE_LIMIT_ENABLED: 'false',
        INTROSPECTION: 'true',
        FIELD_SUGGESTIONS: 'true',
        PERSISTED_OPERATIONS: 'allow',
        BATCHING: 'true',
        ALLOWED_HOSTS: '*',
        TRUST_PROXY: 'true',
        METRICS_TOKEN: '',
        DATABASE_URL: 'sqlite:///data/rulate.db',
        REDIS_URL: '',
        SEED_EXAMPLES: 'true',
      }),
    ).join('\n');
    for (const pattern of [
      /RATE_LIMIT_ENABLED=false/,
      /INTROSPECTION is on in production/,
      /FIELD_SUGGESTIONS is on/,
      /PERSISTED_OPERATIONS=allow in production/,
      /BATCHING is on/,
      /ALLOWED_HOSTS=\*/,
      /TRUST_PROXY=true/,
      /METRICS_TOKEN is not set/,
      /SQLite in production/,
      /SEED_EXAMPLES is on/,
    ]) {
      expect(warnings).toMatch(pattern);
    }
  });
});
