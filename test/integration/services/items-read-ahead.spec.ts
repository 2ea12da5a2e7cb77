import { createServices, EngineCache } from '../../../src/services';
import { importExample } from '../../helpers/entities';
import { describeEachDatabase, type TestOrm } from '../../helpers/orm';

const CATALOG = 'gender_agnostic_wardrobe_v2';

describeEachDatabase('CatalogService.findWithItems and ItemService.page', database => {
  let db: TestOrm;
  beforeAll(async () => {
    db = await database.fresh();
    await importExample(db, 'wardrobe-v2.json');
  }, 60_000);
  afterAll(() => db?.cleanup());

  const services = () => createServices(db.orm.em.fork(), new EngineCache(), db.config);
  const ids = (page: { edges: readonly { node: { id: string } }[] }) =>
    page.edges.map(e => e.node.id);

  it('answers Catalog.items from the page read with the catalog, as a separate read would', async () => {
    const s = services();
    const first = await s.items.page(CATALOG, { first: 4 });
    const request = { first: 5, after: first.pageInfo.endCursor };
    const record = await s.catalogs.findWithItems(CATALOG, request);
    expect(record?.itemsPage).toMatchObject({ first: 5, after: request.after });
    const ahead = await s.items.page(record!, request);
    const separate = await services().items.page(CATALOG, request);
    expect(ahead.edges).toEqual(separate.edges);
    expect(ahead.pageInfo).toEqual(separate.pageInfo);
    expect(await ahead.totalCount).toBe(await separate.totalCount);
    expect(await record!.itemCount).toBe(await separate.totalCount);
  });

  it('uses the page read ahead only for the same arguments', async () => {
    const s = services();
    const record = await s.catalogs.findWithItems(CATALOG, { first: 2 });
    const marked = {
      ...record!,
      itemsPage: {
        ...record!.itemsPage!,
        items: record!.itemsPage!.items.map(row => ({ ...row, itemId: `ahead:${row.itemId}` })),
      },
    };
    expect(ids(await s.items.page(marked, { first: 2 }))).toEqual(
      record!.itemsPage!.items.map(row => `ahead:${row.itemId}`),
    );
    const other = await s.items.page(marked, { first: 3 });
    expect(ids(other).every(id => !id.startsWith('ahead:'))).toBe(true);
    expect(ids(other)).toHaveLength(3);
    const after = (await s.items.page(CATALOG, { first: 1 })).pageInfo.endCursor;
    expect(ids(await s.items.page(marked, { first: 2, after }))).toEqual(
      ids(await s.items.page(CATALOG, { first: 2, after })),
    );
  });

  it('reads the catalog alone when the cursor does not decode (Catalog.items reports it)', async () => {
    const s = services();
    const record = await s.catalogs.findWithItems(CATALOG, { first: 2, after: 'garbage' });
    expect(record?.name).toBe(CATALOG);
    expect(record?.itemsPage).toBeUndefined();
    await expect(s.items.page(record!, { first: 2, after: 'garbage' })).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await s.catalogs.findWithItems('nowhere', { first: 2 })).toBeNull();
  });
});
