import {
  expectError,
  errorMessage,
  issuePaths,
  ok,
  startApi,
  walk,
  type Connection,
} from '../../fixtures/api';
import {
  aCatalog,
  aClusterRuleSet,
  anItem,
  aRuleSet,
  aSchema,
  CREATE_CATALOG,
  CREATE_CLUSTER_RULE_SET,
  CREATE_ITEM,
  CREATE_RULE_SET,
  CREATE_SCHEMA,
  garmentDimensions,
  SCHEMA_FIELDS,
  UPDATE_SCHEMA,
} from '../../fixtures/builders';
import type { TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

interface SchemaNode {
  name: string;
  version: string;
  description: string | null;
  dimensions: Record<string, unknown>[];
  createdAt: string;
  updatedAt: string;
}

const GET = `query($name: ResourceName!) { schema(name: $name) { ${SCHEMA_FIELDS} } }`;
const LIST = `query($first: Int, $after: String) { schemas(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }`;
const DELETE = 'mutation($name: ResourceName!) { deleteSchema(name: $name) }';

describeEachDatabase('API: schemas', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database);
  }, 60_000);
  afterAll(() => api.close());

  const get = async (name: string) =>
    ok(await api.gql<{ schema: SchemaNode | null }>(GET, { name })).schema;

  it('creates a schema with every dimension type and reads it back unchanged', async () => {
    const dimensions = [
      { name: 'label', type: 'STRING', required: true, description: 'shown to users' },
      { name: 'size', type: 'INTEGER', min: 0, max: 60 },
      { name: 'weight', type: 'FLOAT', min: 0.5, max: 9.5 },
      { name: 'washable', type: 'BOOLEAN' },
      { name: 'fit', type: 'ENUM', values: ['slim', 'regular'] },
      { name: 'tags', type: 'LIST', itemType: 'string' },
      { name: 'layers', type: 'PART_LAYER_LIST', partVocabulary: ['torso', 'legs'] },
    ];
    const created = ok(
      await api.gql<{ createSchema: SchemaNode }>(CREATE_SCHEMA, {
        input: aSchema({ name: 'everything', version: '2.10.0', dimensions }),
      }),
    ).createSchema;
    const unset = {
      required: false,
      description: null,
      values: null,
      min: null,
      max: null,
      itemType: null,
      partVocabulary: null,
    };
    expect(created).toMatchObject({
      name: 'everything',
      version: '2.10.0',
      description: 'test schema',
      dimensions: dimensions.map(d => ({ ...unset, ...d })),
    });
    expect(Date.parse(created.createdAt)).not.toBeNaN();
    expect(created.updatedAt).toBe(created.createdAt);
    expect(await get('everything')).toEqual(created);
  });

  it('refuses a duplicate name with CONFLICT (409) and keeps the original', async () => {
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'dup', version: '1.0.0' }) }));
    const res = await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'dup', version: '9.9.9' }) });
    expectError(res, 'CONFLICT', 409);
    expect(res.body.data).toBeNull();
    expect(errorMessage(res)).toContain('"dup" already exists');
    expect((await get('dup'))?.version).toBe('1.0.0');
  });

  it('refuses an invalid definition with every problem and its path (422), writing nothing', async () => {
    const res = await api.gql(CREATE_SCHEMA, {
      input: aSchema({
        name: 'broken',
        version: '1.0',
        dimensions: [
          { name: 'a', type: 'ENUM', values: [] },
          { name: 'a', type: 'INTEGER', min: 5, max: 1 },
          { name: 'l', type: 'LIST' },
          { name: 'bad name', type: 'STRING' },
        ],
      }),
    });
    expectError(res, 'UNPROCESSABLE', 422);
    const paths = issuePaths(res);
    for (const prefix of [
      'input.version',
      'input.dimensions[0]',
      'input.dimensions[1]',
      'input.dimensions[2]',
      'input.dimensions[3]',
    ]) {
      expect(paths.some(p => p.startsWith(prefix))).toBe(true);
    }
    expect(await get('broken')).toBeNull();
  });

  it('answers null for an unknown schema (200, no error)', async () => {
    const res = await api.gql<{ schema: unknown }>(GET, { name: 'nowhere' });
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ schema: null });
    expect(res.body.errors).toBeUndefined();
  });

  describe('paging', () => {
    const names = ['page_a', 'page_b', 'page_c', 'page_d', 'page_e'];
    beforeAll(async () => {
      for (const name of names) ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name }) }));
    });

    const list = async (first: number | null, after: string | null) =>
      api.gql<{ schemas: Connection<{ name: string }> }>(LIST, { first, after });

    it('pages through every schema in creation order with opaque cursors', async () => {
      const everything = ok(await list(1000, null)).schemas;
      expect(everything.pageInfo.hasNextPage).toBe(false);
      const all = everything.edges.map(e => e.node.name);
      expect(all.slice(-names.length)).toEqual(names);
      expect(everything.totalCount).toBe(all.length);
      const { nodes, pages } = await walk(async after => ok(await list(2, after)).schemas);
      expect(nodes.map(n => n.name)).toEqual(all);
      expect(pages.length).toBe(Math.ceil(all.length / 2));
      expect(pages.slice(0, -1).every(p => p.edges.length === 2 && p.pageInfo.hasNextPage)).toBe(
        true,
      );
      for (const edge of pages.flatMap(p => p.edges)) expect(edge.cursor).not.toContain('page_');
    });

    it('defaults to 50 and answers an empty page for first: 0', async () => {
      const page = ok(await list(null, null)).schemas;
      expect(page.edges.length).toBe(Math.min(50, page.totalCount));
      const empty = ok(await list(0, null)).schemas;
      expect(empty.edges).toEqual([]);
      expect(empty.pageInfo).toEqual({ hasNextPage: true, endCursor: null });
    });

    it('refuses first above 1000 or negative, and garbage or foreign cursors, with BAD_USER_INPUT (400)', async () => {
      ok(await list(1000, null));
      for (const first of [1001, -1]) {
        const res = await list(first, null);
        expectError(res, 'BAD_USER_INPUT', 400);
        expect(errorMessage(res)).toContain('1000');
      }
      const ruleSetCursor = Buffer.from('ruleset:1').toString('base64url');
      for (const cursor of ['garbage!', 'bm90LWEtY3Vyc29y', ruleSetCursor]) {
        expectError(await list(2, cursor), 'BAD_USER_INPUT', 400);
      }
    });
  });

  describe('update', () => {
    beforeAll(async () => {
      ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
      ok(await api.gql(CREATE_RULE_SET, { input: aRuleSet() }));
      ok(await api.gql(CREATE_CATALOG, { input: aCatalog() }));
      for (const [id, category] of [
        ['s1', 'shirt'],
        ['p1', 'pants'],
        ['h1', 'hat'],
      ]) {
        ok(await api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem(id, { category }) }));
      }
    });

    const update = (input: Record<string, unknown>, name = 'garments') =>
      api.gql<{ updateSchema: SchemaNode }>(UPDATE_SCHEMA, { name, input });

    it('changes only what is given (version, description) and moves updatedAt', async () => {
      const before = (await get('garments'))!;
      await new Promise(resolve => setTimeout(resolve, 5));
      const updated = ok(await update({ version: '1.0.1' })).updateSchema;
      expect(updated).toMatchObject({
        version: '1.0.1',
        description: 'test schema',
        dimensions: before.dimensions,
        createdAt: before.createdAt,
      });
      expect(Date.parse(updated.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      const cleared = ok(await update({ description: null })).updateSchema;
      expect(cleared).toMatchObject({ version: '1.0.1', description: null });
      expect(await get('garments')).toEqual(cleared);
    });

    it('refuses a dimension change that would invalidate stored items (422) and changes nothing', async () => {
      const before = await get('garments');
      const narrowing = garmentDimensions();
      narrowing[0].values = ['pants'];
      narrowing.push({ name: 'season', type: 'STRING', required: true });
      const res = await update({ version: '2.0.0', dimensions: narrowing });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(errorMessage(res)).toContain('nothing was changed');
      expect(issuePaths(res).sort()).toEqual(
        [
          'catalogs[closet].items[0].attributes.category',
          'catalogs[closet].items[0].attributes.season',
          'catalogs[closet].items[1].attributes.season',
          'catalogs[closet].items[2].attributes.category',
          'catalogs[closet].items[2].attributes.season',
        ].sort(),
      );
      expect(await get('garments')).toEqual(before);
    });

    it('refuses a dimension change that would invalidate a stored rule set (422)', async () => {
      const before = await get('garments');
      const res = await update({ dimensions: garmentDimensions().slice(0, 1) });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res).some(p => p.startsWith('ruleSets[garment_rules].rules[1]'))).toBe(
        true,
      );
      expect(await get('garments')).toEqual(before);
    });

    it('refuses an invalid new definition with input paths (422)', async () => {
      const res = await update({
        version: 'one',
        dimensions: [{ name: 'category', type: 'ENUM', values: [] }],
      });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual(
        expect.arrayContaining(['input.version', expect.stringMatching(/^input\.dimensions\[0\]/)]),
      );
    });

    it('accepts a change that keeps every item and rule valid', async () => {
      const widening = [
        ...garmentDimensions(),
        { name: 'season', type: 'ENUM', values: ['summer', 'winter'] },
      ];
      widening[0].values = ['shirt', 'pants', 'hat', 'scarf'];
      const updated = ok(await update({ version: '1.1.0', dimensions: widening })).updateSchema;
      expect(updated.version).toBe('1.1.0');
      expect(updated.dimensions.map(d => d.name)).toEqual([
        'category',
        'formality',
        'colors',
        'season',
      ]);
      ok(
        await api.gql(CREATE_ITEM, {
          catalog: 'closet',
          input: anItem('sc1', { category: 'scarf', season: 'winter' }),
        }),
      );
    });

    it('answers NOT_FOUND (200, data null) for an unknown schema', async () => {
      const res = await update({ version: '1.0.0' }, 'nowhere');
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
      expect(errorMessage(res)).toContain('"nowhere"');
    });
  });

  describe('delete', () => {
    beforeAll(async () => {
      ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'used' }) }));
      ok(
        await api.gql(CREATE_RULE_SET, {
          input: aRuleSet({ name: 'used_rules', schemaName: 'used' }),
        }),
      );
      ok(
        await api.gql(CREATE_CLUSTER_RULE_SET, {
          input: aClusterRuleSet({
            name: 'used_outfits',
            schemaName: 'used',
            pairwiseRuleSetName: 'used_rules',
          }),
        }),
      );
      ok(
        await api.gql(CREATE_CATALOG, {
          input: aCatalog({ name: 'used_closet', schemaName: 'used' }),
        }),
      );
    });

    it('refuses to delete a referenced schema, listing every dependent, and deletes nothing', async () => {
      const res = await api.gql(DELETE, { name: 'used' });
      expectError(res, 'CONFLICT', 409);
      expect(res.body.data).toBeNull();
      expect(res.body.errors![0].extensions!.dependents).toEqual({
        ruleSets: ['used_rules'],
        clusterRuleSets: ['used_outfits'],
        catalogs: ['used_closet'],
      });
      for (const name of ['used_rules', 'used_outfits', 'used_closet'])
        expect(errorMessage(res)).toContain(name);
      expect(await get('used')).not.toBeNull();
      const still = ok(
        await api.gql<Record<string, unknown>>(
          '{ ruleSet(name: "used_rules") { name } clusterRuleSet(name: "used_outfits") { name } catalog(name: "used_closet") { name } }',
        ),
      );
      expect(Object.values(still).every(v => v !== null)).toBe(true);
    });

    it('deletes once the dependents are gone; deleting again is NOT_FOUND', async () => {
      ok(await api.gql('mutation { deleteClusterRuleSet(name: "used_outfits") }'));
      ok(await api.gql('mutation { deleteRuleSet(name: "used_rules") }'));
      expect(
        (await api.gql(DELETE, { name: 'used' })).body.errors?.[0].extensions?.dependents,
      ).toEqual({ ruleSets: [], clusterRuleSets: [], catalogs: ['used_closet'] });
      ok(await api.gql('mutation { deleteCatalog(name: "used_closet") }'));
      expect(ok(await api.gql<{ deleteSchema: boolean }>(DELETE, { name: 'used' }))).toEqual({
        deleteSchema: true,
      });
      expect(await get('used')).toBeNull();
      const again = await api.gql(DELETE, { name: 'used' });
      expectError(again, 'NOT_FOUND', 200);
      expect(again.body.data).toBeNull();
    });
  });
});
