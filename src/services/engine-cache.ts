import type { ClusterCondition, ParsedRule } from '../engine/conditions/ast';
import {
  reprepareCatalog,
  type ClusterInput,
  type CompiledRuleSet,
  type PreparedCatalog,
} from '../engine';
import type { ItemDef } from '../engine/model';

/** A small LRU map: the most recently used entries survive. */
class Lru<V> {
  private readonly map = new Map<string, V>();
  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): V {
    this.map.delete(key);
    this.map.set(key, value);
    while (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as string);
    return value;
  }

  clear(): void {
    this.map.clear();
  }
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
  private readonly newestItems = new Lru<{ revision: number; items: readonly ItemDef[] }>(64);
  private readonly newestPrepared = new Lru<{ revision: number; prepared: PreparedCatalog }>(16);
  readonly stats: EngineCacheStats = {
    itemLoads: 0,
    itemFollows: 0,
    fullPrepares: 0,
    incrementalPrepares: 0,
  };

  constructor(options: EngineCacheOptions = {}) {
    this.items = new Lru(options.catalogs ?? 16);
    this.prepared = new Lru(options.prepared ?? 16);
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
      this.stats.itemLoads++;
      items = await load();
    }
    if (!newest || newest.revision < revision) {
      this.newestItems.set(String(catalogId), { revision, items });
    }
    return this.items.set(key, items);
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
      this.newestPrepared.set(newestKey, { revision, prepared });
    }
    return this.prepared.set(key, prepared);
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
