import type { ClusterCondition, ParsedRule } from '../engine/conditions/ast';
import type { ClusterInput, CompiledRuleSet, PreparedCatalog } from '../engine';
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
  }
}
