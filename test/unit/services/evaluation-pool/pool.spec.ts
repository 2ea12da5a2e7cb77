/**
 * The evaluation pool against the inline engine: same verdicts, pages, item rows and clusters;
 * cancellation frees the threads. Real worker threads (through ts-worker.cjs under jest).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  compileRuleSet,
  computedMatrix,
  evaluateClusters,
  clusterInputFromPrepared,
  itemRow,
  matrixPage,
  matrixSummary,
  pairCount,
  parseDocument,
  prepareCatalog,
  validateClusterRuleSet,
  type ItemDef,
  type PreparedCatalog,
} from '../../../../src/engine';
import { RequestAbortedError } from '../../../../src/errors';
import { EvaluationPool, type CatalogSource } from '../../../../src/services/evaluation-pool';
import { shareItems } from '../../../../src/services/evaluation-pool/tasks';

const raw = JSON.parse(
  readFileSync(join(__dirname, '../../../../examples/wardrobe-v2.json'), 'utf8'),
) as unknown;
const { document } = parseDocument(raw);
const schema = document.schemas![0];
const rules = document.rulesets![0].rules;
const clusterRules = validateClusterRuleSet(schema, document.clusterRulesets![0]).rules;
const base = document.catalogs![0].items;

/** The wardrobe's items repeated with fresh ids (and a varied size, so verdicts differ). */
function catalog(n: number, seed = 0): ItemDef[] {
  return Array.from({ length: n }, (_, k) => {
    const item = base[(k * 7 + seed) % base.length];
    return { ...item, id: `${item.id}#${k}` };
  });
}

function setup(n: number, seed = 0) {
  const items = catalog(n, seed);
  const compiled = compileRuleSet(schema, rules);
  const source = (): CatalogSource => ({ key: `test-${n}-${seed}`, schema, rules, items });
  return {
    source,
    pooled: prepareCatalog(compiled, items),
    inline: prepareCatalog(compiled, items),
  };
}

const bitsOf = (prepared: PreparedCatalog) => Array.from(computedMatrix(prepared)?.bits ?? []);

describe('shareItems', () => {
  it('encodes the items as one JSON array, slice by slice', async () => {
    for (const n of [0, 1, 500, 501, 1_201]) {
      const items = catalog(n, n);
      const shared = await shareItems(items);
      expect(shared).toBeInstanceOf(SharedArrayBuffer);
      const text = new TextDecoder().decode(new Uint8Array(shared).slice());
      expect(JSON.parse(text)).toEqual(items);
    }
  });
});

