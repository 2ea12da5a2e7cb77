import type { JsonObject } from '../../../src/engine/model';
import { CatalogEntity, ItemEntity } from '../../../src/persistence/entities';
import { addItems, createCatalog, createSchema } from '../../helpers/entities';
import { countPoolAcquires, describeEachDatabase, type TestOrm } from '../../helpers/orm';

describeEachDatabase('CatalogRepository.findPlainByNameWithItems', database => {
  let db: TestOrm;
  const ids = ['k7', 'k1', 'k5', 'k2', 'k6', 'k3', 'k4'];
  const catalogs = () => db.orm.em.fork().getRepository(CatalogEntity);
  const items = () => db.orm.em.fork().getRepository(ItemEntity);
  let catalogId: number;
  let positions: number[];

  beforeAll(async () => {
    db = await database.fresh();
    const em = db.orm.em.fork();
    const schema = await createSchema(em, 'garments');
    const catalog = await createCatalog(em, 'closet', schema);
    await createCatalog(em, 'empty', schema);
    catalogId = catalog.id;
    const added = await addItems(em, catalog, ids, (id): JsonObject =>
      id === 'k5'
        ? { color: 'ü "quoted" \\ ?', nested: { list: [1, 2.5, null, true], empty: {} } }
        : { color: id },
    );
    positions = added.map(item => item.position);
    // Stored metadata of every kind, and a timestamp with microseconds on PostgreSQL.
    await em.nativeUpdate(ItemEntity, { itemId: 'k1' }, { metadata: { shop: 'Lyon', n: 3 } });
    if (database.kind === 'postgresql') {
      await em
        .getConnection()
        .execute(
          `update items set created_at = '2026-01-02 03:04:05.123456+00' where item_id = 'k2'`,
        );
    }
  }, 60_000);
  afterAll(() => db.cleanup());

  /** What the two separate reads return. */
  async function separately(name: string, first: number, after: number | null) {
    const catalog = await catalogs().findPlainByName(name);
    return catalog && { catalog, ...(await items().pagePlain(catalog.id, { first, after })) };
  }

  it.each([
    [3, null],
    [7, null],
    [10, null],
    [0, null],
    [2, 'second'],
    [3, 'last'],
    [1, 'before-first'],
  ] as const)('reads what the two reads read: first %s, after %s', async (first, at) => {
    const after =
      at === null
        ? null
        : at === 'second'
          ? positions[1]
          : at === 'last'
            ? positions[positions.length - 1]
            : -1;
    const together = await catalogs().findPlainByNameWithItems('closet', { first, after });
    expect(together).toEqual(await separately('closet', first, after));
    expect(together!.catalog.id).toBe(catalogId);
  });

  it('keeps item contents exactly: JSON, null metadata, dates to the millisecond', async () => {
    const found = await catalogs().findPlainByNameWithItems('closet', { first: 10 });
    const byId = new Map(found!.items.map(row => [row.itemId, row]));
    expect(found!.items.map(row => row.itemId)).toEqual(ids);
    expect(found!.hasNextPage).toBe(false);
    expect(byId.get('k5')!.attributes).toEqual({
      color: 'ü "quoted" \\ ?',
      nested: { list: [1, 2.5, null, true], empty: {} },
    });
    expect(byId.get('k1')!.metadata).toEqual({ shop: 'Lyon', n: 3 });
    expect(byId.get('k7')!.metadata).toBeNull();
    expect(byId.get('k7')!.createdAt).toBeInstanceOf(Date);
    if (database.kind === 'postgresql') {
      expect(byId.get('k2')!.createdAt.toISOString()).toBe('2026-01-02T03:04:05.123Z');
    }
  });

  it('gives the JSON text length the response budget charges, where the driver returns text', async () => {
    const { items: rows } = await items().pagePlain(catalogId, { first: 10 });
    const charged = (row: (typeof rows)[number]) =>
      row.name.length +
      JSON.stringify(row.attributes).length +
      (row.metadata ? JSON.stringify(row.metadata).length : 0);
    for (const row of rows) {
      // SQLite returns JSON as text; PostgreSQL parses it (the budget then serialises it).
      expect(row.jsonLength).toBe(database.kind === 'sqlite' ? charged(row) : undefined);
    }
  });

  it('answers an empty page for a catalog without items, and null for an unknown one', async () => {
    const empty = await catalogs().findPlainByNameWithItems('empty', { first: 5 });
    expect(empty).toMatchObject({ items: [], hasNextPage: false, catalog: { name: 'empty' } });
    expect(await catalogs().findPlainByNameWithItems('nowhere', { first: 5 })).toBeNull();
  });

  it('refuses keyset arguments that are not integers, as pagePlain does', async () => {
    await expect(catalogs().findPlainByNameWithItems('closet', { first: -1 })).rejects.toThrow(
      RangeError,
    );
    await expect(
      catalogs().findPlainByNameWithItems('closet', { first: 2, after: 1.5 }),
    ).rejects.toThrow(RangeError);
  });

  if (database.kind === 'postgresql') {
    it('is one query on PostgreSQL', async () => {
      const repo = catalogs();
      const acquires = countPoolAcquires(repo.getEntityManager());
      try {
        await repo.findPlainByNameWithItems('closet', { first: 3 });
        expect(acquires.count).toBe(1);
        await separately('closet', 3, null);
        expect(acquires.count).toBe(3); // the spy does see both separate reads
      } finally {
        acquires.restore();
      }
    });
  }
});
