import request from 'supertest';
import { SQLITE } from '../../helpers/orm';
import { startTestApi, type TestApi } from '../../helpers/app';

const QUERY = '{ catalogs { totalCount } }';
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: catalogs { totalCount }`).join(' ')} }`;

describe('guard 4: document limits over HTTP', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, {
      MAX_QUERY_DEPTH: '3',
      MAX_ALIASES: '3',
      MAX_DIRECTIVES: '2',
      MAX_TOKENS: '60',
      RATE_LIMIT_ENABLED: 'false',
    });
  }, 60_000);
  afterAll(() => api.close());

  it('accepts documents within every limit', async () => {
    const res = await api.gql(`{ catalogs { edges { node { name } } } }`);
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
  });

  it('depth: 400 DEPTH_LIMIT_EXCEEDED (graphql-depth-limit)', async () => {
    const res = await api.gql(`query Deep { catalogs { edges { node { schema { name } } } } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]).toMatchObject({
      message:
        'Operation "Deep" is nested deeper than 3 levels (MAX_QUERY_DEPTH); ask for fewer nested fields.',
      extensions: { code: 'DEPTH_LIMIT_EXCEEDED', limit: 3 },
    });
  });

  it('aliases: 400 DOCUMENT_LIMIT_EXCEEDED', async () => {
    expect((await api.gql(aliases(3))).status).toBe(200);
    const res = await api.gql(aliases(4));
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions).toMatchObject({
      code: 'DOCUMENT_LIMIT_EXCEEDED',
      limit: 3,
      actual: 4,
    });
    expect(res.body.errors?.[0].message).toMatch(/uses 4 aliases; at most 3 .*MAX_ALIASES/);
  });

  it('directives: 400 DOCUMENT_LIMIT_EXCEEDED', async () => {
    const res = await api.gql(
      '{ catalogs @include(if: true) { totalCount @skip(if: false) pageInfo @skip(if: false) { hasNextPage } } }',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('DOCUMENT_LIMIT_EXCEEDED');
    expect(res.body.errors?.[0].message).toMatch(/MAX_DIRECTIVES/);
  });

  it("tokens: Apollo's parseOptions.maxTokens leaves as 400 DOCUMENT_LIMIT_EXCEEDED", async () => {
    const res = await api.gql(`{ ${'catalogs { totalCount } '.repeat(20)} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]).toMatchObject({
      message:
        'The document has more than 60 tokens (MAX_TOKENS); send a smaller document or split the operation.',
      extensions: { code: 'DOCUMENT_LIMIT_EXCEEDED', limit: 60 },
    });
  });

  it('batching is off by default: an array body is refused with 400', async () => {
    const res = await request(api.app)
      .post('/graphql')
      .send([{ query: QUERY }, { query: QUERY }]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0]).toMatchObject({
      message: 'Batched requests are turned off (BATCHING=false): send one operation per request.',
      extensions: { code: 'DOCUMENT_LIMIT_EXCEEDED' },
    });
  });

  it('a plain syntax error stays GRAPHQL_PARSE_FAILED', async () => {
    const res = await api.gql('{ catalogs ');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('guard 4: batching when turned on', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, { BATCHING: 'true', MAX_BATCH_SIZE: '2' });
  }, 60_000);
  afterAll(() => api.close());

  it('runs batches up to MAX_BATCH_SIZE', async () => {
    const res = await request(api.app)
      .post('/graphql')
      .send([{ query: QUERY }, { query: QUERY }]);
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(2);
    expect(res.body[1].data.catalogs.totalCount).toBe(0);
  });

  it('refuses a longer batch with 400 DOCUMENT_LIMIT_EXCEEDED before Apollo runs it', async () => {
    const res = await request(api.app)
      .post('/graphql')
      .send([{ query: QUERY }, { query: QUERY }, { query: QUERY }]);
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions).toEqual({
      code: 'DOCUMENT_LIMIT_EXCEEDED',
      limit: 2,
      actual: 3,
    });
  });
});
