import { validateItems } from '../../../src/engine';
import { errorCode, itemIds, ok, startApi, totals } from '../../fixtures/api';
import {
  aCatalog,
  aDocItem,
  anItem,
  aSchema,
  aSchemaDoc,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_SCHEMA,
  garmentDimensions,
  UPDATE_SCHEMA,
} from '../../fixtures/builders';
import type { GraphQLResponse, TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

const IMPORT_ITEMS = `mutation($catalog: CatalogName!, $file: Upload!) { importItems(catalogName: $catalog, file: $file) { items { created } } }`;
const IMPORT_ALL = `mutation($file: Upload!) { importAll(file: $file) { catalogs { created } } }`;

const outcome = (res: GraphQLResponse) => (res.body.errors ? String(errorCode(res)) : 'OK');

// Whole-catalog checks over HTTP: seconds each, more when every suite runs at once.
jest.setTimeout(120_000); // shared, loaded machines

describeEachDatabase('API: concurrent writers', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database, { POOL_SIZE: '5', MAX_OVERFLOW: '10' });
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    for (const name of ['closet', 'batches', 'mixed']) {
      ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name }) }));
    }
  }, 60_000);
  afterAll(() => api.close());

  /** The stored rows of a catalog, read past the API: item ids by position, and the next position. */
  async function stored(catalog: string) {
    const connection = api.db.orm.em.getConnection();
    const rows: { item_id: string; position: number | string }[] = await connection.execute(
      'select i.item_id, i.position from items i join catalogs c on c.id = i.catalog_id where c.name = ? order by i.position',
      [catalog],
    );
    const [row]: { next_position: number | string }[] = await connection.execute(
      'select next_position from catalogs where name = ?',
      [catalog],
    );
    return {
      ids: rows.map(r => r.item_id),
      positions: rows.map(r => Number(r.position)),
      nextPosition: Number(row.next_position),
    };
  }

  it('20 parallel createItem into one catalog: all 20 exist, unique positions, stable catalog order', async () => {
    const ids = Array.from({ length: 20 }, (_, k) => `p${k}`);
    const results = await Promise.all(
      ids.map(id => api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem(id) })),
    );
    expect(results.map(outcome)).toEqual(ids.map(() => 'OK'));
    const rows = await stored('closet');
    expect([...rows.ids].sort()).toEqual([...ids].sort());
    expect(rows.positions).toEqual(Array.from({ length: 20 }, (_, k) => k));
    expect(rows.nextPosition).toBe(20);
    const order = await itemIds(api, 'closet');
    expect(order).toEqual(rows.ids);
    expect(await itemIds(api, 'closet')).toEqual(order);
    expect(
      ok(
        await api.gql<{ catalog: { itemCount: number } }>(
          '{ catalog(name: "closet") { itemCount } }',
        ),
      ).catalog.itemCount,
    ).toBe(20);
  });

  it('10 parallel createItem with the same id: exactly one wins, the 9 others get CONFLICT (409), no duplicate', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, k) =>
        api.gql(CREATE_ITEM, {
          catalog: 'closet',
          input: anItem('same', { formality: (k % 5) + 1 }),
        }),
      ),
    );
    expect(results.map(outcome).sort()).toEqual(['OK', ...Array(9).fill('CONFLICT')].sort());
    expect(results.filter(r => r.body.errors).every(r => r.status === 409)).toBe(true);
    const winner = results.find(r => !r.body.errors)!.body.data as {
      createItem: { attributes: unknown };
    };
    const rows = await stored('closet');
    expect(rows.ids.filter(id => id === 'same')).toHaveLength(1);
    expect(rows.ids).toHaveLength(21);
    // The losers' position reservations were rolled back with their transactions.
    expect(rows.nextPosition).toBe(21);
    const item = ok(
      await api.gql<{ catalog: { item: { attributes: unknown } } }>(
        '{ catalog(name: "closet") { item(id: "same") { attributes } } }',
      ),
    );
    expect(item.catalog.item.attributes).toEqual(winner.createItem.attributes);
  });

  it('parallel importItems batches: every item once, each batch contiguous and in its own order', async () => {
    const batches = Array.from({ length: 5 }, (_, b) =>
      Array.from({ length: 10 }, (_, k) => aDocItem(`b${b}_${k}`)),
    );
    const results = await Promise.all(
      batches.map(items =>
        api.upload(IMPORT_ITEMS, { catalog: 'batches' }, JSON.stringify({ items })),
      ),
    );
    expect(results.map(outcome)).toEqual(batches.map(() => 'OK'));
    const rows = await stored('batches');
    expect(rows.positions).toEqual(Array.from({ length: 50 }, (_, k) => k));
    for (const batch of batches) {
      const at = rows.ids.indexOf(batch[0].id);
      expect(rows.ids.slice(at, at + 10)).toEqual(batch.map(i => i.id));
    }
    expect(await itemIds(api, 'batches')).toEqual(rows.ids);
  });

  it('a failing write leaves no partial state, even beside successful ones', async () => {
    const before = await stored('mixed');
    const valid = Array.from({ length: 30 }, (_, k) => aDocItem(`imp${k}`));
    const poisoned = [...valid.slice(0, 29), aDocItem('imp29', { category: 'spacesuit' })];
    const results = await Promise.all([
      api.upload(IMPORT_ITEMS, { catalog: 'mixed' }, JSON.stringify({ items: poisoned })),
      ...Array.from({ length: 6 }, (_, k) =>
        api.gql(CREATE_ITEM, {
          catalog: 'mixed',
          input: anItem(k === 3 ? 'bad' : `ok${k}`, k === 3 ? { category: 'sock' } : {}),
        }),
      ),
      api.upload(
        IMPORT_ALL,
        {},
        JSON.stringify({
          schemas: [aSchemaDoc({ name: 'half' })],
          catalogs: [
            { name: 'half_catalog', schema_ref: 'half', items: [aDocItem('x', { formality: 99 })] },
          ],
        }),
      ),
    ]);
    expect(results.map(outcome)).toEqual([
      'UNPROCESSABLE',
      'OK',
      'OK',
      'OK',
      'UNPROCESSABLE',
      'OK',
      'OK',
      'UNPROCESSABLE',
    ]);
    const rows = await stored('mixed');
    expect([...rows.ids].sort()).toEqual([...before.ids, 'ok0', 'ok1', 'ok2', 'ok4', 'ok5'].sort());
    expect(rows.ids.some(id => id.startsWith('imp') || id === 'bad')).toBe(false);
    expect(new Set(rows.positions).size).toBe(rows.positions.length);
    expect(rows.nextPosition).toBe(before.nextPosition + 5);
    expect(await totals(api)).toMatchObject({ schemas: 1, catalogs: 3 });
    // The same import, once valid, goes through whole.
    const res = await api.upload(
      IMPORT_ITEMS,
      { catalog: 'mixed' },
      JSON.stringify({ items: valid }),
    );
    expect(ok(res)).toEqual({ importItems: { items: { created: 30 } } });
    expect((await stored('mixed')).ids.slice(-30)).toEqual(valid.map(i => i.id));
  });

  it('parallel createCatalog with one name: one wins, the others get CONFLICT', async () => {
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, k) =>
        api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'race', description: `d${k}` }) }),
      ),
    );
    expect(results.map(outcome).sort()).toEqual(['OK', ...Array(7).fill('CONFLICT')].sort());
    expect(await totals(api)).toMatchObject({ catalogs: 4 });
  });

  it('parallel writers to different catalogs keep each catalog order independent', async () => {
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'left' }) }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'right' }) }));
    const writes = Array.from({ length: 16 }, (_, k) => ({
      catalog: k % 2 ? 'left' : 'right',
      id: `w${k}`,
    }));
    const results = await Promise.all(
      writes.map(w => api.gql(CREATE_ITEM, { catalog: w.catalog, input: anItem(w.id) })),
    );
    expect(results.map(outcome)).toEqual(writes.map(() => 'OK'));
    for (const side of ['left', 'right']) {
      const rows = await stored(side);
      expect(rows.positions).toEqual(Array.from({ length: 8 }, (_, k) => k));
      expect([...rows.ids].sort()).toEqual(
        writes
          .filter(w => w.catalog === side)
          .map(w => w.id)
          .sort(),
      );
    }
  });

  it('parallel importAll of one document: one import wins, the others get CONFLICT (never a 500)', async () => {
    const doc = JSON.stringify({
      schemas: [aSchemaDoc({ name: 'imported' })],
      catalogs: [
        { name: 'imported_catalog', schema_ref: 'imported', items: [aDocItem('a'), aDocItem('b')] },
      ],
    });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => api.upload(IMPORT_ALL, {}, doc)),
    );
    expect(results.map(outcome).sort()).toEqual(['OK', ...Array(5).fill('CONFLICT')].sort());
    expect(results.filter(r => r.body.errors).every(r => r.status === 409)).toBe(true);
    expect(await itemIds(api, 'imported_catalog')).toEqual(['a', 'b']);
  });

  it('createItem racing deleteCatalog: each write succeeds or is NOT_FOUND (never a 500), no orphan items', async () => {
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'doomed' }) }));
    const writes = Array.from({ length: 12 }, (_, k) =>
      api.gql(CREATE_ITEM, { catalog: 'doomed', input: anItem(`d${k}`) }),
    );
    const removal = api.gql('mutation { deleteCatalog(name: "doomed") }');
    const results = await Promise.all([...writes, removal]);
    expect(outcome(results.at(-1)!)).toBe('OK');
    for (const res of results.slice(0, -1)) expect(['OK', 'NOT_FOUND']).toContain(outcome(res));
    const [orphans]: { n: number | string }[] = await api.db.orm.em
      .getConnection()
      .execute('select count(*) as n from items where catalog_id not in (select id from catalogs)');
    expect(Number(orphans.n)).toBe(0);
  });

  it('createCatalog racing deleteSchema: each create succeeds or is NOT_FOUND, the delete succeeds or is CONFLICT', async () => {
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'fleeting' }) }));
    const creates = Array.from({ length: 8 }, (_, k) =>
      api.gql(CREATE_CATALOG, {
        input: aCatalog({ name: `fleeting_${k}`, schemaName: 'fleeting' }),
      }),
    );
    const removal = api.gql('mutation { deleteSchema(name: "fleeting") }');
    const results = await Promise.all([...creates, removal]);
    const created = results.slice(0, -1).map(outcome);
    for (const o of created) expect(['OK', 'NOT_FOUND']).toContain(o);
    const deleted = outcome(results.at(-1)!);
    expect(['OK', 'CONFLICT']).toContain(deleted);
    const schema = ok(
      await api.gql<{ schema: unknown }>('{ schema(name: "fleeting") { name } }'),
    ).schema;
    expect(schema === null).toBe(deleted === 'OK');
    if (deleted === 'OK') expect(created.every(o => o === 'NOT_FOUND')).toBe(true);
  });

  it('parallel deletes of one item or catalog: exactly one deletes, the others are NOT_FOUND', async () => {
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'twice' }) }));
    ok(await api.gql(CREATE_ITEM, { catalog: 'twice', input: anItem('once') }));
    const items = await Promise.all(
      Array.from({ length: 5 }, () =>
        api.gql('mutation { deleteItem(catalogName: "twice", id: "once") }'),
      ),
    );
    expect(items.map(outcome).sort()).toEqual(['OK', ...Array(4).fill('NOT_FOUND')].sort());
    const catalogs = await Promise.all(
      Array.from({ length: 5 }, () => api.gql('mutation { deleteCatalog(name: "twice") }')),
    );
    expect(catalogs.map(outcome).sort()).toEqual(['OK', ...Array(4).fill('NOT_FOUND')].sort());
  });

  it('updateSchema racing createItem and importItems: no stored item is ever invalid under the stored schema', async () => {
    for (let round = 0; round < 3; round++) {
      const [schema, catalog] = [`narrowed${round}`, `narrowed_closet${round}`];
      ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: schema }) }));
      ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: catalog, schemaName: schema }) }));
      for (let k = 0; k < 5; k++)
        ok(await api.gql(CREATE_ITEM, { catalog, input: anItem(`s${k}`) }));
      const dimensions = garmentDimensions();
      dimensions[0].values = ['shirt', 'pants'];
      const hats = (prefix: string) =>
        Array.from({ length: 4 }, (_, k) =>
          api.gql(CREATE_ITEM, { catalog, input: anItem(`${prefix}${k}`, { category: 'hat' }) }),
        );
      const results = await Promise.all([
        ...hats('before'),
        api.upload(
          IMPORT_ITEMS,
          { catalog },
          JSON.stringify({ items: [aDocItem('imported', { category: 'hat' })] }),
        ),
        api.gql(UPDATE_SCHEMA, { name: schema, input: { dimensions } }),
        ...hats('after'),
      ]);
      for (const res of results) expect(['OK', 'UNPROCESSABLE']).toContain(outcome(res));
      const doc = ok(
        await api.gql<{ exportAll: Record<string, { name: string }[]> }>('{ exportAll }'),
      ).exportAll;
      const stored = doc.schemas.find(s => s.name === schema) as unknown as {
        dimensions: Record<string, unknown>[];
      };
      const items = (doc.catalogs.find(c => c.name === catalog) as unknown as { items: unknown[] })
        .items;
      const definition = {
        name: schema,
        version: '1.0.0',
        dimensions: stored.dimensions.map(d => ({ ...d, itemType: d.item_type })) as never,
      };
      expect(validateItems(definition, items)).toEqual([]);
      const updated = outcome(results[5]) === 'OK';
      expect(
        items.some(i => (i as { attributes: { category: string } }).attributes.category === 'hat'),
      ).toBe(!updated);
    }
  });
});
