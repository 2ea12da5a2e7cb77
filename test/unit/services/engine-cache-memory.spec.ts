import type { ItemDef } from '../../../src/engine/model';
import { CatalogTooLargeError } from '../../../src/errors';
import { EngineCache, itemsWeight } from '../../../src/services/engine-cache';

function catalog(n: number, bytesEach = 100): ItemDef[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `i${i}`,
    name: `Item ${i}`,
    attributes: { note: 'x'.repeat(bytesEach) },
  }));
}

describe('EngineCache memory', () => {
  it('shares one load between concurrent evaluations of the same catalog revision', async () => {
    const cache = new EngineCache();
    let loads = 0;
    let release!: () => void;
    const gate = new Promise<void>(resolve => (release = resolve));
    const load = async () => {
      loads += 1;
      await gate;
      return catalog(10);
    };
    const all = Array.from({ length: 8 }, () => cache.catalogItemsAt(1, 5, load));
    release();
    const results = await Promise.all(all);
    expect(loads).toBe(1);
    for (const items of results) expect(items).toBe(results[0]);
  });

  it('loads again after a failed load (the failure is not cached)', async () => {
    const cache = new EngineCache();
    await expect(
      cache.catalogItemsAt(1, 1, () => Promise.reject(new Error('db down'))),
    ).rejects.toThrow('db down');
    await expect(cache.catalogItemsAt(1, 1, async () => catalog(2))).resolves.toHaveLength(2);
  });

  it('keeps cached item lists within their share of the byte budget', async () => {
    const one = itemsWeight(catalog(100, 1000));
    const cache = new EngineCache({ maxBytes: 2 * (3 * one + 1) });
    for (let c = 1; c <= 10; c += 1)
      await cache.catalogItemsAt(c, 1, async () => catalog(100, 1000));
    expect(cache.weight.items).toBeLessThanOrEqual(3 * one + 1);
    expect(cache.weight.items).toBeGreaterThanOrEqual(one);
  });

  it('refuses a catalog that alone would not fit, with CATALOG_TOO_LARGE instead of running out of memory', async () => {
    const cache = new EngineCache({ maxBytes: 64 * 1024 });
    const refused = cache.catalogItemsAt(1, 1, async () => catalog(1000, 100));
    await expect(refused).rejects.toBeInstanceOf(CatalogTooLargeError);
    await expect(refused).rejects.toThrow(/ENGINE_CACHE_MB/);
  });
});
