/**
 * The scenario that once took a process to 4.4 GB and an abort: items with huge names and
 * metadata, eight clients looping evaluatePair on other items of that catalog while one client
 * keeps renaming an item, and parallel pages asking for every item's metadata. Now the huge
 * values are refused at the door and the heap stays bounded (sampled while the load runs).
 */
import { expectError, ok, startApi } from '../../fixtures/api';
import {
  aCatalog,
  anItem,
  aRuleSet,
  aSchema,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_RULE_SET,
  CREATE_SCHEMA,
  UPDATE_ITEM,
} from '../../fixtures/builders';
import type { TestApi } from '../../helpers/app';
import { SQLITE } from '../../helpers/orm';

jest.setTimeout(180_000);

const MB = 1024 * 1024;
const PAIR = `query { evaluatePair(catalogName: "closet", ruleSetName: "garment_rules", item1Id: "a", item2Id: "b") { compatible } }`;
const PAGE =
  '{ catalog(name: "closet") { items(first: 1000) { edges { node { id name metadata } } } } }';

describe('fat items under concurrent evaluations', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(SQLITE);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_RULE_SET, { input: aRuleSet() }));
    ok(await api.gql(CREATE_CATALOG, { input: aCatalog() }));
    for (const id of ['a', 'b'])
      ok(await api.gql(CREATE_ITEM, { catalog: 'closet', input: anItem(id) }));
  }, 60_000);
  afterAll(() => api.close());

  it('refuses 9 MB names and stays within a bounded heap under the load', async () => {
    const huge = 'n'.repeat(9 * MB);
    const refused = await api.gql(CREATE_ITEM, {
      catalog: 'closet',
      input: anItem('huge', {}, { name: huge }),
    });
    expectError(refused, 'PAYLOAD_TOO_LARGE', 413);
    // The largest items the limits allow.
    const metadata = { text: 'm'.repeat(60_000) };
    for (let i = 0; i < 30; i += 1) {
      ok(
        await api.gql(CREATE_ITEM, {
          catalog: 'closet',
          input: anItem(`fat${i}`, {}, { name: 'f'.repeat(1000), metadata }),
        }),
      );
    }

    const baseline = process.memoryUsage();
    let peak = baseline.heapUsed;
    let peakRss = baseline.rss;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
    }, 20);
    try {
      let stop = false;
      const evaluators = Array.from({ length: 8 }, async () => {
        let answered = 0;
        while (!stop) {
          const res = await api.gql(PAIR);
          expect(res.status).toBe(200);
          answered += 1;
        }
        return answered;
      });
      const renamer = (async () => {
        for (let i = 0; i < 10; i += 1) {
          ok(
            await api.gql(UPDATE_ITEM, {
              catalog: 'closet',
              id: 'fat0',
              input: { name: `renamed ${i}` },
            }),
          );
          await new Promise(resolve => setTimeout(resolve, 100));
        }
      })();
      const pages = await Promise.all(Array.from({ length: 6 }, () => api.gql(PAGE)));
      for (const page of pages) expect(page.status).toBe(200);
      await renamer;
      stop = true;
      const answered = await Promise.all(evaluators);
      expect(answered.reduce((a, b) => a + b, 0)).toBeGreaterThan(8);
    } finally {
      clearInterval(sampler);
    }
    // 30 items of ~61 KB: a few MB of data; the bound leaves room for the test's own garbage.
    // docs/memory.md: the scenario's bound.
    expect((peak - baseline.heapUsed) / MB).toBeLessThan(400);
    expect((peakRss - baseline.rss) / MB).toBeLessThan(600);
  });
});
