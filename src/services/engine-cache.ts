import type { ClusterCondition, ParsedRule } from '../engine/conditions/ast';
import {
  reprepareCatalog,
  type ClusterInput,
  type CompiledRuleSet,
  type PreparedCatalog,
} from '../engine';
import type { ItemDef } from '../engine/model';
import { CatalogTooLargeError } from '../errors';

/**
 * A small LRU map: the most recently used entries survive, at most `capacity` of them and,
 * when entries are weighed (bytes), at most `maxWeight` in all.
 */
class Lru<V> {
  private readonly map = new Map<string, { value: V; weight: number }>();
  private total = 0;
  constructor(
    private readonly capacity: number,
    private readonly maxWeight = Number.POSITIVE_INFINITY,
  ) {}

  get(key: string): V | undefined {
    const entry = this.map.get(key);
    if (entry !== undefined) {
      this.map.delete(key);
      this.map.set(key, entry);
    }
    return entry?.value;
  }

  set(key: string, value: V, weight = 0): V {
    this.delete(key);
    this.map.set(key, { value, weight });
    this.total += weight;
    while (this.map.size > this.capacity || (this.total > this.maxWeight && this.map.size > 1)) {
      this.delete(this.map.keys().next().value as string);
    }
    return value;
  }

  /** Bytes held (the weights of the entries). */
  get weight(): number {
    return this.total;
  }

  private delete(key: string): void {
    const entry = this.map.get(key);
    if (!entry) return;
    this.total -= entry.weight;
    this.map.delete(key);
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}

/**
 * Rough bytes of a catalog's items in memory (UTF-16 strings, object overhead). Large catalogs
 * are sampled (256 items evenly spread), so weighing stays cheap on the event loop.
 */
export function itemsWeight(items: readonly ItemDef[]): number {
  const weigh = (item: ItemDef) =>
    200 +
    2 * (item.id.length + item.name.length) +
    3 * JSON.stringify(item.attributes).length +
    (item.metadata ? 3 * JSON.stringify(item.metadata).length : 0);
  const SAMPLE = 256;
  if (items.length <= 2 * SAMPLE) return items.reduce((sum, item) => sum + weigh(item), 0);
  let sampled = 0;
  for (let k = 0; k < SAMPLE; k++) sampled += weigh(items[Math.floor((k * items.length) / SAMPLE)]);
  return Math.ceil((sampled / SAMPLE) * items.length);
}

/** Rough bytes of a prepared catalog: its columns and the verdict bitset of the matrix. */
export function preparedWeight(itemCount: number): number {
  return 256 * itemCount + Math.ceil((itemCount * itemCount) / 8);
}

/** Item counts of catalogs, each valid for one revision of its catalog row. */
export class ItemCountCache {
  private readonly counts = new Map<
    number,
    { readonly revision: number; readonly count: number }
  >();
  constructor(private readonly capacity = 4096) {}

  /** The count of catalog `rowId` at `revision`, if known. */
  get(rowId: number, revision: number): number | undefined {
    const entry = this.counts.get(rowId);
    return entry?.revision === revision ? entry.count : undefined;
  }

  set(rowId: number, revision: number, count: number): number {
    const entry = this.counts.get(rowId);
    // A slower reader never replaces a newer revision's count.
    if (entry && entry.revision > revision) return count;
    this.counts.delete(rowId);
    this.counts.set(rowId, { revision, count });
    if (this.counts.size > this.capacity) this.counts.delete(this.counts.keys().next().value!);
    return count;
  }

  clear(): void {
    this.counts.clear();
  }
}

/**
 * One item write, as committed at a catalog revision. Items are in catalog order (position):
 * a created item is the last one, an updated item keeps its place.
 */
export type ItemChange =
  | { readonly kind: 'create' | 'update'; readonly item: ItemDef }
  | { readonly kind: 'delete'; readonly id: string };

/** Most changes followed from a cached catalog; a longer way is a reload. */
const MAX_CHAIN = 64;

/**
 * The item writes made through this process, per catalog and revision. A catalog revision
 * without an entry was written elsewhere (another instance, an import, a catalog update):
 * who needs that revision loads the catalog again.
 */
class ItemChangeLog {
  private readonly byCatalog = new Map<number, Map<number, ItemChange>>();
  constructor(private readonly catalogs = 64) {}

  record(catalogId: number, revision: number, change: ItemChange): void {
    let log = this.byCatalog.get(catalogId);
    if (!log) {
      this.byCatalog.set(catalogId, (log = new Map()));
      if (this.byCatalog.size > this.catalogs) {
        this.byCatalog.delete(this.byCatalog.keys().next().value!);
      }
    }
    log.set(revision, change);
    for (const old of log.keys()) {
      if (log.size <= MAX_CHAIN) break;
      log.delete(old);
    }
  }

