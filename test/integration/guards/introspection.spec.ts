import { SQLITE } from '../../helpers/orm';
import { startTestApi, type TestApi } from '../../helpers/app';

const INTROSPECTION = '{ __schema { queryType { name } } }';
const TYPO = '{ catalogz { totalCount } }';

describe('guard 4: introspection and field suggestions in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE, {
      ENVIRONMENT: 'production',
      PERSISTED_OPERATIONS: 'allow', // this suite is about guard 4, not the safelist
    });
  }, 60_000);
  afterAll(() => api.close());

  it('refuses introspection with 400', async () => {
    const res = await api.gql(INTROSPECTION);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0].message).toMatch(/introspection/i);
  });

  it('gives no "Did you mean" suggestions', async () => {
    const res = await api.gql(TYPO);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].message).toContain('Cannot query field "catalogz"');
    expect(res.body.errors?.[0].message).not.toMatch(/Did you mean/);
  });

  it('applies the production Host allow-list by default (local names)', async () => {
    expect(api.db.config.http.allowedHosts).not.toContain('*');
    expect((await api.gql('{ catalogs { totalCount } }')).status).toBe(200);
    const res = await api.gql('{ catalogs { totalCount } }', {}, { Host: 'rulate.example.com' });
    expect(res.status).toBe(400);
  });
});

describe('guard 4: development defaults', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(SQLITE);
  }, 60_000);
  afterAll(() => api.close());

  it('allows introspection and suggests fields', async () => {
    const intro = await api.gql<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(intro.body.data?.__schema.queryType.name).toBe('Query');
    const typo = await api.gql(TYPO);
    expect(typo.body.errors?.[0].message).toMatch(/Did you mean "catalog/);
  });

  it('can turn both off explicitly (INTROSPECTION=false, FIELD_SUGGESTIONS=false)', async () => {
    const strict = await startTestApi(SQLITE, {
      INTROSPECTION: 'false',
      FIELD_SUGGESTIONS: 'false',
    });
    try {
      expect((await strict.gql(INTROSPECTION)).status).toBe(400);
      expect((await strict.gql(TYPO)).body.errors?.[0].message).not.toMatch(/Did you mean/);
    } finally {
      await strict.close();
    }
  });
});
