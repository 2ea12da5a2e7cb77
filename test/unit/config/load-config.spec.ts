import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, loadDatabaseConfig, type Env } from '../../../src/config';

const KEY = 'k3y-for-tests-7f2a9c41d8e65b03a1f4c9e7d2b8a6f0';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rulate-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** loadConfig with no env file unless the test writes one into `dir`. */
const load = (env: Env) => loadConfig(env, { cwd: dir });
const problemsOf = (env: Env): readonly string[] => {
  try {
    load(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};
const manifest = () => {
  const path = join(dir, 'manifest.json');
  writeFileSync(path, '{}');
  return path;
};
const production = (env: Env = {}): Env => ({
  ENVIRONMENT: 'production',
  SECRET_KEY: KEY,
  PERSISTED_OPERATIONS_MANIFEST: manifest(),
  ...env,
});

describe('loadConfig defaults', () => {
  it('gives every documented default in development', () => {
    const cfg = load({});
    expect(cfg.environment).toBe('development');
    expect(cfg.envFile).toBeNull();
    expect(cfg.http).toEqual({
      host: '0.0.0.0',
      port: 4000,
      maxRequestSizeBytes: 10 * 1024 * 1024,
      maxQueryStringLength: 4096,
      maxQueryParams: 100,
      allowedHosts: ['*'],
      requestTimeoutMs: 60_000,
      trustProxy: false,
      shutdownGraceMs: 10_000,
      cors: {
        origins: [
          'http://localhost:*',
          'http://127.0.0.1:*',
          'http://[::1]:*',
          'https://localhost:*',
          'https://127.0.0.1:*',
          'https://[::1]:*',
        ],
        credentials: false,
      },
    });
    expect(cfg.db).toEqual({
      driver: 'sqlite',
      path: './data/rulate.db',
      pool: {
        size: 5,
        maxOverflow: 10,
        max: 15,
        acquireTimeoutMs: 30_000,
        maxLifetimeMs: 3_600_000,
        idleTimeoutMs: 300_000,
      },
      timeouts: {
        statementMs: 15_000,
        lockMs: 5_000,
        idleInTransactionMs: 30_000,
        connectMs: 5_000,
        sqliteBusyMs: 1_000,
      },
    });
    expect(cfg.rateLimit).toMatchObject({
      enabled: true,
      requestsPerMinute: 300,
      perOperation: {
        evaluatePairPerMinute: 20,
        evaluateMatrixPerMinute: 10,
        evaluateClustersPerMinute: 5,
        importPerMinute: 5,
      },
    });
    expect(cfg.redis).toEqual({ url: null, connectTimeoutMs: 2_000, commandTimeoutMs: 1_000 });
    expect(cfg.guards).toMatchObject({
      maxQueryDepth: 10,
      maxAliases: 30,
      batching: { enabled: false, maxBatchSize: 10 },
      introspection: true,
      fieldSuggestions: true,
    });
    expect(cfg.persistedOperations).toMatchObject({ mode: 'allow' });
    expect(cfg.uploads).toEqual({
      maxUploadSizeBytes: 10 * 1024 * 1024,
      yamlMaxAliases: 100,
      yamlMaxDepth: 20,
    });
    expect(cfg.limits).toEqual({
      itemNameMaxLength: 1000,
      itemAttributesMaxBytes: 16_384,
      metadataMaxBytes: 65_536,
      itemsPerCatalogMax: 100_000,
      maxResponseBytes: 32 * 1024 * 1024,
      engineCacheBytes: 512 * 1024 * 1024,
      importMaxItems: 1000,
      exportMaxItems: 10_000,
      itemsPageMax: 1000,
      maxClustersCap: 1000,
      clusterWorkBudget: 2_000_000,
    });
    expect(cfg.metrics).toEqual({ enabled: true, token: null });
    expect(cfg.telemetry).toEqual({
      enabled: false,
      otlpEndpoint: null,
      serviceName: 'rulate-graphql',
    });
    expect(cfg.sentry.dsn).toBeNull();
    expect(cfg.logging).toEqual({ level: 'debug', bufferBytes: 4096 });
    expect(cfg.seedExamples).toBe(true);
    expect(cfg.secrets.secretKeySource).toBe('generated');
  });

  it('switches to secure defaults in production and staging', () => {
    for (const environment of ['production', 'staging']) {
      const cfg = load(production({ ENVIRONMENT: environment }));
      expect(cfg.environment).toBe(environment);
      expect(cfg.persistedOperations.mode).toBe('enforce');
      expect(cfg.guards.introspection).toBe(false);
      expect(cfg.guards.fieldSuggestions).toBe(false);
      expect(cfg.http.allowedHosts).toEqual(['localhost', '127.0.0.1', '[::1]']);
      expect(cfg.http.cors).toEqual({ origins: [], credentials: false });
      expect(cfg.logging.level).toBe('info');
      expect(cfg.seedExamples).toBe(false);
      expect(cfg.secrets).toEqual({ secretKey: KEY, secretKeySource: 'env' });
    }
  });

  it('returns a deeply frozen object', () => {
    const cfg = load({});
    expect(Object.isFrozen(cfg)).toBe(true);
    expect(Object.isFrozen(cfg.db.pool)).toBe(true);
    expect(() => {
      (cfg.http as { port: number }).port = 1;
    }).toThrow(TypeError);
  });
});

describe('loadConfig values', () => {
  it('parses numbers, booleans, lists and enums leniently but strictly', () => {
    const cfg = load({
      PORT: ' 8080 ',
      CLUSTER_WORK_BUDGET: '5_000_000',
      MAX_REQUEST_SIZE_MB: '0.5',
      RATE_LIMIT_ENABLED: 'OFF',
      BATCHING: 'yes',
      ALLOWED_HOSTS: 'API.example.com, ,localhost',
      PERSISTED_OPERATIONS: 'Enforce',
      PERSISTED_OPERATIONS_MANIFEST: manifest(),
      LOG_LEVEL: 'WARN',
      REDIS_URL: 'redis://:pw@cache:6379/0',
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      MAX_QUERY_DEPTH: '',
    });
    expect(cfg.http.port).toBe(8080);
    expect(cfg.limits.clusterWorkBudget).toBe(5_000_000);
    expect(cfg.http.maxRequestSizeBytes).toBe(512 * 1024);
    expect(cfg.rateLimit.enabled).toBe(false);
    expect(cfg.guards.batching.enabled).toBe(true);
    expect(cfg.http.allowedHosts).toEqual(['api.example.com', 'localhost']);
    expect(cfg.persistedOperations.mode).toBe('enforce');
    expect(cfg.logging.level).toBe('warn');
    expect(cfg.redis.url).toBe('redis://:pw@cache:6379/0');
    expect(cfg.telemetry).toMatchObject({ enabled: true, otlpEndpoint: 'http://collector:4318' });
    expect(cfg.guards.maxQueryDepth).toBe(10); // blank = default
  });

  it.each([
    ['false', false],
    ['0', false],
    ['true', true],
    ['2', 2],
    ['loopback, 10.0.0.0/8', ['loopback', '10.0.0.0/8']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(load({ TRUST_PROXY: value }).http.trustProxy).toEqual(expected);
  });

  it('reads CORS_ORIGINS patterns and CORS_CREDENTIALS', () => {
    const cfg = load({
      CORS_ORIGINS: 'https://app.example.com, https://*.example.com,http://localhost:*',
      CORS_CREDENTIALS: 'yes',
    });
    expect(cfg.http.cors).toEqual({
      origins: ['https://app.example.com', 'https://*.example.com', 'http://localhost:*'],
      credentials: true,
    });
    expect(load({ CORS_ORIGINS: 'none' }).http.cors.origins).toEqual([]);
    expect(load({ CORS_ORIGINS: '*' }).http.cors.origins).toEqual(['*']);
    expect(() => load({ CORS_ORIGINS: 'https://app.example.com/path' })).toThrow(
      /CORS_ORIGINS.*not an origin pattern/s,
    );
    expect(() => load({ CORS_ORIGINS: 'ftp://example.com' })).toThrow(/CORS_ORIGINS/);
  });

  it('lets OTEL_ENABLED override the endpoint default', () => {
    expect(load({ OTEL_ENABLED: 'true' }).telemetry.enabled).toBe(true);
    expect(
      load({ OTEL_ENABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }).telemetry
        .enabled,
    ).toBe(false);
  });

  it('resolves the manifest path against the working directory', () => {
    expect(load({}).persistedOperations.manifestPath).toBe(
      join(dir, 'src/client/generated/persisted-documents.json'),
    );
  });
});

describe('loadConfig errors', () => {
  it('reports every problem together', () => {
    const problems = problemsOf({
      ENVIRONMENT: 'production',
      PORT: 'eighty',
      POOL_SIZE: '0',
      DATABASE_URL: 'mysql://root@db/rulate',
      RATE_LIMIT_ENABLED: 'maybe',
      LOG_LEVEL: 'verbose',
      REDIS_URL: 'http://cache',
      SENTRY_DSN: 'not a url',
      PERSISTED_OPERATIONS: 'sometimes',
    });
    expect(problems).toHaveLength(9);
    expect(problems.join('\n')).toMatch(/PORT: expected an integer from 0 to 65535, got "eighty"/);
    expect(problems.join('\n')).toMatch(/POOL_SIZE: expected an integer from 1/);
    expect(problems.join('\n')).toMatch(/DATABASE_URL: has unsupported scheme "mysql:"/);
    expect(problems.join('\n')).toMatch(/RATE_LIMIT_ENABLED: expected true or false/);
    expect(problems.join('\n')).toMatch(/LOG_LEVEL: expected one of fatal, error/);
    expect(problems.join('\n')).toMatch(/REDIS_URL: must start with redis:\/\/ or rediss:\/\//);
    expect(problems.join('\n')).toMatch(/SENTRY_DSN: is not a valid absolute URL/);
    expect(problems.join('\n')).toMatch(
      /PERSISTED_OPERATIONS: expected one of off, allow, enforce/,
    );
    expect(problems.join('\n')).toMatch(/SECRET_KEY is not set/);
  });

  it('puts every problem in the error message', () => {
    expect(() => load({ PORT: '-1', MAX_ALIASES: 'x' })).toThrow(
      /Invalid configuration \(2 problems\):\n {2}- PORT: .*\n {2}- MAX_ALIASES: /,
    );
  });

  it('refuses an unknown ENVIRONMENT', () => {
    expect(problemsOf({ ENVIRONMENT: 'prod' })).toEqual([
      'ENVIRONMENT: expected one of development, staging, production, got "prod"',
    ]);
  });

  it('refuses enforce without a manifest file', () => {
    const problems = problemsOf({ ENVIRONMENT: 'production', SECRET_KEY: KEY });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /PERSISTED_OPERATIONS=enforce needs the trusted-documents manifest/,
    );
  });

  it('never echoes a database URL (it may hold a password)', () => {
    const [problem] = problemsOf({ DATABASE_URL: 'postgresql://u:s3cr3t@/nohost' });
    expect(problem).toMatch(/DATABASE_URL/);
    expect(problem).not.toContain('s3cr3t');
  });
});

describe('env files', () => {
  const write = (relative: string, text: string) => {
    const path = join(dir, relative);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
    return path;
  };

  it('reads config/<ENVIRONMENT>.env when present', () => {
    const path = write(
      'config/staging.env',
      `PORT=5000\nSECRET_KEY=${KEY}\nPERSISTED_OPERATIONS=allow\n`,
    );
    const cfg = load({ ENVIRONMENT: 'staging' });
    expect(cfg.envFile).toBe(path);
    expect(cfg.http.port).toBe(5000);
  });

  it('reads ENV_FILE instead, which may choose the environment', () => {
    const path = write(
      'custom.env',
      `ENVIRONMENT=production\nSECRET_KEY=${KEY}\nPERSISTED_OPERATIONS=off\nMAX_ALIASES=7\n`,
    );
    write('config/development.env', 'MAX_ALIASES=99\n');
    const cfg = load({ ENV_FILE: 'custom.env' });
    expect(cfg.envFile).toBe(path);
    expect(cfg.environment).toBe('production');
    expect(cfg.guards.maxAliases).toBe(7);
  });

  it('lets real environment variables win, except blank ones', () => {
    write('config/development.env', 'PORT=5000\nMAX_ALIASES=7\nHOST=127.0.0.1\n');
    const cfg = load({ PORT: '6000', MAX_ALIASES: '' });
    expect(cfg.http.port).toBe(6000);
    expect(cfg.guards.maxAliases).toBe(7);
    expect(cfg.http.host).toBe('127.0.0.1');
  });

  it('does not touch process.env', () => {
    write('config/development.env', 'RULATE_TEST_ONLY_VARIABLE=1\n');
    load({});
    expect(process.env.RULATE_TEST_ONLY_VARIABLE).toBeUndefined();
  });

  it('refuses a missing ENV_FILE', () => {
    expect(problemsOf({ ENV_FILE: 'nope.env' })).toEqual([
      `ENV_FILE: cannot read ${join(dir, 'nope.env')} (ENOENT)`,
    ]);
  });

  it('can be turned off with the envFile option', () => {
    write('config/development.env', 'PORT=5000\n');
    expect(loadConfig({}, { cwd: dir, envFile: false }).http.port).toBe(4000);
  });

  it('ships valid files for every environment', () => {
    const repo = join(__dirname, '../../..');
    const extra: Env = { SECRET_KEY: KEY, PERSISTED_OPERATIONS_MANIFEST: manifest() };
    for (const environment of ['development', 'staging', 'production']) {
      const cfg = loadConfig({ ENVIRONMENT: environment, ...extra }, { cwd: repo });
      expect(cfg.environment).toBe(environment);
      expect(cfg.envFile).toBe(join(repo, 'config', `${environment}.env`));
    }
  });
});

describe('loadDatabaseConfig', () => {
  it('needs only the database settings, even in production', () => {
    const cfg = loadDatabaseConfig(
      {
        ENVIRONMENT: 'production',
        DATABASE_URL: 'postgresql://u:p@db:5433/rulate',
        POOL_SIZE: '2',
      },
      { cwd: dir },
    );
    expect(cfg).toEqual({
      environment: 'production',
      envFile: null,
      db: {
        driver: 'postgresql',
        url: 'postgresql://u:p@db:5433/rulate',
        host: 'db',
        port: 5433,
        database: 'rulate',
        user: 'u',
        pool: {
          size: 2,
          maxOverflow: 10,
          max: 12,
          acquireTimeoutMs: 30_000,
          maxLifetimeMs: 3_600_000,
          idleTimeoutMs: 300_000,
        },
        timeouts: {
          statementMs: 15_000,
          lockMs: 5_000,
          idleInTransactionMs: 30_000,
          connectMs: 5_000,
          sqliteBusyMs: 1_000,
        },
      },
    });
  });

  it('still reports bad database settings', () => {
    expect(() => loadDatabaseConfig({ DATABASE_URL: 'sqlite://x.db' }, { cwd: dir })).toThrow(
      /DATABASE_URL: is not a valid SQLite URL/,
    );
  });
});

describe('evaluation pool settings', () => {
  it('defaults to one thread per core, the 250,000-pair threshold and niceness 10', () => {
    const { evaluation } = load({});
    expect(evaluation.threads).toBeGreaterThanOrEqual(1);
    expect(evaluation).toMatchObject({ poolMinPairs: 250_000, threadNice: 10 });
  });

  it('reads them, and refuses values out of range together', () => {
    expect(
      load({
        EVALUATION_THREADS: '0',
        EVALUATION_POOL_MIN_PAIRS: '1000',
        EVALUATION_THREAD_NICE: '10',
      }).evaluation,
    ).toEqual({ threads: 0, poolMinPairs: 1000, threadNice: 10 });
    const problems = problemsOf({ EVALUATION_THREADS: '-1', EVALUATION_THREAD_NICE: '20' });
    expect(problems.join('\n')).toMatch(/EVALUATION_THREADS/);
    expect(problems.join('\n')).toMatch(/EVALUATION_THREAD_NICE/);
  });
});