  /**
   * `items` (the catalog at revision `from`) brought to revision `to`, with the origin of each
   * item (its index in `items`, or -1 when new or changed); null when a revision in between is
   * missing or does not fit.
   */
  follow(
    catalogId: number,
    items: readonly ItemDef[],
    from: number,
    to: number,
  ): { items: ItemDef[]; origin: number[] } | null {
    const log = this.byCatalog.get(catalogId);
    if (!log || to <= from || to - from > MAX_CHAIN) return null;
    const next = [...items];
    const origin = next.map((_, k) => k);
    for (let revision = from + 1; revision <= to; revision++) {
      const change = log.get(revision);
      if (!change) return null;
      if (change.kind === 'create') {
        next.push(change.item);
        origin.push(-1);
        continue;
      }
      const id = change.kind === 'delete' ? change.id : change.item.id;
      const at = next.findIndex(item => item.id === id);
      if (at < 0) return null;
      if (change.kind === 'delete') {
        next.splice(at, 1);
        origin.splice(at, 1);
      } else {
        next[at] = change.item;
        origin[at] = -1;
      }
    }
    return { items: next, origin };
  }

  clear(): void {
    this.byCatalog.clear();
  }
}

/** What the incremental paths did (tests and benchmarks read it). */
export interface EngineCacheStats {
  /** Catalog item lists loaded from the database. */
  itemLoads: number;
  /** Catalog item lists derived from a cached one and the writes made here. */
  itemFollows: number;
  /** Prepared catalogs built from scratch. */
  fullPrepares: number;
  /** Prepared catalogs derived from a previous one (matrix rows and columns of the changes). */
  incrementalPrepares: number;
}

export interface EngineCacheOptions {
  /** Catalogs (items) kept in memory. @default 16 */
  readonly catalogs?: number;
  /** Prepared (catalog × rule set) evaluators kept, each with its memoized matrix. @default 16 */
  readonly prepared?: number;
  /**
   * ENGINE_CACHE_MB in bytes: item lists get half, prepared catalogs (with their matrices) the
   * other half; a catalog that alone does not fit is refused (CATALOG_TOO_LARGE).
   * @default 512 MB
   */
  readonly maxBytes?: number;
}

/**
 * Process-wide cache of what is expensive to rebuild: compiled rule sets, catalog items and
 * prepared evaluators. Keys carry the row id and `revision` of every row they depend on;
 * every request re-reads those (one indexed row each), so a write through any instance is
 * seen by the next request here: entries are never served stale, old ones just age out.
 */
export class EngineCache {
  private readonly compiled = new Lru<CompiledRuleSet>(64);
  private readonly clusterRules = new Lru<ParsedRule<ClusterCondition>[]>(64);
  private readonly items: Lru<readonly ItemDef[]>;
  private readonly prepared: Lru<PreparedCatalog>;
  private readonly clusterInputs: Lru<ClusterInput>;
  /**
   * Item counts by catalog row and revision (catalog lists, `itemCount`, the cost guard's
   * catalog sizes): the revision read with the catalog row says whether a count still holds.
   */
  readonly itemCounts = new ItemCountCache();
  private readonly changes = new ItemChangeLog();
  /** The newest cached item list and prepared catalog of each catalog (× rule set). */
  private readonly newestItems: Lru<{ revision: number; items: readonly ItemDef[] }>;
  private readonly newestPrepared: Lru<{ revision: number; prepared: PreparedCatalog }>;
  readonly stats: EngineCacheStats = {
    itemLoads: 0,
    itemFollows: 0,
    fullPrepares: 0,
    incrementalPrepares: 0,
  };

  /** Item lists being loaded, by key: concurrent evaluations of one revision share one load. */
  private readonly loading = new Map<string, Promise<readonly ItemDef[]>>();
  private readonly halfBytes: number;

  constructor(options: EngineCacheOptions = {}) {
    this.halfBytes = (options.maxBytes ?? 512 * 1024 * 1024) / 2;
    this.items = new Lru(options.catalogs ?? 16, this.halfBytes);
    this.prepared = new Lru(options.prepared ?? 16, this.halfBytes);
    // Usually the same objects as the entries above (so the bound is about ENGINE_CACHE_MB,
    // at worst twice it); weighed too, so they cannot keep evicted catalogs alive unbounded.
    this.newestItems = new Lru(64, this.halfBytes);
    this.newestPrepared = new Lru(16, this.halfBytes);
    this.clusterInputs = new Lru(options.prepared ?? 16);
  }

  compiledRuleSet(key: string, build: () => CompiledRuleSet): CompiledRuleSet {
    return this.compiled.get(key) ?? this.compiled.set(key, build());
  }

  parsedClusterRules(
    key: string,
    build: () => ParsedRule<ClusterCondition>[],
  ): ParsedRule<ClusterCondition>[] {
    return this.clusterRules.get(key) ?? this.clusterRules.set(key, build());
  }

  async catalogItems(
    key: string,
    load: () => Promise<readonly ItemDef[]>,
  ): Promise<readonly ItemDef[]> {
    return this.items.get(key) ?? this.items.set(key, await load());
  }

