/**
 * Pair and item evaluations with full explanations (docs/semantics.md §3, §4).
 */
import type { PairResult, RuleEvaluation } from '../model';
import { decodeCursor, encodeCursor, type Page, type PageOptions } from './cursor';
import type { PreparedCatalog } from './prepare';

/**
 * Evaluates one pair with every enabled rule (exclusions first, then requirements,
 * each in rule-set order; no early exit across rules). `i` and `j` are catalog
 * positions in [0, size); use {@link explainPair} to start from item ids.
 */
export function evaluatePair(prepared: PreparedCatalog, i: number, j: number): PairResult {
  const rulesEvaluated: RuleEvaluation[] = [];
  let compatible = true;
  for (const rule of prepared.rules) {
    const v = rule.explain(i, j);
    const passed = rule.type === 'exclusion' ? !v.value : v.value;
    compatible &&= passed;
    rulesEvaluated.push({ ruleName: rule.name, passed, reason: v.reason });
  }
  return {
    item1Id: prepared.ids[i] ?? '',
    item2Id: prepared.ids[j] ?? '',
    compatible,
    rulesEvaluated,
  };
}

/**
 * Explains a pair given by item ids (used by cluster validation).
 * @returns null when an id is not in the catalog
 */
export function explainPair(
  prepared: PreparedCatalog,
  item1Id: string,
  item2Id: string,
): PairResult | null {
  const i = prepared.indexById.get(item1Id);
  const j = prepared.indexById.get(item2Id);
  return i === undefined || j === undefined ? null : evaluatePair(prepared, i, j);
}

/** One item against every other item of the catalog. */
export interface ItemEvaluationResult {
  readonly itemId: string;
  readonly compatibleCount: number;
  readonly incompatibleCount: number;
  /** A page of comparisons (item first), in catalog order, optionally filtered. */
  page(options: PageOptions): Page;
}

/** Item i's verdicts against every item (row[j] = 1: compatible; row[i] is 0). */
export interface ItemRow {
  readonly row: Uint8Array;
  readonly compatibleCount: number;
}

/** Evaluates item `i` against every other item with the fast kernel (no explanations). */
export function itemRow(prepared: PreparedCatalog, i: number): ItemRow {
  const n = prepared.size;
  const row = new Uint8Array(n);
  const inRange = i >= 0 && i < n;
  const compatibleCount = inRange
    ? prepared.compatibleRow(i, 0, i, row) + prepared.compatibleRow(i, i + 1, n, row)
    : 0;
  return { row, compatibleCount };
}

/**
 * Evaluates item `i` against every other item (itself excluded), in catalog order.
 * Counts use the fast kernel; explanations are built only for the requested page.
 * @param computed the item's row when already evaluated (by {@link itemRow}, elsewhere)
 */
export function evaluateItem(
  prepared: PreparedCatalog,
  i: number,
  computed: ItemRow = itemRow(prepared, i),
): ItemEvaluationResult {
  const n = prepared.size;
  const { row, compatibleCount } = computed;
  const others = i >= 0 && i < n ? n - 1 : 0;
  return {
    itemId: prepared.ids[i] ?? '',
    compatibleCount,
    incompatibleCount: others - compatibleCount,
    page: options => itemPage(prepared, i, row, options, compatibleCount, others),
  };
}

function itemPage(
  prepared: PreparedCatalog,
  i: number,
  row: Uint8Array,
  options: PageOptions,
  compatibleCount: number,
  others: number,
): Page {
  const { compatible } = options;
  const first = Math.max(0, Math.floor(options.first) || 0);
  const totalCount =
    compatible === undefined || compatible === null
      ? others
      : compatible
        ? compatibleCount
        : others - compatibleCount;
  let j = 0;
  if (options.after !== undefined && options.after !== null) {
    const after = decodeCursor(options.after, 'item');
    if (after === null)
      return {
        results: [],
        cursors: [],
        hasNextPage: false,
        endCursor: null,
        totalCount,
        error: 'Invalid cursor',
      };
    j = after + 1;
  }
  const results: PairResult[] = [];
  const cursors: string[] = [];
  const n = prepared.size;
  const matches = (k: number) =>
    k !== i && (compatible === undefined || compatible === null || (row[k] === 1) === compatible);
  for (; j < n && results.length < first; j++) {
    if (!matches(j)) continue;
    results.push(evaluatePair(prepared, i, j));
    cursors.push(encodeCursor('item', j));
  }
  while (j < n && !matches(j)) j++;
  return {
    results,
    cursors,
    hasNextPage: j < n,
    endCursor: cursors.length ? cursors[cursors.length - 1] : null,
    totalCount,
  };
}