describe('EvaluationPool', () => {
  jest.setTimeout(120_000);
  let pool: EvaluationPool;

  beforeAll(() => {
    pool = new EvaluationPool({ threads: 2, minPairs: 10_000 });
  });
  afterAll(async () => {
    await pool.close();
  });

  it('offloads only work of at least minPairs, and nothing when threads is 0', () => {
    expect(pool.offloads(9_999)).toBe(false);
    expect(pool.offloads(10_000)).toBe(true);
    expect(new EvaluationPool({ threads: 0, minPairs: 0 }).offloads(10 ** 9)).toBe(false);
  });

  it('computes the same matrix as the inline engine, split over the threads', async () => {
    for (const [n, seed] of [
      [300, 0],
      [517, 3],
    ]) {
      const { source, pooled, inline } = setup(n, seed);
      expect(pairCount(n)).toBeGreaterThanOrEqual(20_000); // two ranges at least
      await pool.ensureMatrix(pooled, source);
      const matrix = computedMatrix(pooled);
      expect(matrix?.bits?.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(matrixSummary(pooled)).toEqual(matrixSummary(inline));
      expect(bitsOf(pooled)).toEqual(bitsOf(inline));
    }
  });

  it('answers the same pages, item rows and clusters as the inline engine', async () => {
    const { source, pooled, inline } = setup(260, 5);
    await pool.ensureMatrix(pooled, source);
    for (const options of [
      { first: 40 },
      { first: 25, compatible: true },
      { first: 25, compatible: false, after: matrixPage(inline, { first: 30 }).endCursor },
    ]) {
      expect(await pool.matrixPage(pooled, source, options)).toEqual(matrixPage(inline, options));
    }
    for (const i of [0, 77, 259]) {
      const row = await pool.itemRow(source, i);
      expect(row.compatibleCount).toBe(itemRow(inline, i).compatibleCount);
      expect(Array.from(row.row)).toEqual(Array.from(itemRow(inline, i).row));
    }
    const search = { maxClusters: 20, workBudget: 200_000, relationships: false };
    const expected = evaluateClusters(clusterInputFromPrepared(inline, clusterRules), search);
    expect(expected.totalClusters).toBeGreaterThan(0);
    expect(await pool.clusters(pooled, source, clusterRules, search)).toEqual(expected);
  });

  it('shares one computation between concurrent callers', async () => {
    const { source, pooled, inline } = setup(400, 1);
    const shared = jest.fn(source);
    await Promise.all([pool.ensureMatrix(pooled, shared), pool.ensureMatrix(pooled, shared)]);
    expect(shared).toHaveBeenCalledTimes(1);
    expect(matrixSummary(pooled)).toEqual(matrixSummary(inline));
  });

  it('leaves small work to the caller', async () => {
    const { source, pooled } = setup(100);
    await pool.ensureMatrix(pooled, source); // 4,950 pairs < minPairs
    expect(computedMatrix(pooled)).toBeNull();
  });

  it('cancels an aborted evaluation with REQUEST_TIMEOUT and frees its threads', async () => {
    // About 200 million pairs: tens of seconds on both threads if it were not cancelled.
    const { source, pooled } = setup(20_000, 2);
    const controller = new AbortController();
    const started = pool.ensureMatrix(pooled, source, controller.signal);
    setTimeout(() => controller.abort(new Error('request timed out')), 1_500);
    await expect(started).rejects.toBeInstanceOf(RequestAbortedError);
    await expect(started).rejects.toMatchObject({
      code: 'REQUEST_TIMEOUT',
      details: { reason: 'request timed out' },
    });
    expect(computedMatrix(pooled)).toBeNull();
    // Both threads were busy with it; the next task gets a thread at once.
    const t0 = Date.now();
    const small = setup(300, 9);
    await pool.ensureMatrix(small.pooled, small.source);
    expect(matrixSummary(small.pooled)).toEqual(matrixSummary(small.inline));
    expect(Date.now() - t0).toBeLessThan(15_000);
  });

  it('hands errors no task waits for to onError instead of crashing the process', async () => {
    const errors: Error[] = [];
    const local = new EvaluationPool({ threads: 1, minPairs: 1, onError: e => errors.push(e) });
    try {
      const { source } = setup(60, 6);
      await local.itemRow(source, 0); // the pool and its thread exist now
      // What piscina emits when a thread's result arrives just after its task was aborted;
      // an 'error' event nobody listens to would throw here (and crash a server).
      local['piscina']?.emit('error', new Error('Unexpected message from Worker'));
      expect(errors.map(e => e.message)).toEqual(['Unexpected message from Worker']);
    } finally {
      await local.close();
    }
  });

  it('settles every task aborted around the moment its thread answers', async () => {
    const local = new EvaluationPool({ threads: 2, minPairs: 1, onError: () => undefined });
    try {
      const { source } = setup(120, 8);
      await local.itemRow(source, 0);
      const outcomes = await Promise.allSettled(
        Array.from({ length: 200 }, (_, k) => {
          const controller = new AbortController();
          setTimeout(() => controller.abort(new Error('gone')), k % 7);
          return local.itemRow(source, k % 120, controller.signal);
        }),
      );
      for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
          expect(outcome.reason).toBeInstanceOf(RequestAbortedError);
        } else {
          expect(outcome.value.row.length).toBeGreaterThan(0);
        }
      }
      // The threads still work afterwards.
      expect((await local.itemRow(source, 3)).compatibleCount).toBeGreaterThanOrEqual(0);
    } finally {
      await local.close();
    }
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { source, pooled } = setup(300, 4);
    const controller = new AbortController();
    controller.abort(new Error('client went away'));
    await expect(pool.ensureMatrix(pooled, source, controller.signal)).rejects.toBeInstanceOf(
      RequestAbortedError,
    );
    await expect(pool.itemRow(source, 0, controller.signal)).rejects.toMatchObject({
      code: 'REQUEST_TIMEOUT',
    });
  });
});
