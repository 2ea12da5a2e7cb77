import request from 'supertest';
import { errorCode, errorMessage, expectError, issuesOf, ok, startApi } from '../../fixtures/api';
import {
  aCatalog,
  anItem,
  aRuleSet,
  aSchema,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_RULE_SET,
  CREATE_SCHEMA,
} from '../../fixtures/builders';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

/** Names refused by CatalogName / ResourceName (docs/semantics.md §2), each with what it tries. */
const BAD_NAMES: [string, string][] = [
  ['path traversal', '../x'],
  ['dot-dot', '..'],
  ['a slash', 'a/b'],
  ['a backslash', 'a\\b'],
  ['a space', 'a b'],
  ['101 characters', 'n'.repeat(101)],
  ['empty', ''],
  ['a NUL byte', 'nul\u0000'],
  ['a fullwidth look-alike', '\uff43atalog'],
  ['a Cyrillic look-alike', '\u0441\u0430t'],
  ['an accented letter', 'caf\u00e9'],
];

/** Every place a name is read, as (document with a literal, document with variable $n). */
const NAME_ARGUMENTS: [string, (literal: string) => string, string][] = [
  [
    'catalog(name)',
    n => `{ catalog(name: ${n}) { name } }`,
    'query($n: CatalogName!) { catalog(name: $n) { name } }',
  ],
  [
    'schema(name)',
    n => `{ schema(name: ${n}) { name } }`,
    'query($n: ResourceName!) { schema(name: $n) { name } }',
  ],
  [
    'ruleSet(name)',
    n => `{ ruleSet(name: ${n}) { name } }`,
    'query($n: ResourceName!) { ruleSet(name: $n) { name } }',
  ],
  [
    'clusterRuleSet(name)',
    n => `{ clusterRuleSet(name: ${n}) { name } }`,
    'query($n: ResourceName!) { clusterRuleSet(name: $n) { name } }',
  ],
  [
    'evaluateMatrix(catalogName)',
    n => `{ evaluateMatrix(catalogName: ${n}, ruleSetName: "rules") { summary { totalPairs } } }`,
    'query($n: CatalogName!) { evaluateMatrix(catalogName: $n, ruleSetName: "rules") { summary { totalPairs } } }',
  ],
  [
    'evaluateClusters(clusterRuleSetName)',
    n => `{ evaluateClusters(catalogName: "closet", clusterRuleSetName: ${n}) { totalClusters } }`,
    'query($n: ResourceName!) { evaluateClusters(catalogName: "closet", clusterRuleSetName: $n) { totalClusters } }',
  ],
  [
    'exportCatalog(name)',
    n => `{ exportCatalog(name: ${n}) { document } }`,
    'query($n: CatalogName!) { exportCatalog(name: $n) { document } }',
  ],
  [
    'deleteCatalog(name)',
    n => `mutation { deleteCatalog(name: ${n}) }`,
    'mutation($n: CatalogName!) { deleteCatalog(name: $n) }',
  ],
  [
    'createItem(catalogName)',
    n =>
      `mutation { createItem(catalogName: ${n}, input: { id: "a", name: "a", attributes: {} }) { id } }`,
    'mutation($n: CatalogName!) { createItem(catalogName: $n, input: { id: "a", name: "a", attributes: {} }) { id } }',
  ],
  [
    'createSchema(input.name)',
    n =>
      `mutation { createSchema(input: { name: ${n}, version: "1.0.0", dimensions: [] }) { name } }`,
    'mutation($n: ResourceName!) { createSchema(input: { name: $n, version: "1.0.0", dimensions: [] }) { name } }',
  ],
  [
    'createRuleSet(input.schemaName)',
    n =>
      `mutation { createRuleSet(input: { name: "r", version: "1.0.0", schemaName: ${n}, rules: [] }) { name } }`,
    'mutation($n: ResourceName!) { createRuleSet(input: { name: "r", version: "1.0.0", schemaName: $n, rules: [] }) { name } }',
  ],
];

/** A GraphQL string literal (JSON escapes are GraphQL escapes too). */
const literal = (s: string) => JSON.stringify(s);

