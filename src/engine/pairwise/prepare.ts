/**
 * A catalog prepared for one compiled rule set: columnar per-item data and, per
 * rule, closures reading it. Evaluations (pair, item, matrix) run on this.
 */
import type { ItemDef, RuleType } from '../model';
import { compileCondition, type CompiledRuleSet } from './compile';
import { buildKernel, buildRowKernel } from './kernel';
import { Columns } from './columns';
import type { PairExplain, PairTest } from './operators';
import { safeText } from '../validation/names';

export interface PreparedRule {
  readonly name: string;
  readonly type: RuleType;
  /** The condition's verdict with its reason. */
  readonly explain: PairExplain;
  /** The condition's verdict only. */
  readonly test: PairTest;
}

/**
 * Lazily built matrix data (see matrix.ts). `bits` may be a getter: a matrix carried over
 * from a previous revision materializes its bitset on the first read of `bits` only.
 */
export interface MatrixCache {
  /** Bit p set = pair p compatible; null when the catalog is too large to cache. */
  readonly bits: Uint32Array | null;
  readonly compatible: number;
}

export interface PreparedCatalog {
  readonly compiled: CompiledRuleSet;
  readonly items: readonly ItemDef[];
  readonly size: number;
  readonly ids: readonly string[];
  /** Catalog position of an item id (first occurrence). */
  readonly indexById: ReadonlyMap<string, number>;
  /** Enabled rules in evaluation order. */
  readonly rules: readonly PreparedRule[];
  /** Fast boolean kernel: is the pair compatible? (no reasons, no allocation) */
  readonly isCompatible: PairTest;
  /**
   * Row kernel: writes the compatibility of (i, j) for j in [from, to) into out[j]
   * (1/0) and returns how many are compatible. `out` has at least `size` entries.
   */
  readonly compatibleRow: (i: number, from: number, to: number, out: Uint8Array) => number;
  /** @internal memoized matrix summary and pair bits. */
  matrix: MatrixCache | null;
}

/** What reading the rules needs: columns and compiled conditions (built on first use). */
interface Kernels {
  readonly columns: Columns;
  readonly rules: readonly PreparedRule[];
  readonly isCompatible: PairTest;
  readonly compatibleRow: PreparedCatalog['compatibleRow'];
}

function buildKernels(compiled: CompiledRuleSet, cols: Columns): Kernels {
  const list = cols.items;
  const compiledRules = compiled.rules.map(r => ({
    rule: r,
    node: compileCondition(r.condition, cols),
  }));
  const nodes = compiledRules.map(({ rule, node }) => ({ type: rule.type, node }));
  return {
    columns: cols,
    rules: compiledRules.map(({ rule, node }) => ({
      name: rule.name,
      type: rule.type,
      explain: node.explain,
      test: node.test,
    })),
    isCompatible: buildKernel(nodes),
    compatibleRow: buildRowKernel(nodes, list.length),
  };
}

/**
 * Prepares a catalog for evaluation with a compiled rule set. Nothing is computed at once:
 * ids and positions on the first read of `ids` or `indexById`, the columns and compiled
 * conditions on the first read of `rules`, `isCompatible` or `compatibleRow` (a linear pass
 * per field the rules read). So a catalog whose matrix is computed elsewhere (worker
 * threads) or carried over never pays for them.
 * @param compiled from {@link compileRuleSet}
 * @param items the catalog's items in catalog order
 * @param columns the catalog's columns when already at hand (derived from a previous
 *   revision's: {@link Columns.derive}); must be over `items`
 */
export function prepareCatalog(
  compiled: CompiledRuleSet,
  items: readonly ItemDef[],
  columns?: Columns,
): PreparedCatalog {
  const list = Array.isArray(items) ? items : [];
  const given = columns !== undefined && columns.items === list ? columns : null;
  // Ids and positions are built on first read too: a 30,000-item catalog takes ~10 ms for
  // them, one block of the event loop that a matrix computed in threads never needs.
  let ids: readonly string[] | null = null;
  let indexById: Map<string, number> | null = null;
  const idList = (): readonly string[] => (ids ??= list.map(it => safeText(it?.id)));
  let kernels: Kernels | null = null;
  const built = (): Kernels => {
    if (kernels === null) {
      kernels = buildKernels(compiled, given ?? new Columns(list));
      withKernels.add(prepared);
      columnsOf.set(prepared, kernels.columns);
    }
    return kernels;
  };
  const prepared: PreparedCatalog = {
    compiled,
    items: list,
    size: list.length,
    get ids() {
      return idList();
    },
    get indexById() {
      if (indexById === null) {
        const index = new Map<string, number>();
        idList().forEach((id, k) => {
          if (!index.has(id)) index.set(id, k);
        });
        indexById = index;
      }
      return indexById;
    },
    get rules() {
      return built().rules;
    },
    get isCompatible() {
      return built().isCompatible;
    },
    get compatibleRow() {
      return built().compatibleRow;
    },
    matrix: null,
  };
  if (given !== null) columnsOf.set(prepared, given);
  return prepared;
}

const withKernels = new WeakSet<PreparedCatalog>();
const columnsOf = new WeakMap<PreparedCatalog, Columns>();

/** Whether the columns and compiled conditions of `prepared` have been built yet. */
export function kernelsBuilt(prepared: PreparedCatalog): boolean {
  return withKernels.has(prepared);
}

/**
 * The columns of `prepared` when at hand: built with its kernels, or derived from a previous
 * revision's (else null: the columns are built on first use).
 */
export function builtColumns(prepared: PreparedCatalog): Columns | null {
  return columnsOf.get(prepared) ?? null;
}
