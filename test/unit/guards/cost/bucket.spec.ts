import { memoryCostBucket } from '../../../../src/guards/cost';

describe('memory cost bucket', () => {
  let now = 0;
  const clock = () => now;
  const make = () => memoryCostBucket({ capacity: 100, restorePerSecond: 10 }, clock);

  beforeEach(() => {
    now = 1_000_000;
  });

  it('starts full and takes points while they last', async () => {
    const bucket = make();
    expect(await bucket.take('a', 60)).toEqual({
      allowed: true,
      available: 40,
      retryAfterSeconds: 0,
    });
    const refused = await bucket.take('a', 60);
    expect(refused).toEqual({ allowed: false, available: 40, retryAfterSeconds: 2 });
    await bucket.close();
  });

  it('refills continuously at the restore rate, never above capacity', async () => {
    const bucket = make();
    await bucket.take('a', 100);
    now += 2_500; // 25 points back
    expect(await bucket.take('a', 25)).toMatchObject({ allowed: true, available: 0 });
    now += 60_000;
    expect(await bucket.take('a', 1)).toMatchObject({ allowed: true, available: 99 });
    await bucket.close();
  });

  it('keeps one level per client', async () => {
    const bucket = make();
    await bucket.take('a', 100);
    expect(await bucket.take('b', 100)).toMatchObject({ allowed: true });
    expect(await bucket.take('a', 1)).toMatchObject({ allowed: false });
    await bucket.close();
  });

  it('refunds up to capacity', async () => {
    const bucket = make();
    await bucket.take('a', 80);
    expect(await bucket.refund('a', 50)).toBe(70);
    expect(await bucket.refund('a', 500)).toBe(100);
    await bucket.close();
  });

  it('never fits an operation larger than the whole bucket', async () => {
    const bucket = make();
    expect(await bucket.take('a', 101)).toEqual({
      allowed: false,
      available: 100,
      retryAfterSeconds: Infinity,
    });
    await bucket.close();
  });
});
