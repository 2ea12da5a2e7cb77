/**
 * Guard 3 over HTTP: APQ, trusted documents by documentId / APQ hash, enforce mode, GET.
 * The shipped manifest (src/client/generated/persisted-documents.json) is the one served.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';
import { createPersistedQueryLink } from '@apollo/client/link/persisted-queries';
import type { DocumentNode } from 'graphql';
import request from 'supertest';
import { CatalogsDocument } from '../../../src/client/generated/graphql';
import type { Env } from '../../../src/config';
import { startTestApi, type TestApi } from '../../helpers/app';
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
const manifest: Record<string, string> = JSON.parse(readFileSync(MANIFEST, 'utf8'));
/** The manifest id (`sha256:<hex>`) of the shipped operation `name`. */
const idOf = (name: string): string => {
  const id = Object.keys(manifest).find(key =>
    new RegExp(`(query|mutation) ${name}\\b`).test(manifest[key]),
  );
  if (!id) throw new Error(`no operation ${name} in the manifest`);
  return id;
};
const hexOf = (id: string) => id.replace(/^sha256:/, '');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const NO_CACHE = 'private, no-cache, must-revalidate';
/** A document no run has seen (so no APQ cache knows it). */
const freshQuery = () =>
  `query Probe_${randomBytes(6).toString('hex')} { catalogs { totalCount } }`;
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

const post = (api: TestApi, body: object) =>
  request(api.app).post('/graphql').set('content-type', 'application/json').send(body);
const get = (api: TestApi, params: Record<string, string>, headers: Record<string, string> = {}) =>
  request(api.app).get('/graphql').query(params).set(headers);
const PREFLIGHT = { 'apollo-require-preflight': 'true' };

async function withApi(env: Env, run: (api: TestApi) => Promise<void>): Promise<void> {
  const api = await startTestApi(SQLITE, env);
  try {
    await run(api);
  } finally {
    await api.close();
  }
}

describe('guard 3: persisted operations, allow mode (development default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, { PERSISTED_OPERATIONS_MANIFEST: MANIFEST });
  }, 60_000);
  afterAll(() => api.close());

  it('APQ: a miss asks for the query (200, never cached), registration, then a hit', async () => {
    const query = freshQuery();
    const miss = await post(api, { extensions: apq(sha256(query)) });
    expect(miss.status).toBe(200);
    expect(miss.headers['cache-control']).toBe(NO_CACHE);
    expect(miss.body.errors[0]).toMatchObject({
      message: 'PersistedQueryNotFound',
      extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
    });
    const registered = await post(api, { query, extensions: apq(sha256(query)) });
    expect(registered.status).toBe(200);
    expect(registered.body.data).toEqual({ catalogs: { totalCount: 0 } });
    const hit = await post(api, { extensions: apq(sha256(query)) });
    expect(hit.body.data).toEqual({ catalogs: { totalCount: 0 } });
    expect(hit.body.errors).toBeUndefined();
  });

  it('APQ: a hash that is not the sha256 of the query is refused (400)', async () => {
    const res = await post(api, { query: freshQuery(), extensions: apq(sha256('something else')) });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].message).toBe('provided sha does not match query');
  });

  it('APQ: a manifest hash runs the manifest document without registration', async () => {
    const res = await post(api, { extensions: apq(hexOf(idOf('Catalogs'))) });
    expect(res.status).toBe(200);
    expect(res.body.data.catalogs).toMatchObject({
      __typename: 'CatalogConnection',
      totalCount: 0,
    });
  });

  it('documentId: a manifest document runs (prefixed or bare sha256)', async () => {
    for (const documentId of [idOf('Catalogs'), hexOf(idOf('Catalogs'))]) {
      const res = await post(api, { documentId, variables: { first: 5 } });
      expect(res.status).toBe(200);
      expect(res.body.data.catalogs.totalCount).toBe(0);
    }
  });

  it('documentId: an unknown id is PERSISTED_QUERY_NOT_FOUND (200, never cached)', async () => {
    const res = await post(api, { documentId: `sha256:${sha256('nope')}` });
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe(NO_CACHE);
    expect(res.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect(res.body.errors[0].message).toMatch(/Send the full `query` instead/);
  });

  it('documentId together with a query is a bad request (400)', async () => {
    const res = await post(api, {
      documentId: idOf('Catalogs'),
      query: '{ catalogs { totalCount } }',
    });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('plain documents still run', async () => {
    expect((await api.gql('{ catalogs { totalCount } }')).body.data).toEqual({
      catalogs: { totalCount: 0 },
    });
  });

  it('GET: persisted queries by documentId or APQ extension (CDN-cacheable URLs)', async () => {
    const variables = JSON.stringify({ first: 2 });
    const byId = await get(api, { documentId: idOf('Catalogs'), variables }, PREFLIGHT);
    expect(byId.status).toBe(200);
    expect(byId.body.data.catalogs.totalCount).toBe(0);
    const extensions = JSON.stringify(apq(hexOf(idOf('Catalogs'))));
    const byHash = await get(
      api,
      { extensions, variables },
      { 'content-type': 'application/json' },
    );
    expect(byHash.status).toBe(200);
    expect(byHash.body.data.catalogs.totalCount).toBe(0);
  });

  it('GET: CSRF prevention needs a content-type: application/json or a preflight header', async () => {
    const res = await get(api, { documentId: idOf('Catalogs') });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/Cross-Site Request Forgery/);
  });

  it('GET: a persisted mutation is refused (405)', async () => {
    const res = await get(
      api,
      { documentId: idOf('DeleteCatalog'), variables: '{"name":"x"}' },
      PREFLIGHT,
    );
    expect(res.status).toBe(405);
  });
});

