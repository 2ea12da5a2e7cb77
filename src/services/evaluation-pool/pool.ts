/**
 * The evaluation pool: worker threads (piscina) that run the pure engine, so that a large
 * evaluation never holds the event loop (health checks, timeouts and other clients go on).
 * Work below `minPairs` pair evaluations stays inline: a round trip costs more than it saves.
 * A request's AbortSignal (timeout, client gone) cancels its tasks: a queued task is dropped,
 * a running one has its thread terminated (piscina replaces it on demand).
 */
import { join } from 'node:path';
import { Piscina } from 'piscina';
import {
  adoptMatrix,
  computedMatrix,
  matrixWords,
  pairAt,
  pairCount,
  type ClusterAnalysisResult,
  type EvaluateClustersOptions,
  type ItemDef,
  type ItemRow,
  type MatrixCache,
  type Page,
  type PageOptions,
  type PreparedCatalog,
  type RuleDef,
  type SchemaDef,
} from '../../engine';
import type { ClusterCondition, ParsedRule } from '../../engine/conditions/ast';
import { RequestAbortedError } from '../../errors';
import {
  shareItems,
  type CatalogPayload,
  type EvaluationTask,
  type SharedMatrix,
  type TaskResults,
} from './tasks';

export interface EvaluationPoolOptions {
  /** Worker threads; 0: everything runs inline (EVALUATION_THREADS). */
  readonly threads: number;
  /** Pair evaluations from which work goes to the pool (EVALUATION_POOL_MIN_PAIRS). */
  readonly minPairs: number;
  /**
   * Niceness added to each thread (EVALUATION_THREAD_NICE; piscina applies it through the
   * optional @napi-rs/nice module, installed with it, and silently not where that module
   * cannot load). @default 0
   */
  readonly niceIncrement?: number;
  /** An idle thread exits after this long (its prepared catalogs with it). @default 300000 */
  readonly idleTimeoutMs?: number;
  /**
   * Told of errors no task is waiting for (piscina emits them as 'error' events, which would
   * crash the process unheard): a result that arrives from a thread just after its task was
   * aborted is the common one, and harmless. The app logs them.
   */
  readonly onError?: (error: Error) => void;
}

/** What a thread needs to rebuild a prepared catalog (the service's plain definitions). */
export interface CatalogSource {
  readonly key: string;
  readonly schema: SchemaDef | null;
  readonly rules: readonly RuleDef[];
  readonly items: readonly ItemDef[];
}

interface MatrixJob {
  readonly done: Promise<void>;
  readonly controller: AbortController;
  waiters: number;
  settled: boolean;
}

/** Built code runs worker.js; from the TypeScript sources (jest) the shim registers ts-node. */
const WORKER_FILE = __filename.endsWith('.ts')
  ? join(__dirname, 'ts-worker.cjs')
  : join(__dirname, 'worker.js');

const isAbortError = (error: unknown): boolean =>
  error instanceof Error && error.name === 'AbortError';

function abortReason(signal: AbortSignal): string {
  const reason: unknown = signal.reason;
  return reason instanceof Error ? reason.message : 'request abandoned';
}

