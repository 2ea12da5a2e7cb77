/**
 * The whole app (express + Apollo + services) over a fresh migrated database, spoken to over
 * real HTTP with supertest:
 *
 *   describeEachDatabase('catalogs API', (database) => {
 *     let api: TestApi;
 *     beforeAll(async () => { api = await startTestApi(database); }, 60_000);
 *     afterAll(() => api.close());
 *     it('...', async () => { const res = await api.gql('{ catalogs { totalCount } }'); ... });
 *   });
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { createApp, type AppDeps, type RulateApp } from '../../src/app';
import type { AppListener } from '../../src/http/server-objects';
import type { Env } from '../../src/config';
import { createLogger } from '../../src/observability/logging/logger';
import { EngineCache } from '../../src/services';
import { SQLITE, type TestDatabaseKind, type TestOrm } from './orm';

export interface GraphQLResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: {
    data?: T | null;
    errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
    extensions?: Record<string, unknown>;
  };
}

export interface TestApi {
  /** The app's request listener (RulateApp.app). */
  readonly app: AppListener;
  readonly db: TestOrm;
  readonly rulate: RulateApp;
  /** POST /graphql with a JSON body. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<GraphQLResponse<T>>;
  /** A multipart upload (GraphQL multipart request spec) of `content` as variable `$file`. */
  upload<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown>,
    content: string | Buffer,
    filename?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Imports a JSON document with importAll (throws when the import fails). */
  importAll(document: unknown): Promise<void>;
  close(): Promise<void>;
}

const EXAMPLES = join(__dirname, '..', '..', 'examples');

/** The parsed example document `wardrobe-v1` or `wardrobe-v2`. */
export function example(name: 'wardrobe-v1' | 'wardrobe-v2'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(EXAMPLES, `${name}.json`), 'utf8'));
}

/**
 * Starts the app over a fresh database of the given kind (SQLite in memory by default);
 * `deps` overrides app dependencies (e.g. `{ guards: { rateLimitStore } }`).
 */
export async function startTestApi(
  database: TestDatabaseKind = SQLITE,
  env: Env = {},
  deps: Pick<AppDeps, 'guards' | 'metrics' | 'errorTracker'> = {},
): Promise<TestApi> {
  const db = await database.fresh({ env });
  const logger = createLogger({ level: 'silent', environment: db.config.environment });
  const rulate = await createApp({
    config: db.config,
    logger,
    orm: db.orm,
    version: 'test',
    cache: new EngineCache(),
    ...deps,
  }).catch(async (error: unknown) => {
    await db.cleanup(); // a failed start must not leave the database open
    throw error;
  });
  const app = rulate.app;
  const wrap = (res: request.Response): GraphQLResponse => ({
    status: res.status,
    headers: res.headers as Record<string, string>,
    body: res.body,
  });
  const api: TestApi = {
    app,
    db,
    rulate,
    async gql(query, variables, headers = {}) {
      const res = await request(app)
        .post('/graphql')
        .set('content-type', 'application/json')
        .set(headers)
        .send({ query, variables });
      return wrap(res) as never;
    },
    async upload(query, variables, content, filename = 'document.json') {
      const operations = JSON.stringify({ query, variables: { ...variables, file: null } });
      const res = await request(app)
        .post('/graphql')
        .set('Apollo-Require-Preflight', 'true')
        .field('operations', operations)
        .field('map', JSON.stringify({ 0: ['variables.file'] }))
        .attach('0', Buffer.isBuffer(content) ? content : Buffer.from(content), filename);
      return wrap(res) as never;
    },
    async importAll(document) {
      const res = await api.upload(
        'mutation($file: Upload!) { importAll(file: $file) { catalogs { created } } }',
        {},
        JSON.stringify(document),
      );
      if (res.body.errors?.length)
        throw new Error(`importAll failed: ${JSON.stringify(res.body.errors)}`);
    },
    async close() {
      await rulate.stop();
      await db.cleanup();
    },
  };
  return api;
}
