/**
 * Floods of validation errors are cut short (graphql-cop's "directive overloading": ten
 * repeated unknown directives must not come back as ten errors), and a multipart request that
 * maps more files than an operation takes is a malformed request (400), not a large one.
 */
import request from 'supertest';
import { startTestApi, type TestApi } from '../../helpers/app';
import { SQLITE } from '../../helpers/orm';
import { MAX_VALIDATION_ERRORS } from '../../../src/guards';

describe('validation error floods and malformed multipart maps', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, { RATE_LIMIT_ENABLED: 'false' });
  }, 60_000);
  afterAll(() => api.close());

  it('answers ten repeated unknown directives (graphql-cop) with one error', async () => {
    const res = await api.gql('query { __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }');
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('DOCUMENT_LIMIT_EXCEEDED');
    expect(res.body.errors?.[0]?.message).toMatch(/@aa/);
  });

  it('answers a repeated known directive with one error too', async () => {
    const res = await api.gql(
      'query { __typename @skip(if: false) @skip(if: false) @skip(if: false) }',
    );
    expect(res.status).toBe(400);
    expect(res.body.errors).toHaveLength(1);
  });

  it('stops validating a flood of other errors after a few', async () => {
    const fields = Array.from({ length: 50 }, (_, i) => `nope${i}`).join(' ');
    const res = await api.gql(`{ ${fields} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors!.length).toBeLessThanOrEqual(MAX_VALIDATION_ERRORS + 1);
  });

  it('still reports every error of an ordinary invalid document up to the limit', async () => {
    const res = await api.gql('{ nope }');
    expect(res.body.errors).toHaveLength(1);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers 400 when the multipart map names two files', async () => {
    const operations = JSON.stringify({
      query: 'mutation($file: Upload!) { importAll(file: $file) { catalogs { created } } }',
      variables: { file: null },
    });
    const res = await request(api.app)
      .post('/graphql')
      .set('Apollo-Require-Preflight', 'true')
      .field('operations', operations)
      .field('map', JSON.stringify({ 0: ['variables.file'], 1: ['variables.file'] }))
      .attach('0', Buffer.from('{}'), 'a.json')
      .attach('1', Buffer.from('{}'), 'b.json');
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    expect(res.body.errors?.[0]?.message).toMatch(/one file/);
  });
});