/** Resolves as `promise`, or rejects with RequestAbortedError as soon as `signal` aborts. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new RequestAbortedError(abortReason(signal)));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new RequestAbortedError(abortReason(signal)));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

export class EvaluationPool {
  private piscina: Piscina | null = null;
  private closed = false;
  private readonly sharedItems = new WeakMap<readonly ItemDef[], Promise<SharedArrayBuffer>>();
  private readonly matrixJobs = new WeakMap<PreparedCatalog, MatrixJob>();

  constructor(private readonly options: EvaluationPoolOptions) {}

  /** Worker threads at most (0: the pool is off). */
  get threads(): number {
    return Math.max(0, Math.floor(this.options.threads));
  }

  /** Whether work of `pairs` pair evaluations leaves the event loop. */
  offloads(pairs: number): boolean {
    return this.threads > 0 && !this.closed && pairs >= this.options.minPairs;
  }

  /**
   * Computes the matrix of `prepared` in the pool (split by rows over the threads) when it is
   * large and not computed yet, and installs it; small matrices are left to the caller
   * (computed inline on first use). Concurrent callers share one computation, which is
   * cancelled only when every one of them has given up.
   */
  async ensureMatrix(
    prepared: PreparedCatalog,
    source: () => CatalogSource,
    signal?: AbortSignal,
  ): Promise<void> {
    if (computedMatrix(prepared) !== null || !this.offloads(pairCount(prepared.size))) return;
    let job = this.matrixJobs.get(prepared);
    if (!job) {
      const controller = new AbortController();
      const created: MatrixJob = {
        controller,
        waiters: 0,
        settled: false,
        done: this.payload(source())
          .then(catalog => this.computeMatrix(prepared, catalog, controller.signal))
          .then(matrix => adoptMatrix(prepared, matrix))
          .finally(() => {
            created.settled = true;
            if (this.matrixJobs.get(prepared) === created) this.matrixJobs.delete(prepared);
          }),
      };
      created.done.catch(() => undefined); // reported to the waiters; none may be left
      this.matrixJobs.set(prepared, created);
      job = created;
    }
    job.waiters++;
    try {
      await unlessAborted(job.done, signal);
    } finally {
      if (--job.waiters === 0 && !job.settled) {
        job.controller.abort(new Error('every request waiting for it was abandoned'));
        this.matrixJobs.delete(prepared);
      }
    }
  }

  /** Item `index` against every other item, computed in the pool. */
  async itemRow(
    source: () => CatalogSource,
    index: number,
    signal?: AbortSignal,
  ): Promise<ItemRow> {
    const catalog = await unlessAborted(this.payload(source()), signal);
    return this.run({ kind: 'itemRow', catalog, index }, signal);
  }

  /** Pair evaluations a matrix page costs: explanations, plus a scan when no bits are kept. */
  pageWork(prepared: PreparedCatalog, options: PageOptions): number {
    const explained = Math.max(0, Math.floor(options.first) || 0) * prepared.compiled.rules.length;
    const filtered = options.compatible !== undefined && options.compatible !== null;
    const bits = computedMatrix(prepared)?.bits ?? null;
    return explained + (filtered && bits === null ? pairCount(prepared.size) : 0);
  }

  /** One page of matrix comparisons, computed in the pool. */
  async matrixPage(
    prepared: PreparedCatalog,
    source: () => CatalogSource,
    options: PageOptions,
    signal?: AbortSignal,
  ): Promise<Page> {
    const task: EvaluationTask = {
      kind: 'matrixPage',
      catalog: await unlessAborted(this.payload(source()), signal),
      matrix: this.sharedMatrix(prepared),
      options: { first: options.first, after: options.after, compatible: options.compatible },
    };
    return this.run(task, signal);
  }

  /** A cluster search, in the pool (relationships are left to the caller). */
  async clusters(
    prepared: PreparedCatalog,
    source: () => CatalogSource,
    rules: readonly ParsedRule<ClusterCondition>[],
    options: EvaluateClustersOptions,
    signal?: AbortSignal,
  ): Promise<ClusterAnalysisResult> {
    const task: EvaluationTask = {
      kind: 'clusters',
      catalog: await unlessAborted(this.payload(source()), signal),
      matrix: this.sharedMatrix(prepared),
      rules,
      options: { ...options, relationships: false },
    };
    return this.run(task, signal);
  }

  /** Stops the threads; running tasks are aborted. Inline evaluation goes on. */
  async close(): Promise<void> {
    this.closed = true;
    const piscina = this.piscina;
    this.piscina = null;
    await piscina?.destroy();
  }

  private pool(): Piscina {
    if (this.piscina === null) {
      const piscina = new Piscina({
        filename: WORKER_FILE,
        minThreads: 0,
        maxThreads: this.threads,
        idleTimeout: this.options.idleTimeoutMs ?? 300_000,
        niceIncrement: this.options.niceIncrement ?? 0,
      });
      piscina.on('error', (error: Error) => this.options.onError?.(error));
      this.piscina = piscina;
    }
    return this.piscina;
  }

  private async run<K extends EvaluationTask['kind']>(
    task: EvaluationTask & { kind: K },
    signal?: AbortSignal,
  ): Promise<TaskResults[K]> {
    try {
      return (await this.pool().run(task, { signal })) as TaskResults[K];
    } catch (error) {
      if (isAbortError(error)) {
        throw new RequestAbortedError(signal?.aborted ? abortReason(signal) : 'evaluation aborted');
      }
      throw error;
    }
  }

  /** The thread's view of a catalog; its items are encoded once per item list (shared). */
  private async payload(source: CatalogSource): Promise<CatalogPayload> {
    let items = this.sharedItems.get(source.items);
    if (!items) {
      items = shareItems(source.items);
      this.sharedItems.set(source.items, items);
      items.catch(() => this.sharedItems.delete(source.items));
    }
    return { key: source.key, schema: source.schema, rules: source.rules, items: await items };
  }

  /**
   * The matrix of `prepared` as threads can read it (null: not computed, they compute what
   * they need). Bits computed on this thread (inline, or carried over from a previous revision)
   * move to shared memory once, so that later tasks read them without a copy.
   */
  private sharedMatrix(prepared: PreparedCatalog): SharedMatrix | null {
    const matrix = computedMatrix(prepared);
    if (matrix === null) return null;
    const { bits, compatible } = matrix;
    if (bits === null) return { bits: null, compatible };
    if (bits.buffer instanceof SharedArrayBuffer) return { bits: bits.buffer, compatible };
    const shared = new Uint32Array(new SharedArrayBuffer(bits.byteLength));
    shared.set(bits);
    adoptMatrix(prepared, { bits: shared, compatible });
    return { bits: shared.buffer as SharedArrayBuffer, compatible };
  }

  /** Splits the rows in ranges of about equal pair counts, one per thread at most. */
  private async computeMatrix(
    prepared: PreparedCatalog,
    catalog: CatalogPayload,
    signal: AbortSignal,
  ): Promise<MatrixCache> {
    const n = prepared.size;
    const total = pairCount(n);
    const words = matrixWords(n);
    const bits = words > 0 ? new SharedArrayBuffer(words * 4) : null;
    const perRange = Math.max(1, this.options.minPairs);
    const ranges = Math.max(1, Math.min(this.threads, Math.ceil(total / perRange)));
    const starts = [0];
    for (let k = 1; k < ranges; k++) {
      const row = pairAt(n, Math.floor((total * k) / ranges))[0];
      if (row > starts[starts.length - 1]) starts.push(row);
    }
    starts.push(n);
    // One range failing (or the caller giving up) stops the others.
    const stop = new AbortController();
    const onAbort = () => stop.abort(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const counts = await Promise.all(
        starts.slice(0, -1).map((from, k) =>
          this.run(
            { kind: 'matrixRows', catalog, from, to: starts[k + 1], bits },
            stop.signal,
          ).catch((error: unknown) => {
            stop.abort(error);
            throw error;
          }),
        ),
      );
      return {
        bits: bits && new Uint32Array(bits),
        compatible: counts.reduce((sum, c) => sum + c, 0),
      };
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }
}
