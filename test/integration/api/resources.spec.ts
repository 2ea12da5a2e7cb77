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
} from '../../fixtures/builders';
import { startTestApi, type GraphQLResponse, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

const code = (res: GraphQLResponse) => res.body.errors?.[0]?.extensions?.code;
const issues = (res: GraphQLResponse) =>
  (res.body.errors?.[0]?.extensions?.issues ?? []) as { path: string; code: string }[];

describeEachDatabase('API: schemas, rule sets, cluster rule sets, catalogs, items', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(database);
    expect((await api.gql(CREATE_SCHEMA, { input: aSchema() })).body.errors).toBeUndefined();
    expect((await api.gql(CREATE_RULE_SET, { input: aRuleSet() })).body.errors).toBeUndefined();
    expect(
      (await api.gql(CREATE_CLUSTER_RULE_SET, { input: aClusterRuleSet() })).body.errors,
    ).toBeUndefined();
    expect((await api.gql(CREATE_CATALOG, { input: aCatalog() })).body.errors).toBeUndefined();
  }, 60_000);
  afterAll(() => api.close());

  describe('schemas', () => {
    it('returns what was created, with enum-typed dimensions', async () => {
      const res = await api.gql<{
        schema: { name: string; dimensions: { name: string; type: string; required: boolean }[] };
      }>(
        '{ schema(name: "garments") { name dimensions { name type required } createdAt updatedAt } }',
      );
      expect(res.body.data?.schema.dimensions.map(d => [d.name, d.type, d.required])).toEqual([
        ['category', 'ENUM', true],
        ['formality', 'INTEGER', false],
        ['colors', 'LIST', false],
      ]);
    });

    it('refuses a duplicate name with CONFLICT (409)', async () => {
      const res = await api.gql(CREATE_SCHEMA, { input: aSchema() });
      expect(res.status).toBe(409);
      expect(code(res)).toBe('CONFLICT');
      expect(res.body.errors?.[0].message).toContain('garments');
    });

    it('refuses an invalid definition with every problem and its path (422)', async () => {
      const res = await api.gql(CREATE_SCHEMA, {
        input: aSchema({
          name: 'broken',
          version: '1.0',
          dimensions: [
            { name: 'a', type: 'ENUM', values: [] },
            { name: 'a', type: 'INTEGER', min: 5, max: 1 },
            { name: 'l', type: 'LIST' },
          ],
        }),
      });
      expect(res.status).toBe(422);
      expect(code(res)).toBe('UNPROCESSABLE');
      const paths = issues(res).map(i => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'input.version',
          expect.stringMatching(/^input\.dimensions\[0\]/),
          expect.stringMatching(/^input\.dimensions\[1\]/),
          expect.stringMatching(/^input\.dimensions\[2\]/),
        ]),
      );
      expect(issues(res).length).toBeGreaterThanOrEqual(4);
    });

    it('answers null for an unknown schema and NOT_FOUND where one is required', async () => {
      expect((await api.gql('{ schema(name: "nope") { name } }')).body.data).toEqual({
        schema: null,
      });
      const res = await api.gql('mutation { deleteSchema(name: "nope") }');
      expect(res.status).toBe(200);
      expect(code(res)).toBe('NOT_FOUND');
    });

    it('refuses to delete a referenced schema, listing its dependents, and deletes nothing', async () => {
      const res = await api.gql('mutation { deleteSchema(name: "garments") }');
      expect(res.status).toBe(409);
      expect(res.body.errors?.[0].extensions?.dependents).toEqual({
        ruleSets: ['garment_rules'],
        clusterRuleSets: ['outfits'],
        catalogs: ['closet'],
      });
      expect(
        (await api.gql<{ schema: unknown }>('{ schema(name: "garments") { name } }')).body.data
          ?.schema,
      ).not.toBeNull();
    });
  });

  describe('names', () => {
    const bad = ['../etc', 'a b', 'x'.repeat(101), '', 'caf\u00e9', 'nul\u0000', 'a/b', 'ｃatalog'];
    it.each(bad)(
      'refuses %j as a literal and as a variable with BAD_USER_INPUT (400)',
      async name => {
        const literal = await api.gql(`{ catalog(name: ${JSON.stringify(name)}) { name } }`);
        expect(literal.status).toBe(400);
        expect(code(literal)).toBe('BAD_USER_INPUT');
        const variable = await api.gql('query($n: CatalogName!) { catalog(name: $n) { name } }', {
          n: name,
        });
        expect(variable.status).toBe(400);
        expect(code(variable)).toBe('BAD_USER_INPUT');
      },
    );
  });

  describe('rule sets', () => {
    it('refuses bad conditions with the path of the bad node (422)', async () => {
      const res = await api.gql(CREATE_RULE_SET, {
        input: aRuleSet({
          name: 'bad_rules',
          rules: [
            {
              name: 'r0',
              type: 'EXCLUSION',
              condition: { all: [{ equals: { field: 'category' } }, { nope: {} }] },
            },
            { name: 'r1', type: 'EXCLUSION', condition: { equals: { field: 'size' } } },
            {
              name: 'r2',
              type: 'REQUIREMENT',
              condition: { any: { equals: { field: 'category' } } },
            },
            { name: 'r3', type: 'REQUIREMENT', condition: { abs_diff: { field: 'formality' } } },
          ],
        }),
      });
      expect(res.status).toBe(422);
      const paths = issues(res).map(i => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          'input.rules[0].condition.all[1]',
          expect.stringMatching(/^input\.rules\[1\]\.condition\.equals/),
          expect.stringMatching(/^input\.rules\[2\]\.condition\.any/),
          expect.stringMatching(/^input\.rules\[3\]\.condition\.abs_diff/),
        ]),
      );
      expect(
        (await api.gql<{ ruleSet: unknown }>('{ ruleSet(name: "bad_rules") { name } }')).body.data
          ?.ruleSet,
      ).toBeNull();
    });

    it('refuses a condition deeper than 32 levels', async () => {
      let condition: Record<string, unknown> = { equals: { field: 'category' } };
      for (let k = 0; k < 33; k++) condition = { not: condition };
      const res = await api.gql(CREATE_RULE_SET, {
        input: aRuleSet({ name: 'deep', rules: [{ name: 'deep', type: 'EXCLUSION', condition }] }),
      });
      expect(code(res)).toBe('UNPROCESSABLE');
    });

    it('updates rules after validating them, and refuses deleting a rule set a cluster rule set uses', async () => {
      const updated = await api.gql<{
        updateRuleSet: { version: string; rules: { name: string; enabled: boolean }[] };
      }>(
        'mutation($input: RuleSetUpdateInput!) { updateRuleSet(name: "garment_rules", input: $input) { version rules { name enabled } } }',
        { input: { version: '1.1.0', rules: aRuleSet().rules } },
      );
      expect(updated.body.data?.updateRuleSet.version).toBe('1.1.0');
      expect(updated.body.data?.updateRuleSet.rules.every(r => r.enabled)).toBe(true);
      const del = await api.gql('mutation { deleteRuleSet(name: "garment_rules") }');
      expect(code(del)).toBe('CONFLICT');
      expect(del.body.errors?.[0].message).toContain('outfits');
    });

    it('resolves the schema of a rule set and lists rule sets with paging', async () => {
      await api.gql(CREATE_RULE_SET, { input: aRuleSet({ name: 'second_rules' }) });
      const first = await api.gql<{
        ruleSets: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { name: string } }[];
        };
      }>(
        '{ ruleSets(first: 1) { totalCount pageInfo { hasNextPage endCursor } edges { node { name schema { name } } } } }',
      );
      const page = first.body.data!.ruleSets;
      expect(page.totalCount).toBe(2);
      expect(page.pageInfo.hasNextPage).toBe(true);
      const next = await api.gql<{
        ruleSets: { pageInfo: { hasNextPage: boolean }; edges: { node: { name: string } }[] };
      }>(
        'query($after: String) { ruleSets(first: 1, after: $after) { pageInfo { hasNextPage } edges { node { name } } } }',
        { after: page.pageInfo.endCursor },
      );
      expect([page.edges[0].node.name, next.body.data!.ruleSets.edges[0].node.name]).toEqual([
        'garment_rules',
        'second_rules',
      ]);
      expect(next.body.data!.ruleSets.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses first > 1000 and a foreign cursor with BAD_USER_INPUT', async () => {
      expect(code(await api.gql('{ ruleSets(first: 1001) { totalCount } }'))).toBe(
        'BAD_USER_INPUT',
      );
      expect(code(await api.gql('{ ruleSets(after: "bm90LWEtY3Vyc29y") { totalCount } }'))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('cluster rule sets', () => {
    it('resolves its pairwise rule set and schema', async () => {
      const res = await api.gql<{
        clusterRuleSet: { pairwiseRuleSet: { name: string }; schema: { name: string } };
      }>('{ clusterRuleSet(name: "outfits") { pairwiseRuleSet { name } schema { name } } }');
      expect(res.body.data?.clusterRuleSet).toEqual({
        pairwiseRuleSet: { name: 'garment_rules' },
        schema: { name: 'garments' },
      });
    });

    it('refuses pairwise operators in cluster rules and unknown references', async () => {
      const bad = await api.gql(CREATE_CLUSTER_RULE_SET, {
        input: aClusterRuleSet({
          name: 'bad_outfits',
          rules: [{ name: 'x', type: 'REQUIREMENT', condition: { equals: { field: 'category' } } }],
        }),
      });
      expect(code(bad)).toBe('UNPROCESSABLE');
      const missing = await api.gql(CREATE_CLUSTER_RULE_SET, {
        input: aClusterRuleSet({ name: 'orphan', pairwiseRuleSetName: 'nope' }),
      });
      expect(code(missing)).toBe('NOT_FOUND');
    });
  });

  describe('catalogs and items', () => {
    it('creates items, lists them in insertion order with paging, and counts them', async () => {
      for (const id of ['s1', 'p1', 'h1']) {
        const category = { s: 'shirt', p: 'pants', h: 'hat' }[id[0]]!;
        const res = await api.gql(CREATE_ITEM, {
          catalog: 'closet',
          input: anItem(id, { category }),
        });
        expect(res.body.errors).toBeUndefined();
      }
      const res = await api.gql<{
        catalog: {
          itemCount: number;
          items: {
            totalCount: number;
            edges: { node: { id: string } }[];
            pageInfo: { endCursor: string; hasNextPage: boolean };
          };
        };
      }>(
        '{ catalog(name: "closet") { itemCount items(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } } }',
      );
      const catalog = res.body.data!.catalog;
      expect(catalog.itemCount).toBe(3);
      expect(catalog.items.edges.map(e => e.node.id)).toEqual(['s1', 'p1']);
      const rest = await api.gql<{
        catalog: {
          items: { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
        };
      }>(
        'query($after: String) { catalog(name: "closet") { items(first: 2, after: $after) { pageInfo { hasNextPage } edges { node { id } } } } }',
        { after: catalog.items.pageInfo.endCursor },
      );
      expect(rest.body.data!.catalog.items.edges.map(e => e.node.id)).toEqual(['h1']);
      expect(rest.body.data!.catalog.items.pageInfo.hasNextPage).toBe(false);
    });

    it('refuses an invalid item listing every problem, and a duplicate id with CONFLICT', async () => {
      const res = await api.gql(CREATE_ITEM, {
        catalog: 'closet',
        input: {
          id: 'bad',
          name: 'Bad',
          attributes: { category: 'sock', formality: 9, colors: 'red', size: 3 },
        },
      });
      expect(res.status).toBe(422);
      expect(
        issues(res)
          .map(i => i.path)
          .sort(),
      ).toEqual(
        [
          'input.attributes.category',
          'input.attributes.colors',
          'input.attributes.formality',
          'input.attributes.size',
        ].sort(),
      );
      const dup = await api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('s1') });
      expect(code(dup)).toBe('CONFLICT');
    });

    it('updates and deletes items; unknown catalog or item is NOT_FOUND', async () => {
      const upd = await api.gql<{ updateItem: { attributes: { formality: number } } }>(
        'mutation { updateItem(catalogName: "closet", id: "s1", input: { attributes: { category: "shirt", formality: 4 } }) { attributes } }',
      );
      expect(upd.body.data?.updateItem.attributes.formality).toBe(4);
      const badUpd = await api.gql(
        'mutation { updateItem(catalogName: "closet", id: "s1", input: { attributes: { formality: 4 } }) { id } }',
      );
      expect(code(badUpd)).toBe('UNPROCESSABLE');
      expect(code(await api.gql('mutation { deleteItem(catalogName: "closet", id: "zzz") }'))).toBe(
        'NOT_FOUND',
      );
      expect(code(await api.gql('mutation { deleteItem(catalogName: "nowhere", id: "s1") }'))).toBe(
        'NOT_FOUND',
      );
      expect(
        (await api.gql<{ item: unknown }>('{ catalog(name: "closet") { item(id: "s1") { id } } }'))
          .body.data,
      ).toEqual({ catalog: { item: { id: 's1' } } });
    });

    it('refuses a schema update that would invalidate stored items, and accepts one that keeps them valid', async () => {
      const narrowing = {
        dimensions: [
          { name: 'category', type: 'ENUM', required: true, values: ['pants'] },
          { name: 'formality', type: 'INTEGER' },
          { name: 'colors', type: 'LIST', itemType: 'string' },
        ],
      };
      const refused = await api.gql(
        'mutation($input: SchemaUpdateInput!) { updateSchema(name: "garments", input: $input) { version } }',
        { input: narrowing },
      );
      expect(refused.status).toBe(422);
      expect(issues(refused).some(i => i.path.startsWith('catalogs[closet].items['))).toBe(true);
      const widening = {
        version: '1.1.0',
        dimensions: [...aSchema().dimensions, { name: 'season', type: 'STRING' }],
      };
      const accepted = await api.gql<{ updateSchema: { version: string } }>(
        'mutation($input: SchemaUpdateInput!) { updateSchema(name: "garments", input: $input) { version } }',
        { input: widening },
      );
      expect(accepted.body.data?.updateSchema.version).toBe('1.1.0');
    });

    it('updates a catalog and deletes it with its items', async () => {
      await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'temp' }) });
      await api.gql(CREATE_ITEM, { catalog: 'temp', input: anItem('t1') });
      const upd = await api.gql<{ updateCatalog: { description: string; metadata: unknown } }>(
        'mutation { updateCatalog(name: "temp", input: { description: "d2", metadata: { a: 1 } }) { description metadata } }',
      );
      expect(upd.body.data?.updateCatalog).toEqual({ description: 'd2', metadata: { a: 1 } });
      expect(
        (await api.gql<{ deleteCatalog: boolean }>('mutation { deleteCatalog(name: "temp") }')).body
          .data?.deleteCatalog,
      ).toBe(true);
      expect(
        (await api.gql<{ catalog: unknown }>('{ catalog(name: "temp") { name } }')).body.data
          ?.catalog,
      ).toBeNull();
      await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'temp' }) });
      const again = await api.gql<{ catalog: { itemCount: number } }>(
        '{ catalog(name: "temp") { itemCount } }',
      );
      expect(again.body.data?.catalog.itemCount).toBe(0);
    });
  });
});
