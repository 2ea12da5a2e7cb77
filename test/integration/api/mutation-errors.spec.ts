/**
 * Error paths of every mutation (and every name argument), over HTTP, on both databases:
 * unknown names, duplicates, referenced deletes, invalid input with every problem listed,
 * bad conditions with their paths, bad names before any lookup, page-size caps.
 */
import {
  errorCode,
  errorMessage,
  expectError,
  issuePaths,
  issuesOf,
  ok,
  startApi,
  totals,
} from '../../fixtures/api';
import {
  aCatalog,
  aClusterRuleSet,
  aDocItem,
  anItem,
  aRule,
  aRuleSet,
  aSchema,
  aSchemaDoc,
  CREATE_CATALOG,
  CREATE_CLUSTER_RULE_SET,
  CREATE_ITEM,
  CREATE_RULE_SET,
  CREATE_SCHEMA,
  UPDATE_CLUSTER_RULE_SET,
  UPDATE_ITEM,
  UPDATE_RULE_SET,
} from '../../fixtures/builders';
import type { GraphQLResponse, TestApi } from '../../helpers/app';
import { nameSlots } from '../../helpers/contract-documents';
import { describeEachDatabase } from '../../helpers/orm';

const COUNTS = 'created updated skipped';
const RESULT = `schemas { ${COUNTS} } ruleSets { ${COUNTS} } clusterRuleSets { ${COUNTS} } catalogs { ${COUNTS} } items { ${COUNTS} } warnings`;
const IMPORT_SCHEMAS = `mutation($file: Upload!, $mode: ImportConflictStrategy) { importSchemas(file: $file, onConflict: $mode) { ${RESULT} } }`;
const IMPORT_RULE_SETS = `mutation($file: Upload!, $mode: ImportConflictStrategy) { importRuleSets(file: $file, onConflict: $mode) { ${RESULT} } }`;
const IMPORT_CLUSTER_RULE_SETS = `mutation($file: Upload!, $mode: ImportConflictStrategy) { importClusterRuleSets(file: $file, onConflict: $mode) { ${RESULT} } }`;
const IMPORT_CATALOGS = `mutation($file: Upload!, $mode: ImportConflictStrategy) { importCatalogs(file: $file, onConflict: $mode) { ${RESULT} } }`;
const IMPORT_ITEMS = `mutation($catalog: CatalogName!, $file: Upload!, $mode: ImportConflictStrategy) { importItems(catalogName: $catalog, file: $file, onConflict: $mode) { ${RESULT} } }`;
const IMPORT_ALL = `mutation($file: Upload!, $mode: ImportConflictStrategy) { importAll(file: $file, onConflict: $mode) { ${RESULT} } }`;
const EXPORT_CATALOG_PAGE = `query($name: CatalogName!, $first: Int) { exportCatalog(name: $name, first: $first) { document pageInfo { hasNextPage endCursor } } }`;

/** The stored resource the suite starts with, as interchange documents. */
const SCHEMA_DOC = aSchemaDoc();
const RULE_SET_DOC = {
  name: 'garment_rules',
  version: '1.0.0',
  schema_ref: 'garments',
  rules: [
    { name: 'same_category', type: 'exclusion', condition: { equals: { field: 'category' } } },
  ],
};
const CLUSTER_RULE_SET_DOC = {
  name: 'outfits',
  version: '1.0.0',
  schema_ref: 'garments',
  pairwise_ruleset_ref: 'garment_rules',
  rules: [{ name: 'at_least_two', type: 'requirement', condition: { min_cluster_size: 2 } }],
};
const CATALOG_DOC = { name: 'closet', schema_ref: 'garments', items: [aDocItem('s1')] };

type Send = (api: TestApi) => Promise<GraphQLResponse>;

/** A refusal leaves no data for the failing root field. */
function expectRefused(res: GraphQLResponse, code: string, status: number): void {
  expectError(res, code, status);
  expect(res.body.data ?? null).toBeNull();
  for (const error of res.body.errors ?? [])
    expect(error.extensions?.code).toEqual(expect.any(String));
}

