import { example, startTestApi, type GraphQLResponse, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

const IMPORT = (kind: string) =>
  `mutation($file: Upload!, $mode: ImportConflictStrategy) { ${kind}(file: $file, onConflict: $mode) {
     schemas { created updated skipped } ruleSets { created updated skipped } clusterRuleSets { created updated skipped }
     catalogs { created updated skipped } items { created updated skipped } warnings } }`;
const IMPORT_ITEMS = `mutation($file: Upload!, $mode: ImportConflictStrategy) { importItems(catalogName: "my_wardrobe", file: $file, onConflict: $mode) { items { created updated skipped } } }`;
const COUNTS =
  '{ schemas { totalCount } ruleSets { totalCount } clusterRuleSets { totalCount } catalogs { totalCount } }';

type Counts = Record<string, { created: number; updated: number; skipped: number }> & {
  warnings: string[];
};
const code = (res: GraphQLResponse) => res.body.errors?.[0]?.extensions?.code;
const json = (doc: unknown) => JSON.stringify(doc);

describeEachDatabase('API: import and export', database => {
  let api: TestApi;
  beforeEach(async () => {
    api = await startTestApi(database, {
      MAX_UPLOAD_SIZE_MB: '1',
      IMPORT_MAX_ITEMS: '60',
      EXPORT_MAX_ITEMS: '100',
    });
  }, 60_000);
  afterEach(() => api.close());

  const counts = async () =>
    (await api.gql<Record<string, { totalCount: number }>>(COUNTS)).body.data!;

  it('imports both wardrobe examples unchanged, with the unknown config key as a warning', async () => {
    const v2 = await api.upload<{ importAll: Counts }>(
      IMPORT('importAll'),
      {},
      json(example('wardrobe-v2')),
    );
    expect(v2.body.errors).toBeUndefined();
    expect(v2.body.data!.importAll.items.created).toBe(53);
    expect(v2.body.data!.importAll.warnings.some(w => w.includes('max'))).toBe(true);
    const v1 = await api.upload<{ importAll: Counts }>(
      IMPORT('importAll'),
      {},
      json(example('wardrobe-v1')),
    );
    expect(v1.body.data!.importAll.catalogs.created).toBe(1);
    expect(await counts()).toEqual({
      schemas: { totalCount: 2 },
      ruleSets: { totalCount: 2 },
      clusterRuleSets: { totalCount: 2 },
      catalogs: { totalCount: 2 },
    });
  });

  it('round-trips: export -> import into an empty database -> export gives the same document', async () => {
    await api.importAll(example('wardrobe-v1'));
    await api.importAll(example('wardrobe-v2'));
    const first = (await api.gql<{ exportAll: Record<string, unknown> }>('{ exportAll }')).body
      .data!.exportAll;
    expect(first).toEqual({
      schemas: [
        ...(example('wardrobe-v1').schemas as unknown[]),
        ...(example('wardrobe-v2').schemas as unknown[]),
      ],
      rulesets: [
        ...(example('wardrobe-v1').rulesets as unknown[]),
        ...(example('wardrobe-v2').rulesets as unknown[]),
      ],
      cluster_rulesets: [
        ...(example('wardrobe-v1').cluster_rulesets as unknown[]),
        ...(example('wardrobe-v2').cluster_rulesets as unknown[]),
      ],
      catalogs: [
        ...(example('wardrobe-v1').catalogs as unknown[]),
        ...(example('wardrobe-v2').catalogs as unknown[]),
      ],
    });
    const other = await startTestApi(database);
    try {
      await other.importAll(first);
      const second = (await other.gql<{ exportAll: unknown }>('{ exportAll }')).body.data!
        .exportAll;
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    } finally {
      await other.close();
    }
  });

  it('is atomic: one invalid item in the last catalog writes nothing and every problem is listed with its path', async () => {
    const doc = example('wardrobe-v2') as {
      catalogs: { items: { attributes: Record<string, unknown> }[] }[];
    };
    doc.catalogs[0].items[12].attributes.formality = 'very';
    doc.catalogs[0].items[30].attributes.category = 'spacesuit';
    const res = await api.upload(IMPORT('importAll'), {}, json(doc));
    expect(res.status).toBe(422);
    const paths = (res.body.errors![0].extensions!.issues as { path: string }[]).map(i => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'catalogs[0].items[12].attributes.formality',
        'catalogs[0].items[30].attributes.category',
      ]),
    );
    expect(await counts()).toEqual({
      schemas: { totalCount: 0 },
      ruleSets: { totalCount: 0 },
      clusterRuleSets: { totalCount: 0 },
      catalogs: { totalCount: 0 },
    });
  });

  it('applies FAIL, SKIP and REPLACE on conflicts', async () => {
    await api.importAll(example('wardrobe-v1'));
    const fail = await api.upload(
      IMPORT('importAll'),
      { mode: 'FAIL' },
      json(example('wardrobe-v1')),
    );
    expect(fail.status).toBe(409);
    expect(fail.body.errors![0].extensions!.conflicts).toEqual(
      expect.arrayContaining(['schema "wardrobe_v1"', 'catalog "my_wardrobe"']),
    );
    const skip = await api.upload<{ importAll: Counts }>(
      IMPORT('importAll'),
      { mode: 'SKIP' },
      json(example('wardrobe-v1')),
    );
    expect(skip.body.data!.importAll.schemas).toEqual({ created: 0, updated: 0, skipped: 1 });
    expect(skip.body.data!.importAll.items.skipped).toBe(19);
    const changed = example('wardrobe-v1') as {
      catalogs: { description: string; items: unknown[] }[];
    };
    changed.catalogs[0].description = 'replaced';
    changed.catalogs[0].items = changed.catalogs[0].items.slice(0, 5);
    const replace = await api.upload<{ importAll: Counts }>(
      IMPORT('importAll'),
      { mode: 'REPLACE' },
      json(changed),
    );
    expect(replace.body.data!.importAll.catalogs.updated).toBe(1);
    expect(replace.body.data!.importAll.items.updated).toBe(5);
    const catalog = await api.gql<{ catalog: { description: string; itemCount: number } }>(
      '{ catalog(name: "my_wardrobe") { description itemCount } }',
    );
    expect(catalog.body.data!.catalog).toEqual({ description: 'replaced', itemCount: 5 });
  });

  it('import<Kind> imports only its own kind from a full document', async () => {
    const res = await api.upload<{ importSchemas: Counts }>(
      IMPORT('importSchemas'),
      {},
      json(example('wardrobe-v2')),
    );
    expect(res.body.data!.importSchemas.schemas.created).toBe(1);
    expect(res.body.data!.importSchemas.catalogs.created).toBe(0);
    const rules = await api.upload<{ importRuleSets: Counts }>(
      IMPORT('importRuleSets'),
      {},
      json(example('wardrobe-v2')),
    );
    expect(rules.body.data!.importRuleSets.ruleSets.created).toBe(1);
    const clusters = await api.upload<{ importClusterRuleSets: Counts }>(
      IMPORT('importClusterRuleSets'),
      {},
      json(example('wardrobe-v2')),
    );
    expect(clusters.body.data!.importClusterRuleSets.clusterRuleSets.created).toBe(1);
    const catalogs = await api.upload<{ importCatalogs: Counts }>(
      IMPORT('importCatalogs'),
      {},
      json(example('wardrobe-v2')),
    );
    expect(catalogs.body.data!.importCatalogs.items.created).toBe(53);
    expect(await counts()).toEqual({
      schemas: { totalCount: 1 },
      ruleSets: { totalCount: 1 },
      clusterRuleSets: { totalCount: 1 },
      catalogs: { totalCount: 1 },
    });
  });

  it('importItems appends in catalog order and honours the conflict strategy', async () => {
    const doc = example('wardrobe-v1') as { catalogs: { items: { id: string }[] }[] };
    const items = doc.catalogs[0].items;
    doc.catalogs[0].items = items.slice(0, 10);
    await api.importAll(doc);
    const added = await api.upload<{ importItems: Counts }>(
      IMPORT_ITEMS,
      {},
      json({ items: items.slice(10) }),
    );
    expect(added.body.data!.importItems.items.created).toBe(9);
    const ids = await api.gql<{ catalog: { items: { edges: { node: { id: string } }[] } } }>(
      '{ catalog(name: "my_wardrobe") { items(first: 100) { edges { node { id } } } } }',
    );
    expect(ids.body.data!.catalog.items.edges.map(e => e.node.id)).toEqual(items.map(i => i.id));
    expect(
      code(await api.upload(IMPORT_ITEMS, { mode: 'FAIL' }, json({ items: items.slice(0, 2) }))),
    ).toBe('UNPROCESSABLE');
    const skip = await api.upload<{ importItems: Counts }>(
      IMPORT_ITEMS,
      { mode: 'SKIP' },
      json({ items: items.slice(0, 2) }),
    );
    expect(skip.body.data!.importItems.items).toEqual({ created: 0, updated: 0, skipped: 2 });
    const replace = await api.upload<{ importItems: Counts }>(
      IMPORT_ITEMS,
      { mode: 'REPLACE' },
      json({ items: items.slice(0, 2) }),
    );
    expect(replace.body.data!.importItems.items).toEqual({ created: 0, updated: 2, skipped: 0 });
  });

  it('reads YAML, and refuses unreadable files, YAML bombs, oversized uploads and too many items', async () => {
    const yaml = `schemas:\n  - name: tiny\n    version: 1.0.0\n    dimensions:\n      - name: colour\n        type: string\n`;
    const ok = await api.upload<{ importAll: Counts }>(IMPORT('importAll'), {}, yaml, 'tiny.yaml');
    expect(ok.body.data!.importAll.schemas.created).toBe(1);
    const garbage = await api.upload(IMPORT('importAll'), {}, '{ this is : not [ json', 'x.json');
    expect(garbage.status).toBe(400);
    expect(code(garbage)).toBe('BAD_USER_INPUT');
    const bomb = [
      'a: &a ["x","x"]',
      ...Array.from(
        { length: 12 },
        (_, k) =>
          `${String.fromCharCode(98 + k)}: &${String.fromCharCode(98 + k)} [*${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}, *${String.fromCharCode(97 + k)}]`,
      ),
    ].join('\n');
    const bombed = await api.upload(IMPORT('importAll'), {}, bomb, 'bomb.yaml');
    expect(bombed.status).toBe(400);
    expect(code(bombed)).toBe('BAD_USER_INPUT');
    const big = await api.upload(
      IMPORT('importAll'),
      {},
      Buffer.alloc(1024 * 1024 + 10, 32),
      'big.json',
    );
    expect(big.status).toBe(413);
    expect(code(big)).toBe('PAYLOAD_TOO_LARGE');
    expect(big.body.errors![0].message).toContain('1 MB');
    const many = example('wardrobe-v2') as { catalogs: { items: unknown[] }[] };
    many.catalogs[0].items = [...many.catalogs[0].items, ...many.catalogs[0].items];
    const tooMany = await api.upload(IMPORT('importAll'), {}, json(many));
    expect(tooMany.status).toBe(413);
    expect(tooMany.body.errors![0].message).toContain('importItems');
  });

  it('exports a catalog page by page and refuses exportAll above the export limit', async () => {
    await api.importAll(example('wardrobe-v2'));
    const page = (after: string | null) =>
      api.gql<{
        exportCatalog: {
          document: { schemas?: unknown[]; catalogs: { items: { id: string }[] }[] };
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      }>(
        'query($after: String) { exportCatalog(name: "gender_agnostic_wardrobe_v2", first: 20, after: $after) { document pageInfo { hasNextPage endCursor } } }',
        { after },
      );
    const ids: string[] = [];
    let after: string | null = null;
    for (let k = 0; ; k++) {
      const p = (await page(after)).body.data!.exportCatalog;
      expect(Boolean(p.document.schemas)).toBe(k === 0);
      ids.push(...p.document.catalogs[0].items.map(i => i.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(ids).toEqual(
      (example('wardrobe-v2') as { catalogs: { items: { id: string }[] }[] }).catalogs[0].items.map(
        i => i.id,
      ),
    );
    await api.importAll(example('wardrobe-v1'));
    await api.importAll({
      catalogs: [
        {
          name: 'more',
          schema_ref: 'wardrobe_v1',
          items: (
            example('wardrobe-v1') as { catalogs: { items: unknown[] }[] }
          ).catalogs[0].items.map((item, k) => ({ ...(item as object), id: `m${k}` })),
        },
      ],
    });
    await api.importAll({
      catalogs: [
        {
          name: 'more2',
          schema_ref: 'wardrobe_v1',
          items: (
            example('wardrobe-v1') as { catalogs: { items: unknown[] }[] }
          ).catalogs[0].items.map((item, k) => ({ ...(item as object), id: `n${k}` })),
        },
      ],
    });
    const refused = await api.gql('{ exportAll }');
    expect(code(refused)).toBe('PAYLOAD_TOO_LARGE');
    expect(refused.body.errors![0].message).toContain('exportCatalog');
  });
});
