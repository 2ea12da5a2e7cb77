import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CatalogEntity, ItemEntity, type SchemaEntity } from '../../../src/persistence/entities';
import { toCatalogData, toItemDef, toItemRecord } from '../../../src/persistence/mappers';
import { addItems, createCatalog, createSchema } from '../../helpers/entities';
import { describeEachDatabase, type TestOrm } from '../../helpers/orm';

describeEachDatabase('catalog items', database => {
  let db: TestOrm;
  let schema: SchemaEntity;
  beforeAll(async () => {
    db = await database.fresh();
  }, 30_000);
  afterAll(() => db?.cleanup());
  beforeEach(async () => {
    await db.orm.schema.clearDatabase();
    schema = await createSchema(fork(), 'clothes');
  });

  const fork = () => db.orm.em.fork();
  const items = () => fork().getRepository(ItemEntity);
  const catalogNamed = async (name: string) =>
    (await fork().getRepository(CatalogEntity).findByName(name))!;

  it('keeps insertion order (not id order) and hands out consecutive positions', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    await addItems(fork(), catalog, ['shirt', 'pants']);
    await addItems(fork(), catalog, ['belt', 'alpha', 'zeta']);
    const all = await items().all(catalog);
    expect(all.map(i => i.itemId)).toEqual(['shirt', 'pants', 'belt', 'alpha', 'zeta']);
    expect(all.map(i => i.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('pages items by position with hasNextPage and totalCount', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    const ids = Array.from({ length: 25 }, (_, i) => `item-${String(25 - i).padStart(2, '0')}`);
    await addItems(fork(), catalog, ids);

    const seen: string[] = [];
    let after: number | undefined;
    let pages = 0;
    for (;;) {
      const page = await items().page(catalog, { first: 10, after });
      expect(page.totalCount).toBe(25);
      seen.push(...page.items.map(i => i.itemId));
      pages += 1;
      if (!page.hasNextPage) break;
      after = page.items[page.items.length - 1]!.position;
    }
    expect(pages).toBe(3);
    expect(seen).toEqual(ids);
    expect(await items().page(catalog, { first: 5, after: 24 })).toMatchObject({
      items: [],
      hasNextPage: false,
    });
  });

  it('keeps pages stable when items are deleted between pages', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    await addItems(fork(), catalog, ['a', 'b', 'c', 'd', 'e']);
    const first = await items().page(catalog, { first: 2 });
    await fork().nativeDelete(ItemEntity, { catalog, itemId: { $in: ['b', 'c'] } });
    const next = await items().page(catalog, { first: 2, after: first.items[1]!.position });
    expect(next.items.map(i => i.itemId)).toEqual(['d', 'e']);
    expect(next.totalCount).toBe(3);
  });

  it('makes item ids unique per catalog, not across catalogs', async () => {
    const closet = await createCatalog(fork(), 'closet', schema);
    const drawer = await createCatalog(fork(), 'drawer', schema);
    await addItems(fork(), closet, ['sock']);
    await addItems(fork(), drawer, ['sock']);
    await expect(addItems(fork(), closet, ['sock'])).rejects.toBeInstanceOf(
      UniqueConstraintViolationException,
    );
    // The failed transaction released its positions and revision bump.
    expect((await catalogNamed('closet')).nextPosition).toBe(1);
    expect(await items().countInCatalog(closet)).toBe(1);
  });

  it('finds items by id, in catalog order, and reports which exist', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    await addItems(fork(), catalog, ['c', 'a', 'b']);
    expect((await items().findByItemId(catalog, 'a'))?.name).toBe('Item a');
    expect(await items().findByItemId(catalog, 'nope')).toBeNull();
    const found = await items().findByItemIds(catalog, ['b', 'c', 'missing', 'b']);
    expect(found.map(i => i.itemId)).toEqual(['c', 'b']);
    expect(await items().existingItemIds(catalog, ['a', 'x', 'b'])).toEqual(new Set(['a', 'b']));
  });

  it('counts items of several catalogs in one query', async () => {
    const closet = await createCatalog(fork(), 'closet', schema);
    const drawer = await createCatalog(fork(), 'drawer', schema);
    const empty = await createCatalog(fork(), 'empty', schema);
    await addItems(fork(), closet, ['a', 'b', 'c']);
    await addItems(fork(), drawer, ['a']);
    const counts = await items().countsByCatalog([closet, drawer, empty]);
    expect([...counts.entries()]).toEqual([
      [closet.id, 3],
      [drawer.id, 1],
      [empty.id, 0],
    ]);
    const catalog = await catalogNamed('closet');
    expect(toCatalogData(catalog, counts.get(catalog.id)!)).toMatchObject({
      name: 'closet',
      schemaName: 'clothes',
      itemCount: 3,
      metadata: null,
    });
  });

  it('bumps the catalog revision on every item write', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    expect(catalog.revision).toBe(1);
    await addItems(fork(), catalog, ['a']);
    await addItems(fork(), catalog, ['b', 'c']);
    const reloaded = await catalogNamed('closet');
    expect(reloaded.revision).toBe(3);
    expect(reloaded.nextPosition).toBe(3);

    const em = fork();
    await em.transactional(tx => tx.getRepository(CatalogEntity).bumpRevision(catalog));
    expect((await catalogNamed('closet')).revision).toBe(4);
  });

  it('reads every item page by page, in catalog order, as the single query does', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    const ids = Array.from({ length: 23 }, (_, i) => `item-${String(23 - i).padStart(2, '0')}`);
    await addItems(fork(), catalog, ids.slice(0, 10));
    await addItems(fork(), catalog, ids.slice(10));
    const other = await createCatalog(fork(), 'other', schema);
    await addItems(fork(), other, ['x', 'y']);
    const whole = await items().allPlain(catalog.id);
    expect(whole.map(r => r.itemId)).toEqual(ids);
    // Page sizes that divide the catalog, leave a remainder, match it and exceed it.
    for (const pageSize of [1, 4, 7, 23, 1000]) {
      expect(await items().allPlainPaged(catalog.id, undefined, pageSize)).toEqual(whole);
    }
    // Each row is mapped as its page arrives, in catalog order.
    const seen: string[] = [];
    const mapped = await items().allPlainPaged(
      catalog.id,
      row => {
        seen.push(row.itemId);
        return row.itemId.toUpperCase();
      },
      4,
    );
    expect(mapped).toEqual(ids.map(id => id.toUpperCase()));
    expect(seen).toEqual(ids);
    expect(await items().allPlainPaged(-1, undefined, 5)).toEqual([]);
  });

  it('reads the stored revision of a catalog, past the identity map', async () => {
    const em = fork();
    const catalog = await createCatalog(em, 'closet', schema);
    const catalogs = em.getRepository(CatalogEntity);
    expect(await catalogs.currentRevision(catalog.id)).toBe(catalog.revision);
    await addItems(fork(), catalog, ['a']);
    expect(catalog.revision).toBe(1); // this EntityManager's copy
    expect(await catalogs.currentRevision(catalog.id)).toBe(2);
    expect(await catalogs.currentRevision(-1)).toBeNull();
  });

  it('stores attributes and metadata exactly, key order included', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    const attributes = { zeta: 1, alpha: [3, 1.5, 'x'], mid: { b: true, a: null } };
    await addItems(fork(), catalog, ['a'], () => attributes);
    const em = fork();
    const item = (await em.getRepository(ItemEntity).findByItemId(catalog, 'a'))!;
    item.metadata = { source: 'test', 'key with space': 'ok' };
    await em.flush();

    const stored = (await items().findByItemId(catalog, 'a'))!;
    expect(JSON.stringify(stored.attributes)).toBe(JSON.stringify(attributes));
    expect(Object.keys(stored.attributes.mid as object)).toEqual(['b', 'a']);
    expect(toItemDef(stored)).toEqual({
      id: 'a',
      name: 'Item a',
      attributes,
      metadata: { source: 'test', 'key with space': 'ok' },
    });
    expect(toItemRecord(stored).updatedAt).toBeInstanceOf(Date);
  });

  it('deletes the items with their catalog (ON DELETE CASCADE)', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    await addItems(fork(), catalog, ['a', 'b']);
    expect(await fork().nativeDelete(CatalogEntity, { id: catalog.id })).toBe(1);
    expect(await fork().count(ItemEntity, {})).toBe(0);
  });

  it('deletes every item of one catalog', async () => {
    const closet = await createCatalog(fork(), 'closet', schema);
    const drawer = await createCatalog(fork(), 'drawer', schema);
    await addItems(fork(), closet, ['a', 'b']);
    await addItems(fork(), drawer, ['a']);
    expect(await items().deleteAllOf(closet)).toBe(2);
    expect(await items().countInCatalog(drawer)).toBe(1);
  });

  it('serialises concurrent appends to one catalog', async () => {
    const catalog = await createCatalog(fork(), 'closet', schema);
    const batches = Array.from({ length: 5 }, (_, b) => [`b${b}-1`, `b${b}-2`, `b${b}-3`]);
    await Promise.all(batches.map(ids => addItems(fork(), catalog, ids)));
    const all = await items().all(catalog);
    expect(all.map(i => i.position)).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect(new Set(all.map(i => i.itemId)).size).toBe(15);
  });
});
