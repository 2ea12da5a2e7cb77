import {
  errorMessage,
  expectError,
  itemIds,
  ok,
  startApi,
  walk,
  type Connection,
} from '../../fixtures/api';
import {
  aCatalog,
  anItem,
  aSchema,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_SCHEMA,
  ITEM_FIELDS,
  UPDATE_CATALOG,
} from '../../fixtures/builders';
import type { TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

interface CatalogNode {
  name: string;
  description: string | null;
  metadata: Record<string, unknown> | null;
  itemCount: number;
  schema: { name: string };
  createdAt: string;
  updatedAt: string;
}

const GET =
  'query($name: CatalogName!) { catalog(name: $name) { name description metadata itemCount schema { name } createdAt updatedAt } }';
const LIST = `query($first: Int, $after: String) { catalogs(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name itemCount schema { name } items(first: 1) { edges { node { id } } } } } } }`;
const ITEMS = `query($name: CatalogName!, $first: Int, $after: String) { catalog(name: $name) { items(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ITEM_FIELDS} } } } } }`;
const DELETE = 'mutation($name: CatalogName!) { deleteCatalog(name: $name) }';

describeEachDatabase('API: catalogs', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
  }, 60_000);
  afterAll(() => api.close());

  const get = async (name: string) =>
    ok(await api.gql<{ catalog: CatalogNode | null }>(GET, { name })).catalog;
  const addItems = async (catalog: string, ids: string[]) => {
    for (const id of ids) ok(await api.gql(CREATE_ITEM, { catalog, input: anItem(id) }));
  };
  /** Rows of the items table for a catalog, read past the API. */
  const storedItemRows = async (catalogName: string) => {
    const rows: { n: number | string }[] = await api.db.orm.em
      .getConnection()
      .execute(
        'select count(*) as n from items i join catalogs c on c.id = i.catalog_id where c.name = ?',
        [catalogName],
      );
    return Number(rows[0].n);
  };

  it('creates a catalog on a schema, with description and metadata, and reads it back', async () => {
    const metadata = { owner: 'ana', tags: ['a', 'b'], nested: { n: 1 } };
    const input = aCatalog({ metadata });
    const created = ok(
      await api.gql<{ createCatalog: CatalogNode }>(CREATE_CATALOG, { input }),
    ).createCatalog;
    expect(created).toMatchObject({
      name: 'closet',
      description: 'test catalog',
      metadata,
      itemCount: 0,
      schema: { name: 'garments' },
    });
    expect(await get('closet')).toEqual(created);
  });

  it('answers null for an unknown catalog; NOT_FOUND for an unknown schema; CONFLICT for a taken name', async () => {
    expect(await get('nowhere')).toBeNull();
    const noSchema = await api.gql(CREATE_CATALOG, {
      input: aCatalog({ name: 'orphan', schemaName: 'nope' }),
    });
    expectError(noSchema, 'NOT_FOUND', 200);
    expect(noSchema.body.data).toBeNull();
    expect(await get('orphan')).toBeNull();
    const dup = await api.gql(CREATE_CATALOG, { input: aCatalog({ description: 'again' }) });
    expectError(dup, 'CONFLICT', 409);
    expect(errorMessage(dup)).toContain('"closet"');
    expect((await get('closet'))!.description).toBe('test catalog');
  });

  it('refuses a bad catalog name inside the input, as a literal and as a variable (400)', async () => {
    const literal = await api.gql(
      'mutation { createCatalog(input: { name: "../closet", schemaName: "garments" }) { name } }',
    );
    expectError(literal, 'BAD_USER_INPUT', 400);
    const variable = await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'my closet' }) });
    expectError(variable, 'BAD_USER_INPUT', 400);
    expect(errorMessage(variable)).toContain('CatalogName');
  });

  describe('items of a catalog', () => {
    const ids = ['k7', 'k1', 'k5', 'k2', 'k6', 'k3', 'k4'];
    beforeAll(() => addItems('closet', ids));

    const page = async (first: number | null, after: string | null, name = 'closet') =>
      api.gql<{ catalog: { items: Connection<{ id: string; name: string }> } }>(ITEMS, {
        name,
        first,
        after,
      });

    it('pages items in insertion order (not id order) with opaque cursors', async () => {
      const { nodes, pages } = await walk(async after => ok(await page(3, after)).catalog.items);
      expect(nodes.map(n => n.id)).toEqual(ids);
      expect(pages.map(p => p.edges.length)).toEqual([3, 3, 1]);
      expect(pages[0].totalCount).toBe(7);
      expect(nodes[0]).toMatchObject({ id: 'k7', name: 'Item k7' });
      expect(ok(await page(null, null)).catalog.items.edges).toHaveLength(7);
      expect((await get('closet'))!.itemCount).toBe(7);
    });

    it('reads one item by id, null for an unknown id', async () => {
      const res = await api.gql<{ catalog: { a: unknown; b: unknown } }>(
        '{ catalog(name: "closet") { a: item(id: "k5") { id attributes } b: item(id: "zz") { id } } }',
      );
      expect(ok(res).catalog).toEqual({
        a: { id: 'k5', attributes: { category: 'shirt', formality: 3 } },
        b: null,
      });
    });

    it('refuses items(first) above 1000 and garbage or foreign cursors (400)', async () => {
      ok(await page(1000, null));
      expectError(await page(1001, null), 'BAD_USER_INPUT', 400);
      expectError(await page(2, 'not-a-cursor'), 'BAD_USER_INPUT', 400);
      const catalogCursor = ok(await api.gql<{ catalogs: Connection<unknown> }>(LIST, { first: 1 }))
        .catalogs.edges[0].cursor;
      expectError(await page(2, catalogCursor), 'BAD_USER_INPUT', 400);
    });

    it('reports bad items arguments on the items field, whichever way the catalog was read', async () => {
      for (const [first, after] of [
        [1001, null],
        [2, 'not-a-cursor'],
      ] as const) {
        const res = await page(first, after);
        expectError(res, 'BAD_USER_INPUT', 400);
        expect(res.body.errors?.[0]?.path).toEqual(['catalog', 'items']);
      }
    });

    it('answers items selected through aliases, fragments and directives', async () => {
      const third = ok(await page(2, null)).catalog.items.pageInfo.endCursor;
      const ids = (edges: { node: { id: string } }[]) => edges.map(e => e.node.id);
      type Edges = { edges: { node: { id: string } }[] };
      const aliased = ok(
        await api.gql<{ catalog: { a: Edges; b: Edges } }>(
          'query($after: String) { catalog(name: "closet") { a: items(first: 2) { edges { node { id } } } b: items(first: 2, after: $after) { edges { node { id } } } } }',
          { after: third },
        ),
      ).catalog;
      expect([ids(aliased.a.edges), ids(aliased.b.edges)]).toEqual([
        ['k7', 'k1'],
        ['k5', 'k2'],
      ]);
      const fragment = ok(
        await api.gql<{ catalog: { items: Edges } }>(
          '{ catalog(name: "closet") { ...F } } fragment F on Catalog { items(first: 3) { edges { node { id } } } }',
        ),
      ).catalog;
      expect(ids(fragment.items.edges)).toEqual(['k7', 'k1', 'k5']);
      const skipped = ok(
        await api.gql<{ catalog: Record<string, unknown> }>(
          'query($on: Boolean!) { catalog(name: "closet") { name items(first: 1) @include(if: $on) { edges { node { id } } } } }',
          { on: false },
        ),
      ).catalog;
      expect(skipped).toEqual({ name: 'closet' });
      const missing = ok(
        await api.gql<{ catalog: unknown }>(
          '{ catalog(name: "nowhere") { items(first: 2) { edges { node { id } } } } }',
        ),
      ).catalog;
      expect(missing).toBeNull();
    });

    it('keeps paging stable across a deletion (keyset cursors)', async () => {
      const first = ok(await page(3, null)).catalog.items;
      ok(await api.gql('mutation { deleteItem(catalogName: "closet", id: "k2") }'));
      const rest = ok(await page(10, first.pageInfo.endCursor)).catalog.items;
      expect(rest.edges.map(e => e.node.id)).toEqual(['k6', 'k3', 'k4']);
      expect(rest.totalCount).toBe(6);
    });
  });

  it('lists catalogs in creation order with their item counts, page by page', async () => {
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'empty' }) }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'pair' }) }));
    await addItems('pair', ['x', 'y']);
    const list = async (first: number, after: string | null) =>
      ok(
        await api.gql<{ catalogs: Connection<{ name: string; itemCount: number }> }>(LIST, {
          first,
          after,
        }),
      ).catalogs;
    const { nodes, pages } = await walk(after => list(2, after));
    const first = (id: string) => ({ edges: [{ node: { id } }] });
    expect(nodes).toEqual([
      { name: 'closet', itemCount: 6, schema: { name: 'garments' }, items: first('k7') },
      { name: 'empty', itemCount: 0, schema: { name: 'garments' }, items: { edges: [] } },
      { name: 'pair', itemCount: 2, schema: { name: 'garments' }, items: first('x') },
    ]);
    expect(pages[0].totalCount).toBe(3);
    // Counts are cached per catalog revision: an item write is seen by the next read.
    await addItems('pair', ['z']);
    expect((await list(3, null)).edges.map(e => e.node.itemCount)).toEqual([6, 0, 3]);
    expect((await get('pair'))!.itemCount).toBe(3);
    ok(await api.gql('mutation { deleteItem(catalogName: "pair", id: "x") }'));
    expect((await get('pair'))!.itemCount).toBe(2);
    expect((await list(3, null)).edges.map(e => e.node.itemCount)).toEqual([6, 0, 2]);
    expectError(await api.gql(LIST, { first: 1001 }), 'BAD_USER_INPUT', 400);
    expectError(await api.gql(LIST, { first: 1, after: 'Zm9vOjE' }), 'BAD_USER_INPUT', 400);
  });

  describe('update', () => {
    const update = (input: Record<string, unknown>, name = 'closet') =>
      api.gql<{ updateCatalog: CatalogNode }>(UPDATE_CATALOG, { name, input });

    it('changes only what is given, clears with null, and moves updatedAt', async () => {
      const before = (await get('closet'))!;
      await new Promise(resolve => setTimeout(resolve, 5));
      const described = ok(await update({ description: 'renamed' })).updateCatalog;
      expect(described).toMatchObject({
        description: 'renamed',
        metadata: before.metadata,
        itemCount: 6,
      });
      expect(described.createdAt).toBe(before.createdAt);
      expect(Date.parse(described.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      const meta = ok(await update({ metadata: { season: 'all' } })).updateCatalog;
      expect(meta).toMatchObject({ description: 'renamed', metadata: { season: 'all' } });
      const cleared = ok(await update({ description: null, metadata: null })).updateCatalog;
      expect(cleared).toMatchObject({ description: null, metadata: null });
      expect(await get('closet')).toMatchObject({
        description: null,
        metadata: null,
        itemCount: 6,
      });
      expect(await itemIds(api, 'closet')).toEqual(['k7', 'k1', 'k5', 'k6', 'k3', 'k4']);
    });

    it('answers NOT_FOUND for an unknown catalog', async () => {
      const res = await update({ description: 'x' }, 'nowhere');
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
    });
  });

  describe('delete', () => {
    it('deletes a catalog with all its items (nothing else changes)', async () => {
      expect(await storedItemRows('pair')).toBe(2);
      expect(ok(await api.gql(DELETE, { name: 'pair' }))).toEqual({ deleteCatalog: true });
      expect(await get('pair')).toBeNull();
      expect(await storedItemRows('pair')).toBe(0);
      const remaining = ok(
        await api.gql<{ catalogs: { totalCount: number } }>('{ catalogs { totalCount } }'),
      );
      expect(remaining).toEqual({ catalogs: { totalCount: 2 } });
      expect(await storedItemRows('closet')).toBe(6);
      const rows: { n: number | string }[] = await api.db.orm.em
        .getConnection()
        .execute('select count(*) as n from items');
      expect(Number(rows[0].n)).toBe(6);
    });

    it('a re-created catalog of the same name starts empty', async () => {
      ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'pair' }) }));
      expect(await get('pair')).toMatchObject({ itemCount: 0 });
      expect(await itemIds(api, 'pair')).toEqual([]);
      ok(await api.gql(CREATE_ITEM, { catalog: 'pair', input: anItem('x') }));
      expect(await itemIds(api, 'pair')).toEqual(['x']);
    });

    it('answers NOT_FOUND when there is nothing to delete', async () => {
      const res = await api.gql(DELETE, { name: 'nowhere' });
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
    });
  });
});