describeEachDatabase('API: errors (codes and HTTP statuses)', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_RULE_SET, { input: aRuleSet() }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog() }));
    ok(await api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('s1') }));
  }, 60_000);
  afterAll(() => api.close());

  describe('names are refused before any lookup: BAD_USER_INPUT (400)', () => {
    it.each(BAD_NAMES)(
      '%s (%j), as a literal and as a variable, everywhere a name is read',
      async (_what, name) => {
        for (const [where, withLiteral, withVariable] of NAME_ARGUMENTS) {
          for (const res of [
            await api.gql(withLiteral(literal(name))),
            await api.gql(withVariable, { n: name }),
          ]) {
            expect({ where, status: res.status, code: errorCode(res) }).toEqual({
              where,
              status: 400,
              code: 'BAD_USER_INPUT',
            });
            expect(res.body.data ?? null).toBeNull();
            expect(errorMessage(res)).toMatch(/Invalid (CatalogName|ResourceName)/);
          }
        }
        expect(
          ok(await api.gql<{ catalogs: { totalCount: number } }>('{ catalogs { totalCount } }'))
            .catalogs.totalCount,
        ).toBe(1);
      },
    );

    it('says what is wrong: too long, empty, or which characters are allowed', async () => {
      const msg = async (n: string) =>
        errorMessage(
          await api.gql('query($n: CatalogName!) { catalog(name: $n) { name } }', { n }),
        );
      expect(await msg('n'.repeat(101))).toContain('at most 100 characters');
      expect(await msg('')).toContain('must not be empty');
      expect(await msg('../x')).toContain('A-Z a-z 0-9 _ -');
      expect(await msg('../x')).toContain('"../x"');
    });

    it('accepts every allowed character and exactly 100 characters', async () => {
      for (const name of ['A-z_0-9', 'n'.repeat(100), '-', '_']) {
        const res = await api.gql<{ catalog: null }>(
          'query($n: CatalogName!) { catalog(name: $n) { name } }',
          { n: name },
        );
        expect(ok(res)).toEqual({ catalog: null });
      }
    });

    it('refuses a non-string name (a number literal, a number variable)', async () => {
      expectError(await api.gql('{ catalog(name: 12) { name } }'), 'BAD_USER_INPUT', 400);
      expectError(
        await api.gql('query($n: CatalogName!) { catalog(name: $n) { name } }', { n: 12 }),
        'BAD_USER_INPUT',
        400,
      );
    });
  });

  describe('one code and one status per kind of problem', () => {
    it('GRAPHQL_PARSE_FAILED (400) for a document that does not parse', async () => {
      const res = await api.gql('{ catalogs { totalCount }');
      expectError(res, 'GRAPHQL_PARSE_FAILED', 400);
      expect(res.body.data).toBeUndefined();
    });

    it('GRAPHQL_VALIDATION_FAILED (400) for unknown fields, missing arguments and bad enum values', async () => {
      for (const query of [
        '{ catalogs { nope } }',
        '{ catalog { name } }',
        'mutation { importAll(file: null, onConflict: MERGE) { warnings } }',
        '{ evaluatePair(catalogName: "closet", ruleSetName: "garment_rules", item1Id: "s1") { compatible } }',
      ]) {
        const res = await api.gql(query);
        expectError(res, 'GRAPHQL_VALIDATION_FAILED', 400);
        expect(res.body.data).toBeUndefined();
      }
    });

    it('BAD_USER_INPUT (400) for a variable of the wrong type and for arguments out of range', async () => {
      expectError(
        await api.gql('query($f: Int) { catalogs(first: $f) { totalCount } }', { f: 'ten' }),
        'BAD_USER_INPUT',
        400,
      );
      expectError(await api.gql('{ catalogs(first: 5000) { totalCount } }'), 'BAD_USER_INPUT', 400);
      expectError(
        await api.gql('{ catalogs(after: "garbage") { totalCount } }'),
        'BAD_USER_INPUT',
        400,
      );
    });

    it('NOT_FOUND (200) with data null for a non-null field, and a hint how to fix it', async () => {
      const res = await api.gql(
        '{ evaluateMatrix(catalogName: "nowhere", ruleSetName: "garment_rules") { summary { totalPairs } } }',
      );
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0].path).toEqual(['evaluateMatrix']);
      expect(errorMessage(res)).toBe(
        'Catalog "nowhere" does not exist. Create it with createCatalog or importCatalogs.',
      );
      expect(res.body.errors![0].extensions).toMatchObject({ kind: 'Catalog', name: 'nowhere' });
    });

    it('NOT_FOUND keeps the data of sibling fields when the failing field is nullable', async () => {
      const res = await api.gql<{ a: { name: string }; b: unknown }>(
        '{ a: catalog(name: "closet") { name } b: catalog(name: "closet") { item(id: "s1") { id } } }',
      );
      expect(ok(res)).toEqual({ a: { name: 'closet' }, b: { item: { id: 's1' } } });
    });

    it('CONFLICT (409) for a taken name', async () => {
      const res = await api.gql(CREATE_CATALOG, { input: aCatalog() });
      expectError(res, 'CONFLICT', 409);
      expect(errorMessage(res)).toContain('choose another name or use updateCatalog');
    });

    it('UNPROCESSABLE (422) with every issue as {path, code, message}', async () => {
      const res = await api.gql(CREATE_ITEM, {
        catalog: 'closet',
        input: { id: 'x', name: 'x', attributes: { category: 'sock', formality: 'high' } },
      });
      expectError(res, 'UNPROCESSABLE', 422);
      const issues = issuesOf(res);
      expect(issues).toHaveLength(2);
      for (const issue of issues) {
        expect(Object.keys(issue).sort()).toEqual(['code', 'message', 'path']);
        expect(issue.message).toMatch(/must be/);
        expect(errorMessage(res)).toContain(issue.path);
      }
    });

    it('every error of a failing request carries extensions.code', async () => {
      const responses: GraphQLResponse[] = [
        await api.gql('{'),
        await api.gql('{ nope }'),
        await api.gql('mutation { deleteSchema(name: "nope") }'),
        await api.gql('mutation { deleteSchema(name: "garments") }'),
        await api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('s1') }),
      ];
      expect(responses.map(r => [r.status, errorCode(r)])).toEqual([
        [400, 'GRAPHQL_PARSE_FAILED'],
        [400, 'GRAPHQL_VALIDATION_FAILED'],
        [200, 'NOT_FOUND'],
        [409, 'CONFLICT'],
        [409, 'CONFLICT'],
      ]);
      for (const r of responses)
        expect(r.body.errors!.every(e => typeof e.extensions?.code === 'string')).toBe(true);
    });
  });

  describe('guards and limits', () => {
    let limited: TestApi;
    beforeAll(async () => {
      limited = await startApi(database, { MAX_QUERY_DEPTH: '4', MAX_REQUEST_SIZE_MB: '0.01' });
    }, 60_000);
    afterAll(() => limited.close());

    it('DEPTH_LIMIT_EXCEEDED (400) over MAX_QUERY_DEPTH', async () => {
      ok(await limited.gql('{ catalogs { edges { node { name } } } }'));
      const res = await limited.gql(
        '{ catalogs { edges { node { schema { dimensions { name } } } } } }',
      );
      expectError(res, 'DEPTH_LIMIT_EXCEEDED', 400);
    });

    it('DOCUMENT_LIMIT_EXCEEDED (400) for too many aliases', async () => {
      const aliases = Array.from({ length: 31 }, (_, k) => `a${k}: catalogs { totalCount }`).join(
        ' ',
      );
      expectError(await limited.gql(`{ ${aliases} }`), 'DOCUMENT_LIMIT_EXCEEDED', 400);
    });

    it('PAYLOAD_TOO_LARGE (413) for a JSON body over MAX_REQUEST_SIZE_MB', async () => {
      const res = await limited.gql('query($x: String) { catalogs { totalCount } }', {
        x: 'x'.repeat(20_000),
      });
      expect(res.status).toBe(413);
      expect(errorCode(res)).toBe('PAYLOAD_TOO_LARGE');
    });

    it('RATE_LIMITED (429) with Retry-After past the global request limit', async () => {
      const throttled = await startTestApi(database, { RATE_LIMIT_REQUESTS_PER_MINUTE: '3' });
      try {
        const statuses: number[] = [];
        let last: GraphQLResponse | undefined;
        for (let k = 0; k < 4; k++) {
          last = await throttled.gql('{ catalogs { totalCount } }');
          statuses.push(last.status);
        }
        expect(statuses).toEqual([200, 200, 200, 429]);
        expect(errorCode(last!)).toBe('RATE_LIMITED');
        expect(Number(last!.headers['retry-after'])).toBeGreaterThan(0);
      } finally {
        await throttled.close();
      }
    });
  });

  describe('INTERNAL_SERVER_ERROR (500)', () => {
    it('is answered 500 with a request id; outside development the message is masked', async () => {
      for (const env of [
        {},
        { ENVIRONMENT: 'staging', ALLOWED_HOSTS: '*', PERSISTED_OPERATIONS: 'off' },
      ]) {
        const broken = await startApi(database, env);
        try {
          await broken.db.orm.close(true);
          const res = await request(broken.app)
            .post('/graphql')
            .set('content-type', 'application/json')
            .set('x-request-id', 'req-12345')
            .send({ query: '{ catalog(name: "closet") { name } }' });
          expect(res.status).toBe(500);
          const error = res.body.errors[0];
          expect(error.extensions.code).toBe('INTERNAL_SERVER_ERROR');
          expect(error.extensions.requestId).toBe('req-12345');
          if ('ENVIRONMENT' in env) {
            expect(error.message).toBe(
              'Internal server error. Quote request id req-12345 when reporting it.',
            );
            expect(error.extensions.stacktrace).toBeUndefined();
            expect(JSON.stringify(res.body)).not.toMatch(/select|knex|sqlite|postgres/i);
          }
        } finally {
          await broken.close().catch(() => undefined);
        }
      }
    });
  });
});