describeEachDatabase('API: error paths of every mutation', database => {
  let api: TestApi;
  let before: Record<string, number>;
  beforeAll(async () => {
    api = await startApi(database);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_RULE_SET, { input: aRuleSet() }));
    ok(await api.gql(CREATE_CLUSTER_RULE_SET, { input: aClusterRuleSet() }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog() }));
    ok(await api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('s1') }));
    before = await totals(api);
  }, 60_000);
  afterAll(() => api.close());

  /** Item ids of `closet` and the resource totals: a refused write changed neither. */
  async function unchanged(): Promise<void> {
    expect(await totals(api)).toEqual(before);
    const res = await api.gql<{ catalog: { itemCount: number } }>(
      '{ catalog(name: "closet") { itemCount } }',
    );
    expect(ok(res).catalog.itemCount).toBe(1);
  }

  describe('every name argument of the contract is refused before any lookup (BAD_USER_INPUT, 400)', () => {
    const slots = nameSlots();

    it('finds the name arguments of every resource kind in the contract', () => {
      const fields = new Set(slots.map(s => s.field));
      for (const field of [
        'catalog',
        'updateSchema',
        'createRuleSet',
        'createClusterRuleSet',
        'deleteCatalog',
        'updateItem',
        'importItems',
        'validateCluster',
        'exportCatalog',
      ])
        expect(fields).toContain(field);
      expect(slots.map(s => `${s.field}(${s.path})`)).toContain(
        'createClusterRuleSet(input.pairwiseRuleSetName)',
      );
    });

    it.each(slots.map(s => [`${s.field}(${s.path})`, s] as const))('%s', async (_where, slot) => {
      for (const name of ['../closet', 'closet ', '', 'n'.repeat(101), 'cl\u043eset']) {
        const res = slot.upload
          ? await api.upload(slot.document, { n: name }, JSON.stringify({ items: [] }))
          : await api.gql(slot.document, { n: name });
        expect({ name, status: res.status, code: errorCode(res) }).toEqual({
          name,
          status: 400,
          code: 'BAD_USER_INPUT',
        });
        expect(res.body.data ?? null).toBeNull();
        expect(errorMessage(res)).toContain(`Invalid ${slot.scalar}`);
      }
      await unchanged();
    });
  });

  describe('unknown names: NOT_FOUND (200), data null, a message naming what is missing', () => {
    const cases: [string, Send, string][] = [
      [
        'updateSchema',
        a => a.gql(`mutation { updateSchema(name: "nope", input: { version: "2.0.0" }) { name } }`),
        'Schema "nope"',
      ],
      ['deleteSchema', a => a.gql('mutation { deleteSchema(name: "nope") }'), 'Schema "nope"'],
      [
        'createRuleSet (schemaName)',
        a => a.gql(CREATE_RULE_SET, { input: aRuleSet({ name: 'fresh', schemaName: 'nope' }) }),
        'Schema "nope"',
      ],
      [
        'updateRuleSet',
        a => a.gql(UPDATE_RULE_SET, { name: 'nope', input: { version: '2.0.0' } }),
        'Rule set "nope"',
      ],
      ['deleteRuleSet', a => a.gql('mutation { deleteRuleSet(name: "nope") }'), 'Rule set "nope"'],
      [
        'createClusterRuleSet (schemaName)',
        a =>
          a.gql(CREATE_CLUSTER_RULE_SET, {
            input: aClusterRuleSet({ name: 'fresh', schemaName: 'nope' }),
          }),
        'Schema "nope"',
      ],
      [
        'createClusterRuleSet (pairwiseRuleSetName)',
        a =>
          a.gql(CREATE_CLUSTER_RULE_SET, {
            input: aClusterRuleSet({ name: 'fresh', pairwiseRuleSetName: 'nope' }),
          }),
        'Rule set "nope"',
      ],
      [
        'updateClusterRuleSet',
        a => a.gql(UPDATE_CLUSTER_RULE_SET, { name: 'nope', input: { version: '2.0.0' } }),
        'Cluster rule set "nope"',
      ],
      [
        'deleteClusterRuleSet',
        a => a.gql('mutation { deleteClusterRuleSet(name: "nope") }'),
        'Cluster rule set "nope"',
      ],
      [
        'createCatalog (schemaName)',
        a => a.gql(CREATE_CATALOG, { input: aCatalog({ name: 'fresh', schemaName: 'nope' }) }),
        'Schema "nope"',
      ],
      [
        'updateCatalog',
        a =>
          a.gql('mutation { updateCatalog(name: "nope", input: { description: "x" }) { name } }'),
        'Catalog "nope"',
      ],
      ['deleteCatalog', a => a.gql('mutation { deleteCatalog(name: "nope") }'), 'Catalog "nope"'],
      [
        'createItem (catalogName)',
        a => a.gql(CREATE_ITEM, { catalog: 'nope', input: anItem('x') }),
        'Catalog "nope"',
      ],
      [
        'updateItem (catalogName)',
        a => a.gql(UPDATE_ITEM, { catalog: 'nope', id: 's1', input: { name: 'x' } }),
        'Catalog "nope"',
      ],
      [
        'updateItem (id)',
        a => a.gql(UPDATE_ITEM, { catalog: 'closet', id: 'nope', input: { name: 'x' } }),
        'Item "nope"',
      ],
      [
        'deleteItem (catalogName)',
        a => a.gql('mutation { deleteItem(catalogName: "nope", id: "s1") }'),
        'Catalog "nope"',
      ],
      [
        'deleteItem (id)',
        a => a.gql('mutation { deleteItem(catalogName: "closet", id: "nope") }'),
        'Item "nope"',
      ],
      [
        'importItems (catalogName)',
        a => a.upload(IMPORT_ITEMS, { catalog: 'nope' }, JSON.stringify({ items: [] })),
        'Catalog "nope"',
      ],
      [
        'exportCatalog',
        a => a.gql('{ exportCatalog(name: "nope") { document } }'),
        'Catalog "nope"',
      ],
    ];

    it.each(cases)('%s', async (_what, send, named) => {
      const res = await send(api);
      expectRefused(res, 'NOT_FOUND', 200);
      expect(errorMessage(res)).toContain(`${named} does not exist`);
      await unchanged();
    });
  });

  describe('duplicates: CONFLICT (409) naming the clash, nothing written', () => {
    const file = (doc: unknown) => JSON.stringify(doc);
    const cases: [string, Send, string][] = [
      ['createSchema', a => a.gql(CREATE_SCHEMA, { input: aSchema() }), 'Schema "garments"'],
      [
        'createRuleSet',
        a => a.gql(CREATE_RULE_SET, { input: aRuleSet() }),
        'Rule set "garment_rules"',
      ],
      [
        'createClusterRuleSet',
        a => a.gql(CREATE_CLUSTER_RULE_SET, { input: aClusterRuleSet() }),
        'Cluster rule set "outfits"',
      ],
      ['createCatalog', a => a.gql(CREATE_CATALOG, { input: aCatalog() }), 'Catalog "closet"'],
      [
        'createItem',
        a => a.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('s1') }),
        'Item "s1"',
      ],
      [
        'importSchemas (FAIL)',
        a => a.upload(IMPORT_SCHEMAS, { mode: 'FAIL' }, file({ schemas: [SCHEMA_DOC] })),
        'schema "garments"',
      ],
      [
        'importRuleSets (default FAIL)',
        a => a.upload(IMPORT_RULE_SETS, {}, file({ rulesets: [RULE_SET_DOC] })),
        'rule set "garment_rules"',
      ],
      [
        'importClusterRuleSets (FAIL)',
        a =>
          a.upload(
            IMPORT_CLUSTER_RULE_SETS,
            { mode: 'FAIL' },
            file({ cluster_rulesets: [CLUSTER_RULE_SET_DOC] }),
          ),
        'cluster rule set "outfits"',
      ],
      [
        'importCatalogs (FAIL)',
        a => a.upload(IMPORT_CATALOGS, { mode: 'FAIL' }, file({ catalogs: [CATALOG_DOC] })),
        'catalog "closet"',
      ],
      [
        'importItems (FAIL)',
        a => a.upload(IMPORT_ITEMS, { catalog: 'closet' }, file({ items: [aDocItem('s1')] })),
        'item "s1"',
      ],
      [
        'importAll (FAIL), every clash listed',
        a =>
          a.upload(
            IMPORT_ALL,
            {},
            file({
              schemas: [SCHEMA_DOC],
              rulesets: [RULE_SET_DOC],
              cluster_rulesets: [CLUSTER_RULE_SET_DOC],
              catalogs: [CATALOG_DOC],
            }),
          ),
        'schema "garments", rule set "garment_rules", cluster rule set "outfits", catalog "closet"',
      ],
    ];

    it.each(cases)('%s', async (_what, send, named) => {
      const res = await send(api);
      expectRefused(res, 'CONFLICT', 409);
      expect(errorMessage(res)).toContain(named);
      await unchanged();
    });

    it('each import<Kind> with SKIP skips the existing resource, with REPLACE replaces it', async () => {
      const steps: [string, string, unknown, string][] = [
        [IMPORT_SCHEMAS, 'importSchemas', { schemas: [SCHEMA_DOC] }, 'schemas'],
        [IMPORT_RULE_SETS, 'importRuleSets', { rulesets: [RULE_SET_DOC] }, 'ruleSets'],
        [
          IMPORT_CLUSTER_RULE_SETS,
          'importClusterRuleSets',
          { cluster_rulesets: [CLUSTER_RULE_SET_DOC] },
          'clusterRuleSets',
        ],
        [IMPORT_CATALOGS, 'importCatalogs', { catalogs: [CATALOG_DOC] }, 'catalogs'],
      ];
      for (const [document, field, doc, kind] of steps) {
        const skipped = ok(
          await api.upload<Record<string, Record<string, unknown>>>(
            document,
            { mode: 'SKIP' },
            file(doc),
          ),
        )[field];
        expect({ field, counts: skipped[kind] }).toEqual({
          field,
          counts: { created: 0, updated: 0, skipped: 1 },
        });
        const replaced = ok(
          await api.upload<Record<string, Record<string, unknown>>>(
            document,
            { mode: 'REPLACE' },
            file(doc),
          ),
        )[field];
        expect({ field, counts: replaced[kind] }).toEqual({
          field,
          counts: { created: 0, updated: 1, skipped: 0 },
        });
      }
      await unchanged();
    });
  });

  describe('referenced deletes: CONFLICT (409) listing the dependents, nothing deleted', () => {
    it('deleteSchema lists its rule sets, cluster rule sets and catalogs', async () => {
      const res = await api.gql('mutation { deleteSchema(name: "garments") }');
      expectRefused(res, 'CONFLICT', 409);
      expect(res.body.errors![0].extensions!.dependents).toEqual({
        ruleSets: ['garment_rules'],
        clusterRuleSets: ['outfits'],
        catalogs: ['closet'],
      });
      expect(errorMessage(res)).toContain(
        'rule set "garment_rules", cluster rule set "outfits", catalog "closet"',
      );
      await unchanged();
    });

    it('deleteRuleSet lists the cluster rule sets built on it', async () => {
      const res = await api.gql('mutation { deleteRuleSet(name: "garment_rules") }');
      expectRefused(res, 'CONFLICT', 409);
      expect(res.body.errors![0].extensions!.dependents).toEqual({ clusterRuleSets: ['outfits'] });
      expect(errorMessage(res)).toContain('cluster rule set "outfits"');
      await unchanged();
    });
  });

  describe('invalid input: UNPROCESSABLE (422) with every problem and its path', () => {
    it('createRuleSet: a bad condition deep in a tree is reported at its exact path', async () => {
      const res = await api.gql(CREATE_RULE_SET, {
        input: aRuleSet({
          name: 'fresh',
          rules: [
            aRule({ name: 'r0' }),
            aRule({ name: 'r1' }),
            aRule({
              name: 'r2',
              condition: {
                all: [{ equals: { field: 'category' } }, { equals: { field: 'size' } }],
              },
            }),
            aRule({ name: 'r3', condition: { any: [{ abs_diff: { field: 'formality' } }] } }),
          ],
        }),
      });
      expectRefused(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual([
        'input.rules[2].condition.all[1].equals.field',
        'input.rules[3].condition.any[0].abs_diff.max',
      ]);
      for (const issue of issuesOf(res)) expect(issue.code).toEqual(expect.any(String));
      expect(errorMessage(res)).toContain('2 problems');
      expect(errorMessage(res)).toContain('size');
      await unchanged();
    });

    it('updateRuleSet: the path of the bad node, and the stored rules are kept', async () => {
      const rules = async () =>
        ok(
          await api.gql<{ ruleSet: { rules: unknown[] } }>(
            '{ ruleSet(name: "garment_rules") { rules { name type condition } } }',
          ),
        ).ruleSet.rules;
      const before = await rules();
      const res = await api.gql(UPDATE_RULE_SET, {
        name: 'garment_rules',
        input: {
          rules: [aRule(), aRule({ name: 'r1', condition: { not: { nope: {} } } })],
        },
      });
      expectRefused(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual(['input.rules[1].condition.not']);
      expect(await rules()).toEqual(before);
    });

    it('createClusterRuleSet and updateClusterRuleSet: bad cluster conditions at their paths', async () => {
      const bad = [
        aRule({ name: 'ok', type: 'REQUIREMENT', condition: { min_cluster_size: 2 } }),
        aRule({
          name: 'bad',
          type: 'REQUIREMENT',
          condition: { all: [{ max_cluster_size: 4 }, { unique_values: { field: 'size' } }] },
        }),
      ];
      const created = await api.gql(CREATE_CLUSTER_RULE_SET, {
        input: aClusterRuleSet({ name: 'fresh', rules: bad }),
      });
      expectRefused(created, 'UNPROCESSABLE', 422);
      expect(issuePaths(created)).toEqual(['input.rules[1].condition.all[1].unique_values.field']);
      const updated = await api.gql(UPDATE_CLUSTER_RULE_SET, {
        name: 'outfits',
        input: { rules: bad },
      });
      expectRefused(updated, 'UNPROCESSABLE', 422);
      expect(issuePaths(updated)).toEqual(['input.rules[1].condition.all[1].unique_values.field']);
      await unchanged();
    });

    it('createItem and updateItem list every problem of the item', async () => {
      const attributes = { category: 'sock', formality: 9, colors: 'red', size: 'M' };
      const created = await api.gql(CREATE_ITEM, {
        catalog: 'closet',
        input: { id: 'bad', name: 'Bad', attributes },
      });
      expectRefused(created, 'UNPROCESSABLE', 422);
      const paths = [
        'input.attributes.category',
        'input.attributes.formality',
        'input.attributes.colors',
        'input.attributes.size',
      ];
      expect([...issuePaths(created)].sort()).toEqual([...paths].sort());
      const updated = await api.gql(UPDATE_ITEM, {
        catalog: 'closet',
        id: 's1',
        input: { attributes },
      });
      expectRefused(updated, 'UNPROCESSABLE', 422);
      expect([...issuePaths(updated)].sort()).toEqual([...paths].sort());
      await unchanged();
    });

    it('importItems and importCatalogs list every problem of every item, with document paths', async () => {
      const items = [
        aDocItem('ok'),
        aDocItem('bad1', { category: 'sock' }),
        aDocItem('bad2', { formality: 0 }),
      ];
      const res = await api.upload(IMPORT_ITEMS, { catalog: 'closet' }, JSON.stringify({ items }));
      expectRefused(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual([
        'items[1].attributes.category',
        'items[2].attributes.formality',
      ]);
      const catalogs = await api.upload(
        IMPORT_CATALOGS,
        {},
        JSON.stringify({ catalogs: [{ name: 'fresh', schema_ref: 'garments', items }] }),
      );
      expectRefused(catalogs, 'UNPROCESSABLE', 422);
      expect(issuePaths(catalogs)).toEqual([
        'catalogs[0].items[1].attributes.category',
        'catalogs[0].items[2].attributes.formality',
      ]);
      await unchanged();
    });
  });

  describe('page sizes and cursors', () => {
    const lists = ['schemas', 'ruleSets', 'clusterRuleSets', 'catalogs'];

    it.each(lists)(
      '%s: first above 1000 or negative and foreign cursors are BAD_USER_INPUT (400)',
      async list => {
        for (const args of ['first: 1001', 'first: -1', 'after: "bm9wZQ"', 'after: "!!"']) {
          const res = await api.gql(`{ ${list}(${args}) { totalCount } }`);
          expectRefused(res, 'BAD_USER_INPUT', 400);
        }
        const page = ok(
          await api.gql<Record<string, { edges: { cursor: string }[] }>>(
            `{ ${list}(first: 1000) { edges { cursor } } }`,
          ),
        )[list];
        expect(page.edges).toHaveLength(1);
        // A cursor of another list is refused, not misread.
        const other = lists.find(l => l !== list)!;
        const foreign = ok(
          await api.gql<Record<string, { edges: { cursor: string }[] }>>(
            `{ ${other}(first: 1) { edges { cursor } } }`,
          ),
        )[other].edges[0].cursor;
        expectRefused(
          await api.gql(`query($a: String) { ${list}(after: $a) { totalCount } }`, { a: foreign }),
          'BAD_USER_INPUT',
          400,
        );
      },
    );

    it('Catalog.items: first above 1000 is BAD_USER_INPUT; the message names the cap', async () => {
      const res = await api.gql(
        '{ catalog(name: "closet") { items(first: 1001) { totalCount } } }',
      );
      expectError(res, 'BAD_USER_INPUT', 400);
      expect(errorMessage(res)).toContain('between 0 and 1000');
    });
  });
});

describeEachDatabase('API: exportCatalog page size under a lowered EXPORT_MAX_ITEMS', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database, { EXPORT_MAX_ITEMS: '3' });
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog() }));
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      ok(await api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem(id) }));
  }, 60_000);
  afterAll(() => api.close());

  interface Page {
    exportCatalog: {
      document: { catalogs: { items: { id: string }[] }[] };
      pageInfo: { hasNextPage: boolean };
    };
  }
  const ids = (res: GraphQLResponse<Page>) =>
    ok(res).exportCatalog.document.catalogs[0].items.map(i => i.id);

  it('an omitted first defaults to min(10000, EXPORT_MAX_ITEMS)', async () => {
    const omitted = await api.gql<Page>(
      '{ exportCatalog(name: "closet") { document pageInfo { hasNextPage } } }',
    );
    expect(ids(omitted)).toEqual(['a', 'b', 'c']);
    expect(ok(omitted).exportCatalog.pageInfo.hasNextPage).toBe(true);
    // A variable the request leaves out, or sends as null, is an omitted argument too.
    expect(ids(await api.gql<Page>(EXPORT_CATALOG_PAGE, { name: 'closet' }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(ids(await api.gql<Page>(EXPORT_CATALOG_PAGE, { name: 'closet', first: null }))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(ids(await api.gql<Page>(EXPORT_CATALOG_PAGE, { name: 'closet', first: 2 }))).toEqual([
      'a',
      'b',
    ]);
  });

  it('an explicit first above the cap is still refused (BAD_USER_INPUT naming the cap)', async () => {
    for (const res of [
      await api.gql('{ exportCatalog(name: "closet", first: 4) { document } }'),
      await api.gql('{ exportCatalog(name: "closet", first: 10000) { document } }'),
      await api.gql(EXPORT_CATALOG_PAGE, { name: 'closet', first: 10000 }),
    ]) {
      expectRefused(res, 'BAD_USER_INPUT', 400);
      expect(errorMessage(res)).toContain('between 0 and 3');
    }
  });
});