  preparedCatalog(key: string, build: () => PreparedCatalog): PreparedCatalog {
    return this.prepared.get(key) ?? this.prepared.set(key, build());
  }

  /** An item write committed at `revision` of catalog `catalogId` (call after the commit). */
  recordItemChange(catalogId: number, revision: number, change: ItemChange): void {
    this.changes.record(catalogId, revision, change);
    // The item count follows too (the cost guard prices evaluations by it).
    const before = this.itemCounts.get(catalogId, revision - 1);
    if (before !== undefined) {
      const delta = change.kind === 'create' ? 1 : change.kind === 'delete' ? -1 : 0;
      this.itemCounts.set(catalogId, revision, before + delta);
    }
  }

  /**
   * The items of catalog `catalogId` at `revision`: cached, or the newest cached list
   * followed through the writes recorded here, or `load()`ed.
   */
  async catalogItemsAt(
    catalogId: number,
    revision: number,
    load: () => Promise<readonly ItemDef[]>,
  ): Promise<readonly ItemDef[]> {
    const key = `c${catalogId}.${revision}`;
    const cached = this.items.get(key);
    if (cached) return cached;
    const newest = this.newestItems.get(String(catalogId));
    const followed =
      newest && this.changes.follow(catalogId, newest.items, newest.revision, revision);
    let items: readonly ItemDef[];
    if (followed) {
      this.stats.itemFollows++;
      items = followed.items;
    } else {
      const pending = this.loading.get(key);
      if (pending) return pending;
      this.stats.itemLoads++;
      const loaded = load().finally(() => this.loading.delete(key));
      this.loading.set(key, loaded);
      items = await loaded;
    }
    const weight = itemsWeight(items);
    this.checkFits(items.length, weight);
    if (!newest || newest.revision < revision) {
      this.newestItems.set(String(catalogId), { revision, items }, weight);
    }
    return this.items.set(key, items, weight);
  }

  /** Refuses a catalog whose items or prepared matrix alone would not fit in ENGINE_CACHE_MB. */
  private checkFits(itemCount: number, weight: number): void {
    const matrix = preparedWeight(itemCount);
    if (weight <= this.halfBytes && matrix <= this.halfBytes) return;
    const mb = (bytes: number) => Math.ceil(bytes / (1024 * 1024));
    throw new CatalogTooLargeError(
      `This catalog (${itemCount} items, about ${mb(weight)} MB of items and ${mb(matrix)} MB of matrix) is too large to evaluate in the memory this server is given (ENGINE_CACHE_MB ${mb(2 * this.halfBytes)}: half for items, half for matrices). Split the catalog or raise ENGINE_CACHE_MB.`,
      {
        items: itemCount,
        itemsMb: mb(weight),
        matrixMb: mb(matrix),
        limitMb: mb(2 * this.halfBytes),
      },
    );
  }

  /** Bytes held by cached item lists and prepared catalogs (metrics, tests). */
  get weight(): { items: number; prepared: number } {
    return { items: this.items.weight, prepared: this.prepared.weight };
  }

  /**
   * The catalog at `revision` prepared for a rule set (`ruleSetKey`): cached, or derived from
   * the newest prepared one of an earlier revision through the writes recorded here (the
   * matrix then recomputes the changed items' rows and columns only), or `build()`.
   */
  preparedCatalogAt(
    catalogId: number,
    revision: number,
    ruleSetKey: string,
    build: () => PreparedCatalog,
  ): PreparedCatalog {
    const key = `c${catalogId}.${revision}|${ruleSetKey}`;
    const cached = this.prepared.get(key);
    if (cached) return cached;
    const newestKey = `${catalogId}|${ruleSetKey}`;
    const newest = this.newestPrepared.get(newestKey);
    const followed =
      newest && this.changes.follow(catalogId, newest.prepared.items, newest.revision, revision);
    let prepared: PreparedCatalog;
    if (newest && followed) {
      this.stats.incrementalPrepares++;
      prepared = reprepareCatalog(newest.prepared, followed.items, followed.origin);
    } else {
      this.stats.fullPrepares++;
      prepared = build();
    }
    if (!newest || newest.revision < revision) {
      this.newestPrepared.set(
        newestKey,
        { revision, prepared },
        preparedWeight(prepared.items.length),
      );
    }
    return this.prepared.set(key, prepared, preparedWeight(prepared.items.length));
  }

  clusterInput(key: string, build: () => ClusterInput): ClusterInput {
    return this.clusterInputs.get(key) ?? this.clusterInputs.set(key, build());
  }

  clear(): void {
    for (const lru of [
      this.compiled,
      this.clusterRules,
      this.items,
      this.prepared,
      this.clusterInputs,
    ])
      lru.clear();
    this.itemCounts.clear();
    this.changes.clear();
    this.newestItems.clear();
    this.newestPrepared.clear();
  }
}
