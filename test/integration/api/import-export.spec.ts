import request from 'supertest';
import { stringify } from 'yaml';
import {
  errorCode,
  errorMessage,
  expectError,
  issuePaths,
  itemIds,
  ok,
  startApi,
  totals,
} from '../../fixtures/api';
import {
  aCatalogDoc,
  aDocItem,
  aRuleSetDoc,
  aSchemaDoc,
  type DocItem,
} from '../../fixtures/builders';
import { example, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

const COUNTS = 'created updated skipped';
const RESULT = `schemas { ${COUNTS} } ruleSets { ${COUNTS} } clusterRuleSets { ${COUNTS} } catalogs { ${COUNTS} } items { ${COUNTS} } warnings`;
const IMPORT = (kind: string) =>
  `mutation($file: Upload!, $mode: ImportConflictStrategy) { ${kind}(file: $file, onConflict: $mode) { ${RESULT} } }`;
const IMPORT_ALL_DEFAULT = `mutation($file: Upload!) { importAll(file: $file) { ${RESULT} } }`;
const IMPORT_ITEMS = `mutation($catalog: CatalogName!, $file: Upload!, $mode: ImportConflictStrategy) { importItems(catalogName: $catalog, file: $file, onConflict: $mode) { ${RESULT} } }`;
const EXPORT_CATALOG = `query($name: CatalogName!, $first: Int, $after: String) { exportCatalog(name: $name, first: $first, after: $after) { document pageInfo { hasNextPage endCursor } } }`;

interface Counts {
  created: number;
  updated: number;
  skipped: number;
}
type Result = Record<'schemas' | 'ruleSets' | 'clusterRuleSets' | 'catalogs' | 'items', Counts> & {
  warnings: string[];
};
interface Doc {
  schemas?: Record<string, unknown>[];
  rulesets?: Record<string, unknown>[];
  cluster_rulesets?: Record<string, unknown>[];
  catalogs?: (Record<string, unknown> & { items: DocItem[] })[];
}
interface ExportPage {
  document: Doc;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const json = (doc: unknown) => JSON.stringify(doc);
const wardrobe = (name: 'wardrobe-v1' | 'wardrobe-v2') => example(name) as Doc;
const counts = (created: number, updated = 0, skipped = 0): Counts => ({
  created,
  updated,
  skipped,
});
const NOTHING = { schemas: 0, ruleSets: 0, clusterRuleSets: 0, catalogs: 0 };

/** wardrobe-v1 and wardrobe-v2 in one document (v2's catalog last). */
function bothWardrobes(): Doc {
  const [v1, v2] = [wardrobe('wardrobe-v1'), wardrobe('wardrobe-v2')];
  return {
    schemas: [...v1.schemas!, ...v2.schemas!],
    rulesets: [...v1.rulesets!, ...v2.rulesets!],
    cluster_rulesets: [...v1.cluster_rulesets!, ...v2.cluster_rulesets!],
    catalogs: [...v1.catalogs!, ...v2.catalogs!],
  };
}

// Whole-catalog checks over HTTP: seconds each, more when every suite runs at once.
jest.setTimeout(120_000); // shared, loaded machines

describeEachDatabase('API: import and export', database => {
  let api: TestApi;
  beforeEach(async () => {
    api = await startApi(database, { IMPORT_MAX_ITEMS: '100', EXPORT_MAX_ITEMS: '100' });
  }, 60_000);
  afterEach(() => api.close());

  const importDoc = async (kind: string, doc: unknown, mode?: string, filename = 'doc.json') =>
    api.upload<Record<string, Result>>(
      IMPORT(kind),
      mode ? { mode } : {},
      typeof doc === 'string' ? doc : json(doc),
      filename,
    );
  const importItems = (catalog: string, items: unknown[], mode?: string) =>
    api.upload<{ importItems: Result }>(
      IMPORT_ITEMS,
      { catalog, ...(mode ? { mode } : {}) },
      json({ items }),
    );
  const exportAll = async () => ok(await api.gql<{ exportAll: Doc }>('{ exportAll }')).exportAll;

  describe('importAll and exportAll', () => {
    it('imports both wardrobe examples unchanged, reporting the unknown config key as a warning', async () => {
      const v2 = ok(await importDoc('importAll', wardrobe('wardrobe-v2'))).importAll;
      expect(v2).toMatchObject({
        schemas: counts(1),
        ruleSets: counts(1),
        clusterRuleSets: counts(1),
        catalogs: counts(1),
        items: counts(53),
      });
      expect(v2.warnings.some(w => w.includes('cluster_rulesets[0]') && w.includes('max'))).toBe(
        true,
      );
      const v1 = ok(await importDoc('importAll', wardrobe('wardrobe-v1'))).importAll;
      expect(v1).toMatchObject({ catalogs: counts(1), items: counts(19) });
      expect(await totals(api)).toEqual({
        schemas: 2,
        ruleSets: 2,
        clusterRuleSets: 2,
        catalogs: 2,
      });
      expect(await itemIds(api, 'gender_agnostic_wardrobe_v2')).toEqual(
        wardrobe('wardrobe-v2').catalogs![0].items.map(i => i.id),
      );
    });

    it('round-trips: export gives the imported documents back, and export -> import elsewhere -> export is identical', async () => {
      await api.importAll(bothWardrobes());
      const first = await exportAll();
      expect(first).toEqual(bothWardrobes());
      const other = await startApi(database);
      try {
        await other.importAll(first);
        const second = ok(await other.gql<{ exportAll: Doc }>('{ exportAll }')).exportAll;
        expect(JSON.stringify(second)).toBe(JSON.stringify(first));
      } finally {
        await other.close();
      }
    });

    it('reads the same document as YAML (by file name) and as JSON', async () => {
      const yaml = stringify(wardrobe('wardrobe-v2'));
      const res = ok(await importDoc('importAll', yaml, undefined, 'wardrobe.yaml')).importAll;
      expect(res.items).toEqual(counts(53));
      expect(await exportAll()).toEqual(wardrobe('wardrobe-v2'));
      const yml = await importDoc(
        'importSchemas',
        'schemas:\n  - name: tiny\n    version: 1.0.0\n    dimensions:\n      - { name: colour, type: string }\n',
        undefined,
        'tiny.yml',
      );
      expect(ok(yml).importSchemas.schemas).toEqual(counts(1));
    });

    it('is atomic: one bad item in the LAST catalog writes nothing, and every problem is listed with its path', async () => {
      const doc = bothWardrobes();
      const items = doc.catalogs![1].items;
      items[12].attributes.formality = 'very';
      items[30].attributes.category = 'spacesuit';
      delete items[40].attributes.coverage_layers;
      items[41].attributes.colour = 'red';
      const res = await importDoc('importAll', doc);
      expectError(res, 'UNPROCESSABLE', 422);
      expect(res.body.data).toBeNull();
      expect(errorMessage(res)).toContain('nothing was written');
      expect(issuePaths(res).sort()).toEqual(
        [
          'catalogs[1].items[12].attributes.formality',
          'catalogs[1].items[30].attributes.category',
          'catalogs[1].items[40].attributes.coverage_layers',
          'catalogs[1].items[41].attributes.colour',
        ].sort(),
      );
      expect(await totals(api)).toEqual(NOTHING);
      expect(await exportAll()).toEqual({
        schemas: [],
        rulesets: [],
        cluster_rulesets: [],
        catalogs: [],
      });
    });

    it('reports broken references with document paths and writes nothing', async () => {
      const doc = {
        schemas: [aSchemaDoc()],
        rulesets: [aRuleSetDoc({ schema_ref: 'nowhere' })],
        catalogs: [aCatalogDoc({ schema_ref: 'missing', items: [aDocItem('a')] })],
      };
      const res = await importDoc('importAll', doc);
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual(
        expect.arrayContaining(['rulesets[0].schema_ref', 'catalogs[0].schema_ref']),
      );
      expect(await totals(api)).toEqual(NOTHING);
    });
  });

  describe('conflicts', () => {
    beforeEach(() => api.importAll(wardrobe('wardrobe-v1')));

    it('FAIL (the default): CONFLICT 409 listing every clash; nothing written, not even new resources', async () => {
      const doc = wardrobe('wardrobe-v1');
      doc.schemas!.push(aSchemaDoc({ name: 'brand_new' }));
      for (const res of [
        await importDoc('importAll', doc, 'FAIL'),
        await api.upload(IMPORT_ALL_DEFAULT, {}, json(doc)),
      ]) {
        expectError(res, 'CONFLICT', 409);
        expect(res.body.errors![0].extensions!.conflicts).toEqual([
          'schema "wardrobe_v1"',
          'rule set "wardrobe_rules_v1"',
          'cluster rule set "wardrobe_cluster_rules_v1"',
          'catalog "my_wardrobe"',
        ]);
      }
      expect(await totals(api)).toEqual({
        schemas: 1,
        ruleSets: 1,
        clusterRuleSets: 1,
        catalogs: 1,
      });
    });

    it('SKIP leaves existing resources untouched and counts them as skipped', async () => {
      const doc = wardrobe('wardrobe-v1');
      doc.schemas![0].description = 'changed';
      doc.catalogs![0].description = 'changed';
      doc.schemas!.push(aSchemaDoc({ name: 'brand_new' }));
      const res = ok(await importDoc('importAll', doc, 'SKIP')).importAll;
      expect(res).toMatchObject({
        schemas: counts(1, 0, 1),
        ruleSets: counts(0, 0, 1),
        clusterRuleSets: counts(0, 0, 1),
        catalogs: counts(0, 0, 1),
        items: counts(0, 0, 19),
      });
      const exported = await exportAll();
      expect(exported.schemas!.map(s => [s.name, s.description ?? null])).toEqual([
        ['wardrobe_v1', wardrobe('wardrobe-v1').schemas![0].description],
        ['brand_new', null],
      ]);
      expect(exported.catalogs).toEqual(wardrobe('wardrobe-v1').catalogs);
    });

    it('REPLACE rewrites existing resources in place and counts them as updated', async () => {
      const doc = wardrobe('wardrobe-v1');
      doc.schemas![0].description = 'replaced schema';
      doc.rulesets![0].rules = (doc.rulesets![0].rules as unknown[]).slice(0, 2);
      doc.cluster_rulesets![0].version = '1.5.0';
      const items = doc.catalogs![0].items;
      doc.catalogs![0].description = 'replaced';
      doc.catalogs![0].items = [
        items[4],
        items[0],
        aDocItem('new_hat', { category: 'hat', body_zone: 'head' }),
        items[2],
      ];
      const before = ok(
        await api.gql<{ evaluateMatrix: { summary: { totalPairs: number } } }>(
          '{ evaluateMatrix(catalogName: "my_wardrobe", ruleSetName: "wardrobe_rules_v1") { summary { totalPairs } } }',
        ),
      ).evaluateMatrix.summary;
      expect(before.totalPairs).toBe(171);
      const res = ok(await importDoc('importAll', doc, 'REPLACE')).importAll;
      expect(res).toMatchObject({
        schemas: counts(0, 1),
        ruleSets: counts(0, 1),
        clusterRuleSets: counts(0, 1),
        catalogs: counts(0, 1),
        items: counts(1, 3),
      });
      const exported = await exportAll();
      expect(exported).toEqual({
        ...doc,
        catalogs: [{ ...doc.catalogs![0], items: exported.catalogs![0].items }],
      });
      expect(exported.catalogs![0].items.map(i => i.id)).toEqual([
        items[4].id,
        items[0].id,
        'new_hat',
        items[2].id,
      ]);
      expect(await itemIds(api, 'my_wardrobe')).toEqual([
        items[4].id,
        items[0].id,
        'new_hat',
        items[2].id,
      ]);
      const after = ok(
        await api.gql<{
          evaluateMatrix: { summary: { totalPairs: number } };
          ruleSet: { rules: unknown[] };
        }>(
          '{ evaluateMatrix(catalogName: "my_wardrobe", ruleSetName: "wardrobe_rules_v1") { summary { totalPairs } } ruleSet(name: "wardrobe_rules_v1") { rules { name } } }',
        ),
      );
      expect(after.evaluateMatrix.summary.totalPairs).toBe(6);
      expect(after.ruleSet.rules).toHaveLength(2);
      // The catalog's next item goes after the replaced ones.
      ok(await importItems('my_wardrobe', [items[10]]));
      expect((await itemIds(api, 'my_wardrobe')).at(-1)).toBe(items[10].id);
    });

    it('REPLACE that would leave stored data invalid is refused after the fact, and rolls everything back', async () => {
      const doc = wardrobe('wardrobe-v1');
      const category = (doc.schemas![0].dimensions as { name: string; values?: string[] }[])[0];
      category.values = category.values!.filter(v => v !== 'hat');
      const narrowed = { schemas: [aSchemaDoc({ name: 'brand_new' }), doc.schemas![0]] };
      const res = await importDoc('importAll', narrowed, 'REPLACE');
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual([
        'catalogs[my_wardrobe].items[15].attributes.category',
        'catalogs[my_wardrobe].items[16].attributes.category',
      ]);
      expect(await totals(api)).toEqual({
        schemas: 1,
        ruleSets: 1,
        clusterRuleSets: 1,
        catalogs: 1,
      });
      expect(await exportAll()).toEqual(wardrobe('wardrobe-v1'));
    });

    it('REPLACE of a rule set onto another schema is refused while a cluster rule set of the old schema uses it', async () => {
      await api.importAll(wardrobe('wardrobe-v2'));
      const moved = aRuleSetDoc({ name: 'wardrobe_rules_v1', schema_ref: 'wardrobe_v2' });
      const res = await importDoc('importRuleSets', { rulesets: [moved] }, 'REPLACE');
      expectError(res, 'UNPROCESSABLE', 422);
      expect(errorMessage(res)).toContain('wardrobe_cluster_rules_v1');
      const stored = ok(
        await api.gql<{ ruleSet: { schema: { name: string } } }>(
          '{ ruleSet(name: "wardrobe_rules_v1") { schema { name } } }',
        ),
      );
      expect(stored.ruleSet.schema.name).toBe('wardrobe_v1');
      ok(
        await api.gql(
          '{ evaluateClusters(catalogName: "my_wardrobe", clusterRuleSetName: "wardrobe_cluster_rules_v1") { totalClusters } }',
        ),
      );
    });
  });

  describe('import<Kind>', () => {
    it('each imports only its own kind from a full document', async () => {
      const doc = wardrobe('wardrobe-v2');
      const steps: [string, keyof Result, number[]][] = [
        ['importSchemas', 'schemas', [1, 0, 0, 0]],
        ['importRuleSets', 'ruleSets', [1, 1, 0, 0]],
        ['importClusterRuleSets', 'clusterRuleSets', [1, 1, 1, 0]],
        ['importCatalogs', 'catalogs', [1, 1, 1, 1]],
      ];
      for (const [mutation, kind, expected] of steps) {
        const result = ok(await importDoc(mutation, doc))[mutation];
        expect(result[kind]).toEqual(counts(1));
        for (const other of ['schemas', 'ruleSets', 'clusterRuleSets', 'catalogs'] as const) {
          if (other !== kind) expect(result[other]).toEqual(counts(0));
        }
        expect(result.items).toEqual(counts(kind === 'catalogs' ? 53 : 0));
        const t = await totals(api);
        expect([t.schemas, t.ruleSets, t.clusterRuleSets, t.catalogs]).toEqual(expected);
      }
      expect(await exportAll()).toEqual(doc);
    });

    it('resolves references against the database: importRuleSets alone needs the schema stored first', async () => {
      const res = await importDoc('importRuleSets', wardrobe('wardrobe-v1'));
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual(['rulesets[0].schema_ref']);
      expect(await totals(api)).toEqual(NOTHING);
      const none = ok(
        await importDoc('importClusterRuleSets', { schemas: [aSchemaDoc()] }),
      ).importClusterRuleSets;
      expect(none.clusterRuleSets).toEqual(counts(0));
      expect(await totals(api)).toEqual(NOTHING);
    });
  });

  describe('importItems', () => {
    const v2Items = () => wardrobe('wardrobe-v2').catalogs![0].items;
    beforeEach(async () => {
      const doc = wardrobe('wardrobe-v2');
      doc.catalogs![0].items = [];
      await api.importAll(doc);
    });

    it('appends batches in catalog order: the batched catalog exports as the original', async () => {
      const items = v2Items();
      for (let k = 0; k < items.length; k += 20) {
        const res = ok(
          await importItems('gender_agnostic_wardrobe_v2', items.slice(k, k + 20)),
        ).importItems;
        expect(res.items).toEqual(counts(Math.min(20, items.length - k)));
        expect(res.catalogs).toEqual(counts(0));
      }
      expect(await exportAll()).toEqual(wardrobe('wardrobe-v2'));
    });

    it('FAIL refuses ids already present with CONFLICT (409) and writes nothing; SKIP and REPLACE apply', async () => {
      const items = v2Items();
      ok(await importItems('gender_agnostic_wardrobe_v2', items.slice(0, 5)));
      const batch = [items[5], items[1], items[3]];
      const fail = await importItems('gender_agnostic_wardrobe_v2', batch, 'FAIL');
      expectError(fail, 'CONFLICT', 409);
      expect(errorMessage(fail)).toContain(items[1].id);
      expect(errorMessage(fail)).toContain(items[3].id);
      expect(fail.body.errors![0].extensions!.conflicts).toEqual([
        `item "${items[1].id}"`,
        `item "${items[3].id}"`,
      ]);
      expect(await itemIds(api, 'gender_agnostic_wardrobe_v2')).toHaveLength(5);
      expectError(await importItems('gender_agnostic_wardrobe_v2', batch), 'CONFLICT', 409);

      const skip = ok(await importItems('gender_agnostic_wardrobe_v2', batch, 'SKIP')).importItems;
      expect(skip.items).toEqual(counts(1, 0, 2));
      const ids = items.slice(0, 6).map(i => i.id);
      expect(await itemIds(api, 'gender_agnostic_wardrobe_v2')).toEqual(ids);

      const renamed = [
        { ...items[1], name: 'Renamed' },
        { ...items[3], attributes: { ...items[3].attributes, formality: 5 } },
        items[6],
      ];
      const replace = ok(
        await importItems('gender_agnostic_wardrobe_v2', renamed, 'REPLACE'),
      ).importItems;
      expect(replace.items).toEqual(counts(1, 2, 0));
      expect(await itemIds(api, 'gender_agnostic_wardrobe_v2')).toEqual([...ids, items[6].id]);
      const stored = ok(
        await api.gql<{
          catalog: { a: { name: string }; b: { attributes: { formality: number } } };
        }>(
          `{ catalog(name: "gender_agnostic_wardrobe_v2") { a: item(id: "${items[1].id}") { name } b: item(id: "${items[3].id}") { attributes } } }`,
        ),
      ).catalog;
      expect(stored).toEqual({ a: { name: 'Renamed' }, b: { attributes: renamed[1].attributes } });
    });

    it('refuses invalid items (422, every problem with its path), duplicate ids and unknown catalogs', async () => {
      const items = v2Items().slice(0, 6);
      items[3].attributes.formality = 9;
      items[5].attributes.season = 'monsoon';
      const bad = await importItems('gender_agnostic_wardrobe_v2', items);
      expectError(bad, 'UNPROCESSABLE', 422);
      expect(issuePaths(bad)).toEqual([
        'items[3].attributes.formality',
        'items[5].attributes.season',
      ]);
      const twice = await importItems('gender_agnostic_wardrobe_v2', [v2Items()[0], v2Items()[0]]);
      expectError(twice, 'UNPROCESSABLE', 422);
      expect(issuePaths(twice)).toEqual(['items[1].id']);
      expect(await itemIds(api, 'gender_agnostic_wardrobe_v2')).toEqual([]);
      const missing = await importItems('nowhere', v2Items().slice(0, 1));
      expectError(missing, 'NOT_FOUND', 200);
      expect(missing.body.data).toBeNull();
      const badName = await api.upload(IMPORT_ITEMS, { catalog: '../etc' }, json({ items: [] }));
      expectError(badName, 'BAD_USER_INPUT', 400);
    });
  });

  describe('unreadable and oversized uploads', () => {
    const bomb = [
      'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      ...'bcdefghi'.split('').map((c, k) => {
        const prev = 'abcdefghi'[k];
        return `${c}: &${c} [${Array(9).fill(`*${prev}`).join(', ')}]`;
      }),
    ].join('\n');

    it.each([
      ['text that is neither JSON nor YAML', '{ this is : not [ json', 'x.json'],
      [
        'binary content',
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0xff, 0xfe]),
        'x.png',
      ],
      ['a YAML bomb (many aliases)', bomb, 'bomb.yaml'],
      ['a YAML custom tag', 'schemas: !!python/object:os.system [ls]\n', 'x.yaml'],
      ['several YAML documents', 'schemas: []\n---\ncatalogs: []\n', 'x.yaml'],
      [
        'JSON nested deeper than YAML_MAX_DEPTH',
        `${'{"a":'.repeat(30)}1${'}'.repeat(30)}`,
        'x.json',
      ],
      ['an empty file', '', 'x.json'],
      ['a JSON list instead of an object', '[1, 2]', 'x.json'],
    ])(
      'refuses %s with BAD_USER_INPUT (400), writing nothing',
      async (_what, content, filename) => {
        const res = await api.upload(IMPORT('importAll'), {}, content, filename);
        expectError(res, 'BAD_USER_INPUT', 400);
        expect(res.body.data).toBeNull();
        expect(errorMessage(res).length).toBeGreaterThan(10);
        expect(await totals(api)).toEqual(NOTHING);
      },
    );

    it('names the alias limit when refusing a YAML bomb', async () => {
      const res = await api.upload(IMPORT('importAll'), {}, bomb, 'bomb.yaml');
      expect(errorMessage(res)).toContain('YAML_MAX_ALIASES');
    });

    it('refuses an upload over MAX_UPLOAD_SIZE_MB with PAYLOAD_TOO_LARGE (413) naming the limit', async () => {
      const small = await startApi(database, { MAX_UPLOAD_SIZE_MB: '0.01' });
      try {
        const doc = json(wardrobe('wardrobe-v2'));
        expect(doc.length).toBeGreaterThan(0.01 * 1024 * 1024);
        const res = await small.upload(IMPORT('importAll'), {}, doc);
        expectError(res, 'PAYLOAD_TOO_LARGE', 413);
        expect(errorMessage(res)).toContain('0.01 MB');
        expect(errorMessage(res)).toContain('MAX_UPLOAD_SIZE_MB');
        expect(await totals(small)).toEqual(NOTHING);
        const tiny = await small.upload(
          IMPORT('importSchemas'),
          {},
          json({ schemas: [aSchemaDoc()] }),
        );
        expect(ok(tiny)).toMatchObject({ importSchemas: { schemas: counts(1) } });
      } finally {
        await small.close();
      }
    });

    it('refuses more than IMPORT_MAX_ITEMS items in one import (413), pointing to importItems', async () => {
      const doc = {
        schemas: [aSchemaDoc()],
        catalogs: [
          aCatalogDoc({ items: Array.from({ length: 101 }, (_, k) => aDocItem(`i${k}`)) }),
        ],
      };
      const res = await importDoc('importAll', doc);
      expectError(res, 'PAYLOAD_TOO_LARGE', 413);
      expect(errorMessage(res)).toContain('IMPORT_MAX_ITEMS');
      expect(errorMessage(res)).toContain('importItems');
      expect(await totals(api)).toEqual(NOTHING);
      await api.importAll({ ...doc, catalogs: [aCatalogDoc()] });
      const items = await importItems('closet', doc.catalogs[0].items);
      expectError(items, 'PAYLOAD_TOO_LARGE', 413);
      ok(await importItems('closet', doc.catalogs[0].items.slice(0, 100)));
    });

    it('refuses a multipart upload without the CSRF preflight header (400)', async () => {
      const operations = json({ query: IMPORT('importAll'), variables: { file: null } });
      const res = await request(api.app)
        .post('/graphql')
        .field('operations', operations)
        .field('map', json({ 0: ['variables.file'] }))
        .attach('0', Buffer.from(json({ schemas: [aSchemaDoc()] })), 'doc.json');
      expect(res.status).toBe(400);
      expect(res.body.errors[0].message).toContain('CSRF');
      expect(await totals(api)).toEqual(NOTHING);
    });
  });

  describe('exportCatalog', () => {
    beforeEach(() => api.importAll(bothWardrobes()));

    const exportPage = async (name: string, first: number, after: string | null) =>
      ok(await api.gql<{ exportCatalog: ExportPage }>(EXPORT_CATALOG, { name, first, after }))
        .exportCatalog;

    it('pages a catalog: page one carries its schema, later pages only the catalog page; pages re-import to the same catalog', async () => {
      const pages: ExportPage[] = [];
      let after: string | null = null;
      do {
        const page: ExportPage = await exportPage('gender_agnostic_wardrobe_v2', 20, after);
        pages.push(page);
        after = page.pageInfo.endCursor;
      } while (pages.at(-1)!.pageInfo.hasNextPage);
      expect(pages.map(p => p.document.catalogs![0].items.length)).toEqual([20, 20, 13]);
      expect(Object.keys(pages[0].document).sort()).toEqual(['catalogs', 'schemas']);
      expect(pages[0].document.schemas).toEqual(wardrobe('wardrobe-v2').schemas);
      for (const page of pages.slice(1)) expect(Object.keys(page.document)).toEqual(['catalogs']);
      const { items: _items, ...catalog } = wardrobe('wardrobe-v2').catalogs![0];
      for (const page of pages) expect(page.document.catalogs![0]).toMatchObject(catalog);
      const all = pages.flatMap(p => p.document.catalogs![0].items);
      expect(all).toEqual(wardrobe('wardrobe-v2').catalogs![0].items);

      const other = await startApi(database);
      try {
        await other.importAll(pages[0].document);
        for (const page of pages.slice(1)) {
          const res = await other.upload<{ importItems: Result }>(
            IMPORT_ITEMS,
            { catalog: 'gender_agnostic_wardrobe_v2' },
            json({ items: page.document.catalogs![0].items }),
          );
          expect(ok(res).importItems.items.created).toBe(page.document.catalogs![0].items.length);
        }
        const copy = ok(await other.gql<{ exportAll: Doc }>('{ exportAll }')).exportAll;
        expect(copy.catalogs).toEqual(wardrobe('wardrobe-v2').catalogs);
      } finally {
        await other.close();
      }
    });

    it('refuses first above the cap and foreign cursors (400); NOT_FOUND for an unknown catalog', async () => {
      expectError(
        await api.gql(EXPORT_CATALOG, { name: 'my_wardrobe', first: 101 }),
        'BAD_USER_INPUT',
        400,
      );
      const itemCursor = Buffer.from('item:3').toString('base64url');
      for (const after of ['garbage', itemCursor]) {
        expectError(
          await api.gql(EXPORT_CATALOG, { name: 'my_wardrobe', first: 5, after }),
          'BAD_USER_INPUT',
          400,
        );
      }
      const missing = await api.gql(EXPORT_CATALOG, { name: 'nowhere', first: 5 });
      expectError(missing, 'NOT_FOUND', 200);
      expect(missing.body.data).toBeNull();
    });

    it('refuses exportAll above EXPORT_MAX_ITEMS (413), naming exportCatalog', async () => {
      const extra = wardrobe('wardrobe-v1').catalogs![0];
      const copy = (name: string) => ({
        ...extra,
        name,
        items: extra.items.map(i => ({ ...i, id: `${name}_${i.id}` })),
      });
      await api.importAll({ catalogs: [copy('more')] });
      expect((await exportAll()).catalogs).toHaveLength(3);
      await api.importAll({ catalogs: [copy('again')] });
      const res = await api.gql('{ exportAll }');
      expectError(res, 'PAYLOAD_TOO_LARGE', 413);
      expect(res.body.data).toBeNull();
      expect(errorMessage(res)).toContain('exportCatalog');
      expect(errorMessage(res)).toContain('EXPORT_MAX_ITEMS');
      expect(
        errorCode(
          await api.gql('{ exportCatalog(name: "more", first: 100) { pageInfo { hasNextPage } } }'),
        ),
      ).toBeUndefined();
    });
  });
});
