/**
 * Bytes are bounded: stored names, attributes and metadata have size and depth limits (so
 * every accepted item round-trips through export → import), catalogs have an item limit, and
 * one response carries at most MAX_RESPONSE_SIZE_MB of item data.
 */
import request from 'supertest';
import { errorCode, expectError, ok, startApi } from '../../fixtures/api';
import {
  aCatalog,
  anItem,
  aSchema,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_SCHEMA,
  UPDATE_CATALOG,
} from '../../fixtures/builders';
import type { TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

/** `{ a: { a: ... { leaf: 1 } } }` with `levels` objects. */
function nested(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < levels; i += 1) value = { a: value };
  return value;
}

describeEachDatabase('stored sizes and response bytes', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database, {
      ITEMS_PER_CATALOG_MAX: '5',
      MAX_RESPONSE_SIZE_MB: '0.05', // 52 KB
      ITEM_METADATA_MAX_BYTES: '20000',
    });
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog() }));
  }, 60_000);
  afterAll(() => api.close());

  const create = (input: Record<string, unknown>, catalog = 'closet') =>
    api.gql(CREATE_ITEM, { catalog, input });

  it('refuses a body nested thousands of levels with 400, not a crash', async () => {
    // Written by hand: JSON.stringify itself overflows the stack at this depth.
    const levels = 6000;
    const metadata = `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
    const input = `{"id":"deep","name":"Deep","attributes":{"category":"shirt","formality":3},"metadata":${metadata}}`;
    const body = `{"query":${JSON.stringify(CREATE_ITEM)},"variables":{"catalog":"closet","input":${input}}}`;
    const res = await request(api.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(body);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', limit: 100 });
    expect(res.body.errors?.[0]?.message).toMatch(/nests deeper than 100 levels/);
    const deep = await create(anItem('deep', {}, { metadata: nested(60) }));
    expectError(deep, 'BAD_USER_INPUT', 400);
    expect(deep.body.errors?.[0]?.message).toMatch(/nests deeper than 15 levels.*YAML_MAX_DEPTH/);
  });

  it('refuses a name over ITEM_NAME_MAX_LENGTH and metadata over its byte limit', async () => {
    expectError(
      await create(anItem('long', {}, { name: 'x'.repeat(1001) })),
      'PAYLOAD_TOO_LARGE',
      413,
    );
    const big = { text: 'y'.repeat(20_001) };
    const res = await create(anItem('fat', {}, { metadata: big }));
    expectError(res, 'PAYLOAD_TOO_LARGE', 413);
    expect(res.body.errors?.[0]?.extensions).toMatchObject({
      path: 'input.metadata',
      limit: 20000,
    });
    const meta = await api.gql(UPDATE_CATALOG, { name: 'closet', input: { metadata: big } });
    expectError(meta, 'PAYLOAD_TOO_LARGE', 413);
  });

  it('accepts metadata as deep as an export can carry, and that export imports again', async () => {
    ok(await create(anItem('deepest', {}, { metadata: nested(15) })));
    const exported = ok(
      await api.gql<{ exportCatalog: { document: { catalogs: { name: string }[] } } }>(
        '{ exportCatalog(name: "closet") { document } }',
      ),
    ).exportCatalog.document;
    exported.catalogs[0].name = 'closet_copy';
    const res = await api.upload(
      'mutation($file: Upload!) { importAll(file: $file, onConflict: SKIP) { catalogs { created } items { created } } }',
      {},
      JSON.stringify(exported),
    );
    expect(res.body.errors).toBeUndefined();
    const copy = ok(
      await api.gql<{ catalog: { item: { metadata: unknown } } }>(
        '{ catalog(name: "closet_copy") { item(id: "deepest") { metadata } } }',
      ),
    );
    expect(copy.catalog.item.metadata).toEqual(nested(15));
    expectError(
      await create(anItem('too_deep', {}, { metadata: nested(16) })),
      'BAD_USER_INPUT',
      400,
    );
  });

  it('refuses a page whose item data is over MAX_RESPONSE_SIZE_MB with 400 RESPONSE_TOO_LARGE', async () => {
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'heavy' }) }));
    for (const id of ['h1', 'h2', 'h3']) {
      ok(await create(anItem(id, {}, { metadata: { text: 'z'.repeat(19_000) } }), 'heavy'));
    }
    const page = await api.gql(
      '{ catalog(name: "heavy") { items(first: 2) { edges { node { id } } } } }',
    );
    ok(page);
    const all = await api.gql(
      '{ catalog(name: "heavy") { items(first: 3) { edges { node { id metadata } } } } }',
    );
    expectError(all, 'RESPONSE_TOO_LARGE', 400);
    expect(all.body.errors?.[0]?.message).toMatch(/MAX_RESPONSE_SIZE_MB/);
    const exported = await api.gql('{ exportCatalog(name: "heavy") { document } }');
    expect(errorCode(exported)).toBe('RESPONSE_TOO_LARGE');
  });

  it('refuses items beyond ITEMS_PER_CATALOG_MAX', async () => {
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: 'small' }) }));
    for (let i = 0; i < 5; i += 1) ok(await create(anItem(`s${i}`), 'small'));
    const res = await create(anItem('s5'), 'small');
    expectError(res, 'PAYLOAD_TOO_LARGE', 413);
    expect(res.body.errors?.[0]?.message).toMatch(/ITEMS_PER_CATALOG_MAX/);
    const upload = await api.upload(
      'mutation($file: Upload!) { importItems(catalogName: "small", file: $file) { items { created } } }',
      {},
      JSON.stringify({ items: [anItem('s6'), anItem('s7')] }),
    );
    expect(errorCode(upload)).toBe('PAYLOAD_TOO_LARGE');
  });
});
