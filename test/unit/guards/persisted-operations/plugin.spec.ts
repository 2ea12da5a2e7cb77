import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { buildSchema } from 'graphql';
import {
  createPersistedOperations,
  ManifestError,
  persistedOperationsPlugin,
  type PersistedDecision,
  type PersistedDocumentStore,
} from '../../../../src/guards/persisted-operations';
import { createApqCache } from '../../../../src/guards/persisted-operations/apq-cache';
import { documentIdOf, sha256Hex } from '../../../../src/guards/persisted-operations/document-id';

interface Ctx {
  persistedOperationId?: string;
}

const schema = buildSchema('type Query { hello: String, id: String }');
const DOC = 'query Hello { hello id }';
const ID = documentIdOf(DOC);
let calls = 0;
const rootValue = {
  hello: () => {
    calls += 1;
    return 'world';
  },
  id: (_: unknown, context: Ctx) => context.persistedOperationId ?? null,
};

async function serverWith(
  plugins: ApolloServerPlugin<Ctx>[],
  persistedQueries: false | undefined = false,
) {
  const server = new ApolloServer<Ctx>({ schema, rootValue, plugins, persistedQueries });
  await server.start();
  return server;
}

function single(result: Awaited<ReturnType<ApolloServer<Ctx>['executeOperation']>>) {
  if (result.body.kind !== 'single') throw new Error('expected a single result');
  return { status: result.http.status, headers: result.http.headers, ...result.body.singleResult };
}

describe('persistedOperationsPlugin (Apollo)', () => {
  beforeEach(() => {
    calls = 0;
  });

  it('swaps in the manifest document and puts its id on the context', async () => {
    const decisions: PersistedDecision[] = [];
    const plugin = persistedOperationsPlugin<Ctx>({
      mode: 'enforce',
      store: new Map([[ID, DOC]]),
      onDecision: d => decisions.push(d),
    });
    const server = await serverWith([plugin]);
    const res = single(
      await server.executeOperation(
        { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(DOC) } } },
        { contextValue: {} },
      ),
    );
    expect(res.data).toEqual({ hello: 'world', id: ID });
    expect(decisions).toEqual([{ action: 'run', id: ID, document: DOC }]);
    await server.stop();
  });

  it('swaps synchronously with a synchronous store: later plugins see the document', async () => {
    const seen: (string | undefined)[] = [];
    const spy: ApolloServerPlugin<Ctx> = {
      async requestDidStart({ request }) {
        seen.push(request.query);
      },
    };
    const plugin = persistedOperationsPlugin<Ctx>({ mode: 'allow', store: new Map([[ID, DOC]]) });
    const server = await serverWith([plugin, spy]);
    const ext = { persistedQuery: { version: 1, sha256Hash: sha256Hex(DOC) } };
    await server.executeOperation({ extensions: ext }, { contextValue: {} });
    expect(seen).toEqual([DOC]);
    await server.stop();
  });

  it('works with an asynchronous store', async () => {
    const store: PersistedDocumentStore = { get: async id => (id === ID ? DOC : undefined) };
    const server = await serverWith([persistedOperationsPlugin<Ctx>({ mode: 'enforce', store })]);
    const ext = { persistedQuery: { version: 1, sha256Hash: sha256Hex(DOC) } };
    expect(
      single(await server.executeOperation({ extensions: ext }, { contextValue: {} })).data,
    ).toEqual({
      hello: 'world',
      id: ID,
    });
    await server.stop();
  });

  it('refuses before execution with status, code and no-cache headers', async () => {
    const plugin = persistedOperationsPlugin<Ctx>({ mode: 'enforce', store: new Map() });
    const server = await serverWith([plugin]);
    const res = single(await server.executeOperation({ query: '{ hello }' }, { contextValue: {} }));
    expect(calls).toBe(0);
    expect(res.status).toBe(403);
    expect(res.headers.get('cache-control')).toBe('private, no-cache, must-revalidate');
    expect(res.errors?.[0].extensions).toEqual({ code: 'OPERATION_NOT_TRUSTED' });
    await server.stop();
  });

  it("consumes the APQ extension it served, so Apollo's APQ neither looks up nor registers", async () => {
    const cache = new InMemoryLRUCache<string>();
    const plugin = persistedOperationsPlugin<Ctx>({ mode: 'allow', store: new Map([[ID, DOC]]) });
    const server = new ApolloServer<Ctx>({
      schema,
      rootValue,
      plugins: [plugin],
      persistedQueries: { cache },
    });
    await server.start();
    const ext = { persistedQuery: { version: 1, sha256Hash: sha256Hex(DOC) } };
    await server.executeOperation({ query: DOC, extensions: ext }, { contextValue: {} });
    await new Promise(r => setImmediate(r));
    expect(cache.keys()).toEqual([]);
    await server.stop();
  });
});

describe('createPersistedOperations (from the config)', () => {
  let dir: string;
  let manifestPath: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-po-'));
    manifestPath = join(dir, 'manifest.json');
    writeFileSync(manifestPath, JSON.stringify({ [ID]: DOC }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const config = (mode: 'off' | 'allow' | 'enforce', path = manifestPath) => ({
    mode,
    manifestPath: path,
    apqCacheSize: 10,
  });

  it('off: no plugin, APQ off', () => {
    expect(createPersistedOperations(config('off'), { redisUrl: null })).toEqual({
      plugins: [],
      persistedQueries: false,
    });
  });

  it('enforce: the plugin, APQ off', () => {
    const po = createPersistedOperations(config('enforce'), { redisUrl: null });
    expect(po.plugins).toHaveLength(1);
    expect(po.persistedQueries).toBe(false);
  });

  it('allow: the plugin, APQ on with a bounded in-memory cache; a missing manifest is empty', () => {
    const po = createPersistedOperations(config('allow', join(dir, 'none.json')), {
      redisUrl: null,
    });
    expect(po.plugins).toHaveLength(2);
    expect(po.persistedQueries).toMatchObject({ cache: expect.any(InMemoryLRUCache) });
  });

  it('refuses a missing manifest in enforce mode and a tampered one in any mode', () => {
    expect(() =>
      createPersistedOperations(config('enforce', join(dir, 'none.json')), { redisUrl: null }),
    ).toThrow(ManifestError);
    const tampered = join(dir, 'tampered.json');
    writeFileSync(tampered, JSON.stringify({ [ID]: `${DOC} ` }));
    expect(() => createPersistedOperations(config('allow', tampered), { redisUrl: null })).toThrow(
      /is not the sha256 of its document/,
    );
  });
});

describe('createApqCache', () => {
  it('bounds the in-memory cache by entries', async () => {
    const { persistedQueries, kind } = createApqCache({ redisUrl: null, maxEntries: 2 });
    expect(kind).toBe('memory');
    for (const key of ['a', 'b', 'c']) await persistedQueries.cache.set(key, key);
    expect(await persistedQueries.cache.get('a')).toBeUndefined();
    expect(await persistedQueries.cache.get('c')).toBe('c');
  });

  it('degrades to misses when Redis is down, reporting the error once per interval', async () => {
    const errors: unknown[] = [];
    const apq = createApqCache({
      redisUrl: 'redis://127.0.0.1:1',
      connectTimeoutMs: 200,
      onError: e => errors.push(e),
    });
    expect(apq.kind).toBe('redis');
    expect(await apq.persistedQueries.cache.get('apq:x')).toBeUndefined();
    expect(errors).toHaveLength(1);
    await apq.close();
    await apq.close(); // idempotent
  });
});
