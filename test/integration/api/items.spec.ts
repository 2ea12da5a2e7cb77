import { errorMessage, expectError, issuePaths, itemIds, ok, startApi } from '../../fixtures/api';
import {
  aCatalog,
  anItem,
  aSchema,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_SCHEMA,
  DELETE_ITEM,
  ITEM_FIELDS,
  UPDATE_ITEM,
} from '../../fixtures/builders';
import type { TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

interface ItemNode {
  id: string;
  name: string;
  attributes: Record<string, unknown>;
  metadata: Record<string, unknown> | null;
  createdAt: string;
  updatedAt: string;
}

const GET = `query($catalog: CatalogName!, $id: ID!) { catalog(name: $catalog) { itemCount item(id: $id) { ${ITEM_FIELDS} } } }`;

describeEachDatabase('API: items', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog() }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'attic' }) }));
  }, 60_000);
  afterAll(() => api.close());

  const get = async (id: string, catalog = 'closet') =>
    ok(
      await api.gql<{ catalog: { itemCount: number; item: ItemNode | null } }>(GET, {
        catalog,
        id,
      }),
    ).catalog.item;
  const create = (input: Record<string, unknown>, catalog = 'closet') =>
    api.gql<{ createItem: ItemNode }>(CREATE_ITEM, { catalog, input });
  const update = (id: string, input: Record<string, unknown>, catalog = 'closet') =>
    api.gql<{ updateItem: ItemNode }>(UPDATE_ITEM, { catalog, id, input });

  it('creates an item and reads it back (attributes and metadata as written)', async () => {
    const input = anItem(
      'shirt-1',
      { colors: ['white', 'blue'] },
      { metadata: { bought: 2024, shop: { city: 'Lyon' } } },
    );
    const created = ok(await create(input)).createItem;
    expect(created).toMatchObject(input);
    expect(Date.parse(created.createdAt)).not.toBeNaN();
    expect(await get('shirt-1')).toEqual(created);
    const bare = ok(await create(anItem('pants-1', { category: 'pants' }))).createItem;
    expect(bare.metadata).toBeNull();
  });

  it('keeps insertion order, whatever the ids', async () => {
    for (const id of ['z', 'a', 'm']) ok(await create(anItem(id)));
    expect(await itemIds(api, 'closet')).toEqual(['shirt-1', 'pants-1', 'z', 'a', 'm']);
  });

  it('refuses an invalid item listing ALL its problems (422), writing nothing', async () => {
    const res = await create({
      id: 'bad',
      name: 'Bad',
      attributes: { category: 'sock', formality: 9, colors: ['red', 3], size: 3 },
      metadata: null,
    });
    expectError(res, 'UNPROCESSABLE', 422);
    expect(res.body.data).toBeNull();
    expect(issuePaths(res).sort()).toEqual(
      [
        'input.attributes.category',
        'input.attributes.colors[1]',
        'input.attributes.formality',
        'input.attributes.size',
      ].sort(),
    );
    expect(errorMessage(res)).toContain('4 problems');
    const missing = await create({ id: 'bad', name: 'Bad', attributes: { formality: 2 } });
    expectError(missing, 'UNPROCESSABLE', 422);
    expect(issuePaths(missing)).toEqual(['input.attributes.category']);
    expect(await get('bad')).toBeNull();
  });

  it('checks item ids: 1-255 printable characters', async () => {
    ok(await create(anItem('x'.repeat(255))));
    for (const id of ['x'.repeat(256), 'tab\tbed', 'nul\u0000']) {
      const res = await create(anItem(id));
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual(['input.id']);
    }
    ok(await create(anItem('with space & ünïcödé / ok')));
    expect(await get('with space & ünïcödé / ok')).not.toBeNull();
  });

  it('refuses a duplicate id in the same catalog (409); the same id elsewhere is fine', async () => {
    const dup = await create(anItem('z', { formality: 1 }));
    expectError(dup, 'CONFLICT', 409);
    expect(errorMessage(dup)).toContain('"z"');
    expect((await get('z'))!.attributes.formality).toBe(3);
    ok(await create(anItem('z'), 'attic'));
    expect(await get('z', 'attic')).not.toBeNull();
  });

  it('answers NOT_FOUND (200, data null) for an unknown catalog', async () => {
    const res = await create(anItem('q'), 'nowhere');
    expectError(res, 'NOT_FOUND', 200);
    expect(res.body.data).toBeNull();
    expect(errorMessage(res)).toContain('"nowhere"');
  });

  describe('update', () => {
    it('changes only what is given; attributes are replaced whole; createdAt stays, updatedAt moves', async () => {
      const before = (await get('shirt-1'))!;
      await new Promise(resolve => setTimeout(resolve, 5));
      const renamed = ok(await update('shirt-1', { name: 'Oxford shirt' })).updateItem;
      expect(renamed).toMatchObject({
        id: 'shirt-1',
        name: 'Oxford shirt',
        attributes: before.attributes,
        metadata: before.metadata,
        createdAt: before.createdAt,
      });
      expect(Date.parse(renamed.updatedAt)).toBeGreaterThan(Date.parse(before.updatedAt));
      const replaced = ok(
        await update('shirt-1', { attributes: { category: 'shirt', formality: 5 } }),
      ).updateItem;
      expect(replaced.attributes).toEqual({ category: 'shirt', formality: 5 });
      const cleared = ok(await update('shirt-1', { metadata: null })).updateItem;
      expect(cleared).toMatchObject({ name: 'Oxford shirt', metadata: null });
      expect(await get('shirt-1')).toEqual(cleared);
      expect((await itemIds(api, 'closet'))[0]).toBe('shirt-1');
    });

    it('validates the new attributes (422, every problem) and changes nothing', async () => {
      const before = await get('shirt-1');
      const res = await update('shirt-1', {
        name: 'x',
        attributes: { formality: 0, colors: 'red' },
      });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res).sort()).toEqual(
        [
          'input.attributes.category',
          'input.attributes.colors',
          'input.attributes.formality',
        ].sort(),
      );
      expect(await get('shirt-1')).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown item or catalog', async () => {
      const item = await update('ghost', { name: 'x' });
      expectError(item, 'NOT_FOUND', 200);
      expect(errorMessage(item)).toContain('"ghost"');
      expectError(await update('shirt-1', { name: 'x' }, 'nowhere'), 'NOT_FOUND', 200);
    });
  });

  describe('delete', () => {
    it('deletes one item, keeps the order of the others, and appends new items at the end', async () => {
      const before = await itemIds(api, 'closet');
      expect(ok(await api.gql(DELETE_ITEM, { catalog: 'closet', id: 'z' }))).toEqual({
        deleteItem: true,
      });
      expect(await get('z')).toBeNull();
      expect(await get('z', 'attic')).not.toBeNull();
      expect(await itemIds(api, 'closet')).toEqual(before.filter(id => id !== 'z'));
      ok(await create(anItem('z')));
      expect(await itemIds(api, 'closet')).toEqual([...before.filter(id => id !== 'z'), 'z']);
    });

    it('answers NOT_FOUND for an unknown item or catalog', async () => {
      const res = await api.gql(DELETE_ITEM, { catalog: 'closet', id: 'ghost' });
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
      expectError(await api.gql(DELETE_ITEM, { catalog: 'nowhere', id: 'z' }), 'NOT_FOUND', 200);
    });
  });
});
