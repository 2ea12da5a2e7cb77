/**
 * The pairwise leaf operators (docs/semantics.md §3), each compiled against a prepared
 * catalog's columns into a fast `test(i, j)` (no allocation) and an `explain(i, j)`
 * giving the same verdict with a human-readable reason. Both read the same columns,
 * so they always agree.
 */
import type { PairwiseLeaf } from '../conditions/ast';
import type { Columns } from './columns';
import { absDiffRow, constRow, idsRow, partLayerRow, type RowEval } from './rows';
import { partLayerTest } from './part-layer';
import { explainPartLayer } from './part-layer-explain';
import { equalityKey, formatNumber, formatValue, MISSING, missingSide } from './values';

export type PairTest = (i: number, j: number) => boolean;
export interface Verdict {
  readonly value: boolean;
  readonly reason: string;
}
export type PairExplain = (i: number, j: number) => Verdict;

/** A compiled condition node; `cost` orders the fast kernel (cheap rules first). */
export interface CompiledNode {
  readonly test: PairTest;
  readonly explain: PairExplain;
  /** The same verdicts for a range of pairs (i, j) at once. */
  readonly row: RowEval;
  readonly cost: number;
}

/** Compiles one leaf operator against the catalog's columns. */
export function compileLeaf(leaf: PairwiseLeaf, cols: Columns): CompiledNode {
  const f = leaf.field;
  const missing = (a: number, b: number) =>
    `${f} is missing on ${missingSide(a === MISSING, b === MISSING)}`;
  switch (leaf.op) {
    case 'equals':
    case 'has_different': {
      const { ids } = cols.ids(f);
      const diff = leaf.op === 'has_different';
      const explain: PairExplain = (i, j) => {
        const a = ids[i];
        const b = ids[j];
        if (a === MISSING || b === MISSING) {
          return {
            value: diff,
            reason: `${missing(a, b)}${diff ? ' (treated as different)' : ''}`,
          };
        }
        if (a === b) return { value: !diff, reason: `Both items have ${f} = ${cols.value(i, f)}` };
        return { value: diff, reason: `${f} differs: ${cols.value(i, f)} vs ${cols.value(j, f)}` };
      };
      const test: PairTest = diff
        ? (i, j) => ids[i] === MISSING || ids[i] !== ids[j] || ids[j] === MISSING
        : (i, j) => ids[i] === ids[j] && ids[i] !== MISSING;
      return { test, explain, row: idsRow(leaf.op, ids), cost: 1 };
    }
    case 'any_missing': {
      const { ids } = cols.ids(f);
      const explain: PairExplain = (i, j) =>
        ids[i] === MISSING || ids[j] === MISSING
          ? { value: true, reason: missing(ids[i], ids[j]) }
          : { value: false, reason: `Both items have ${f}` };
      const test: PairTest = (i, j) => ids[i] === MISSING || ids[j] === MISSING;
      return { test, explain, row: idsRow('any_missing', ids), cost: 1 };
    }
    case 'any_equals': {
      const { ids, idOf } = cols.ids(f);
      const shown = formatValue(leaf.value);
      const t =
        leaf.value === undefined || leaf.value === null
          ? -2
          : (idOf.get(equalityKey(leaf.value)) ?? -3);
      const explain: PairExplain = (i, j) => {
        if (t === -2) return { value: false, reason: `any_equals on ${f} has no value to compare` };
        if (ids[i] === t || ids[j] === t) {
          const who =
            ids[i] === t && ids[j] === t
              ? 'Both items have'
              : ids[i] === t
                ? 'item1 has'
                : 'item2 has';
          return { value: true, reason: `${who} ${f} = ${shown}` };
        }
        return {
          value: false,
          reason: `Neither item has ${f} = ${shown} (${cols.value(i, f)}, ${cols.value(j, f)})`,
        };
      };
      if (t < 0) return { test: () => false, explain, row: constRow(0), cost: 0 };
      const test: PairTest = (i, j) => ids[i] === t || ids[j] === t;
      return { test, explain, row: idsRow('any_equals', ids, t), cost: 1 };
    }
    case 'abs_diff': {
      const x = cols.numbers(f);
      const { ids } = cols.ids(f);
      const max = leaf.max;
      const explain: PairExplain = (i, j) => {
        if (ids[i] === MISSING || ids[j] === MISSING)
          return { value: false, reason: missing(ids[i], ids[j]) };
        if (Number.isNaN(x[i]) || Number.isNaN(x[j])) {
          return {
            value: false,
            reason: `${f} is not numeric on ${missingSide(Number.isNaN(x[i]), Number.isNaN(x[j]))}`,
          };
        }
        const d = Math.abs(x[i] - x[j]);
        return {
          value: d <= max,
          reason: `${f} differs by ${formatNumber(d)} (max ${formatNumber(max)})`,
        };
      };
      const test: PairTest = (i, j) => Math.abs(x[i] - x[j]) <= max;
      return { test, explain, row: absDiffRow(x, max), cost: 1 };
    }
    case 'part_layer_conflict': {
      const c = cols.parts(f);
      const test = partLayerTest(c);
      const explain: PairExplain = (i, j) => explainPartLayer(c, f, i, j);
      return { test, explain, row: partLayerRow(c, test), cost: 3 };
    }
  }
}
