import {
  aCatalog,
  anItem,
  aSchema,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_SCHEMA,
} from '../../fixtures/builders';
import { startTestApi, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

describeEachDatabase('API: concurrent writers', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(database, { POOL_SIZE: '5', MAX_OVERFLOW: '10' });
    await api.gql(CREATE_SCHEMA, { input: aSchema() });
    await api.gql(CREATE_CATALOG, { input: aCatalog() });
  }, 60_000);
  afterAll(() => api.close());

  const items = async () =>
    (
      await api.gql<{
        catalog: { itemCount: number; items: { edges: { node: { id: string } }[] } };
      }>('{ catalog(name: "closet") { itemCount items(first: 1000) { edges { node { id } } } } }')
    ).body.data!.catalog;

  it('20 parallel item creations into one catalog lose nothing and keep a stable order', async () => {
    const ids = Array.from({ length: 20 }, (_, k) => `p${k}`);
    const results = await Promise.all(
      ids.map(id => api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem(id) })),
    );
    expect(results.map(r => r.body.errors)).toEqual(ids.map(() => undefined));
    const first = await items();
    expect(first.itemCount).toBe(20);
    expect([...first.items.edges.map(e => e.node.id)].sort()).toEqual([...ids].sort());
    expect((await items()).items.edges).toEqual(first.items.edges);
  });

  it('10 parallel creations of the same id: exactly one wins, the others get CONFLICT, no duplicate', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, k) =>
        api.gql(CREATE_ITEM, {
          catalog: 'closet',
          input: anItem('same', { formality: (k % 5) + 1 }),
        }),
      ),
    );
    const codes = results.map(r => r.body.errors?.[0]?.extensions?.code ?? 'OK');
    expect(codes.filter(c => c === 'OK')).toHaveLength(1);
    expect(codes.filter(c => c === 'CONFLICT')).toHaveLength(9);
    const after = await items();
    expect(after.items.edges.filter(e => e.node.id === 'same')).toHaveLength(1);
    expect(after.itemCount).toBe(21);
  });

  it('a failing write (invalid item among valid ones) leaves the others and no partial state', async () => {
    const results = await Promise.all([
      api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('ok1') }),
      api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('bad1', { category: 'spacesuit' }) }),
      api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem('ok2') }),
    ]);
    expect(results.map(r => r.body.errors?.[0]?.extensions?.code ?? 'OK')).toEqual([
      'OK',
      'UNPROCESSABLE',
      'OK',
    ]);
    const after = await items();
    expect(after.itemCount).toBe(23);
    expect(after.items.edges.some(e => e.node.id === 'bad1')).toBe(false);
  });
});
