import type { JsonObject } from '../../../src/engine/model';
import { ItemRepository } from '../../../src/persistence/repositories';
import { createServices, EngineCache } from '../../../src/services';
import { exampleFile, importExample } from '../../helpers/entities';
import { describeEachDatabase, type TestOrm } from '../../helpers/orm';

// Shared, loaded machine: generous.
jest.setTimeout(120_000);

const EXAMPLE = exampleFile('wardrobe-v2.json');
const CATALOG = 'gender_agnostic_wardrobe_v2';
const RULES = 'wardrobe_rules_v2';
const base = JSON.parse(EXAMPLE.toString()).catalogs[0].items as {
  id: string;
  attributes: JsonObject;
}[];

describeEachDatabase('evaluateMatrix follows item writes incrementally', database => {
  let db: TestOrm;
  beforeAll(async () => {
    db = await database.fresh();
    await importExample(db, 'wardrobe-v2.json');
  }, 60_000);
  afterAll(() => db?.cleanup());

  const services = (cache: EngineCache) => createServices(db.orm.em.fork(), cache, db.config);

  /** Summary and the first compatible and incompatible pairs, as an instance sees them. */
  async function matrix(cache: EngineCache) {
    const record = await services(cache).evaluation.evaluateMatrix(CATALOG, RULES);
    const ids = async (compatible: boolean) =>
      (await record.comparisons.page({ first: 200, compatible })).edges.map(
        e => `${e.node.item1Id}/${e.node.item2Id}`,
      );
    return {
      summary: record.summary,
      compatible: await ids(true),
      incompatible: await ids(false),
    };
  }

  /** What a new instance (empty cache) computes from the database. */
  const full = () => matrix(new EngineCache());

  it('a create, an update and a delete each recompute only the changed rows and columns', async () => {
    const a = new EngineCache();
    expect(await matrix(a)).toEqual(await full());
    expect(a.stats).toMatchObject({ itemLoads: 1, fullPrepares: 1, incrementalPrepares: 0 });

    const items = services(a).items;
    await items.create(CATALOG, { id: 'copy_1', name: 'Copy', attributes: base[3].attributes });
    expect(await matrix(a)).toEqual(await full());
    await items.update(CATALOG, base[0].id, { attributes: base[7].attributes });
    expect(await matrix(a)).toEqual(await full());
    await items.delete(CATALOG, base[5].id);
    await items.create(CATALOG, { id: 'copy_2', name: 'Copy 2', attributes: base[9].attributes });
    expect(await matrix(a)).toEqual(await full());
    expect(a.stats).toMatchObject({
      itemLoads: 1,
      itemFollows: 3,
      fullPrepares: 1,
      incrementalPrepares: 3,
    });
  });

  it('an instance that missed writes (made through another) reloads, and stays correct', async () => {
    const a = new EngineCache();
    const b = new EngineCache();
    expect(await matrix(a)).toEqual(await matrix(b));

    await services(b).items.create(CATALOG, {
      id: 'from_b',
      name: 'From B',
      attributes: base[11].attributes,
    });
    expect(await matrix(b)).toEqual(await full());
    expect(b.stats.incrementalPrepares).toBe(1);
    // A never saw B's write: the catalog revision says its cache is old, so it rebuilds.
    expect(await matrix(a)).toEqual(await full());
    expect(a.stats).toMatchObject({ itemLoads: 2, fullPrepares: 2, incrementalPrepares: 0 });

    // A write through A after one through B: A's log has a gap, A rebuilds again.
    await services(b).items.delete(CATALOG, 'from_b');
    await services(a).items.update(CATALOG, base[1].id, { attributes: base[2].attributes });
    expect(await matrix(a)).toEqual(await full());
    expect(a.stats).toMatchObject({ fullPrepares: 3, incrementalPrepares: 0 });
    // B follows its own delete, then has a gap for A's update.
    expect(await matrix(b)).toEqual(await full());
    expect(b.stats).toMatchObject({ fullPrepares: 2, incrementalPrepares: 1 });
  });

  describe('a write landing while the items are read page by page', () => {
    afterEach(() => jest.restoreAllMocks());
    let written = 0;
    /** Every paged load of `times` is followed by a write through another instance. */
    function writeDuringLoads(times: number) {
      const original = ItemRepository.prototype.allPlainPaged;
      return jest
        .spyOn(ItemRepository.prototype, 'allPlainPaged')
        .mockImplementation(async function (this: ItemRepository, ...args) {
          const rows = await original.apply(this, args);
          if (times-- > 0) {
            await services(new EngineCache()).items.create(CATALOG, {
              id: `racer_${++written}`,
              name: 'Racer',
              attributes: base[written % base.length].attributes,
            });
          }
          return rows;
        });
    }

    it('starts the load over at the new revision, and caches what it read', async () => {
      const a = new EngineCache();
      const paged = writeDuringLoads(1);
      const seen = await matrix(a);
      jest.restoreAllMocks();
      // The write landed before the answer: the answer includes it, as a new instance sees it.
      expect(seen).toEqual(await full());
      expect(paged).toHaveBeenCalledTimes(2);
      expect(a.stats).toMatchObject({ itemLoads: 2, fullPrepares: 1 });
      // Cached at the revision it was read at: the next request reads nothing.
      expect(await matrix(a)).toEqual(seen);
      expect(a.stats).toMatchObject({ itemLoads: 2, fullPrepares: 1 });
    });

    it('answers from one consistent query when writes keep landing, without caching it', async () => {
      const a = new EngineCache();
      const paged = writeDuringLoads(3);
      const single = jest.spyOn(ItemRepository.prototype, 'allPlain');
      const seen = await matrix(a);
      expect(paged).toHaveBeenCalledTimes(3);
      expect(single).toHaveBeenCalledTimes(1);
      jest.restoreAllMocks();
      expect(seen).toEqual(await full());
      // Nothing was cached under a revision it may not be at: the next request loads.
      const loads = a.stats.itemLoads;
      expect(await matrix(a)).toEqual(seen);
      expect(a.stats.itemLoads).toBe(loads + 1);
    });
  });

  it('a write that fails records nothing', async () => {
    const a = new EngineCache();
    const before = await matrix(a);
    await expect(
      services(a).items.create(CATALOG, { id: base[0].id, name: 'Dup', attributes: {} }),
    ).rejects.toThrow();
    await expect(
      services(a).items.update(CATALOG, base[2].id, { attributes: { category: 42 } }),
    ).rejects.toThrow();
    expect(await matrix(a)).toEqual(before);
    expect(before).toEqual(await full());
  });
});