describe('guard 3: persisted operations, enforce mode (production default)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, {
      PERSISTED_OPERATIONS: 'enforce',
      PERSISTED_OPERATIONS_MANIFEST: MANIFEST,
    });
  }, 60_000);
  afterAll(() => api.close());

  const expectNotTrusted = (res: request.Response) => {
    expect(res.status).toBe(403);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors[0].extensions.code).toBe('OPERATION_NOT_TRUSTED');
    expect(res.body.errors[0].message).toMatch(
      /persisted document from the trusted-documents manifest/,
    );
    expect(res.headers['cache-control']).toBe(NO_CACHE);
  };

  it('runs manifest documents by documentId, by APQ hash and as their exact text', async () => {
    const id = idOf('Catalogs');
    for (const body of [
      { documentId: id },
      { extensions: apq(hexOf(id)) },
      { query: manifest[id] },
    ]) {
      const res = await post(api, body);
      expect(res.status).toBe(200);
      expect(res.body.data.catalogs.totalCount).toBe(0);
    }
  });

  it('runs a manifest mutation (and reports its domain errors as usual)', async () => {
    const res = await post(api, {
      documentId: idOf('DeleteCatalog'),
      variables: { name: 'missing' },
    });
    expect(res.body.errors[0].extensions.code).toBe('NOT_FOUND');
  });

  it('refuses any other document with OPERATION_NOT_TRUSTED (403), before it runs', async () => {
    expectNotTrusted(await post(api, { query: '{ catalogs { totalCount } }' }));
    expectNotTrusted(await post(api, { query: 'mutation { deleteCatalog(name: "x") }' }));
    // Refused before parsing: not even a syntax error is reported.
    expectNotTrusted(await post(api, { query: '{ this is not graphql' }));
  });

  it('refuses APQ registration and unknown hashes or ids', async () => {
    const query = freshQuery();
    expectNotTrusted(await post(api, { query, extensions: apq(sha256(query)) }));
    expectNotTrusted(await post(api, { extensions: apq(sha256(query)) }));
    expectNotTrusted(await post(api, { documentId: `sha256:${sha256(query)}` }));
    expectNotTrusted(await post(api, { documentId: 'x-custom:42' }));
  });

  it('serves GET persisted queries', async () => {
    const res = await get(api, { documentId: idOf('Catalogs') }, PREFLIGHT);
    expect(res.status).toBe(200);
    expect(res.body.data.catalogs.totalCount).toBe(0);
  });
});

describe('guard 3: the generated client against enforce mode', () => {
  it('Apollo Client with the persisted-query link runs generated documents by GET', async () => {
    await withApi(
      { PERSISTED_OPERATIONS: 'enforce', PERSISTED_OPERATIONS_MANIFEST: MANIFEST },
      async api => {
        const server: Server = createServer(api.app);
        await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
        const methods: string[] = [];
        const fetchSpy: typeof fetch = (input, init) => {
          methods.push(init?.method ?? 'GET');
          return fetch(input, init);
        };
        try {
          const { port } = server.address() as AddressInfo;
          const hash = (doc: DocumentNode) =>
            (doc as { __meta__?: { hash?: string } }).__meta__!.hash!.replace(/^sha256:/, '');
          const client = new ApolloClient({
            link: createPersistedQueryLink({
              generateHash: hash,
              useGETForHashedQueries: true,
            }).concat(new HttpLink({ uri: `http://127.0.0.1:${port}/graphql`, fetch: fetchSpy })),
            cache: new InMemoryCache(),
          });
          const { data } = await client.query({ query: CatalogsDocument, variables: { first: 5 } });
          expect(data.catalogs).toMatchObject({ __typename: 'CatalogConnection', totalCount: 0 });
          expect(methods).toEqual(['GET']); // one request: the hash was in the manifest
        } finally {
          await new Promise(resolve => server.close(resolve));
        }
      },
    );
  });
});

describe('guard 3: persisted operations off', () => {
  it('has no persisted documents and no APQ', async () => {
    await withApi({ PERSISTED_OPERATIONS: 'off' }, async api => {
      const byHash = await post(api, { extensions: apq(hexOf(idOf('Catalogs'))) });
      expect(byHash.status).toBe(200);
      expect(byHash.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
      const byId = await post(api, { documentId: idOf('Catalogs') });
      expect(byId.status).toBe(400);
      expect((await api.gql('{ catalogs { totalCount } }')).status).toBe(200);
    });
  });
});

describe('guard 3: the manifest is checked at start', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses to start on a tampered manifest', async () => {
    const path = join(dir, 'tampered.json');
    const id = idOf('Catalogs');
    writeFileSync(path, JSON.stringify({ [id]: manifest[id].replace('totalCount', 'itemCount') }));
    await expect(
      startTestApi(SQLITE, {
        PERSISTED_OPERATIONS: 'enforce',
        PERSISTED_OPERATIONS_MANIFEST: path,
      }),
    ).rejects.toThrow(/is not the sha256 of its document/);
  });
});
