/**
 * The cluster operators of docs/semantics.md §5, evaluated directly on a set of items with a
 * human-readable reason. This is the reference semantics; the search (atoms.ts,
 * compiled.ts) must agree with it.
 */
import type { ClusterLeaf } from '../conditions/ast';
import type { JsonObject, JsonValue } from '../model';
import { deepEqual, equalityKey, formatNumber } from '../pairwise/values';
import { isNumeric, present, showValue } from './values';

/** The items of a set: ids and attributes, index-aligned. */
export interface ClusterMembers {
  readonly ids: readonly string[];
  readonly attributes: readonly JsonObject[];
}

/** A verdict with its explanation. */
export interface Verdict {
  readonly passed: boolean;
  readonly reason: string;
}

function presentValues(m: ClusterMembers, field: string): JsonValue[] {
  const out: JsonValue[] = [];
  for (const a of m.attributes) {
    const v = present(a, field);
    if (v !== undefined) out.push(v);
  }
  return out;
}

/** Distinct values in first-occurrence order, with how often each occurs. */
function distinct(values: readonly JsonValue[]): { value: JsonValue; count: number }[] {
  const byKey = new Map<string, { value: JsonValue; count: number }>();
  for (const v of values) {
    const k = equalityKey(v);
    const e = byKey.get(k);
    if (e) e.count++;
    else byKey.set(k, { value: v, count: 1 });
  }
  return [...byKey.values()];
}

function bounds(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `in [${min}, ${max}]`;
  if (min !== undefined) return `>= ${min}`;
  return max !== undefined ? `<= ${max}` : 'with no bounds';
}

function countByField(m: ClusterMembers, field: string, min?: number, max?: number): Verdict {
  const values = distinct(presentValues(m, field));
  if (values.length === 0) return { passed: false, reason: `No ${field} values present` };
  const n = values.length;
  const passed = (min === undefined || n >= min) && (max === undefined || n <= max);
  const list = values.map(e => showValue(e.value)).join(', ');
  const what = `${n} distinct ${field} value${n === 1 ? '' : 's'} (${list})`;
  return {
    passed,
    reason: passed ? `${what} ${bounds(min, max)}` : `${what}, need ${bounds(min, max)}`,
  };
}

function formalityRange(m: ClusterMembers, maxDiff: number): Verdict {
  const nums: number[] = [];
  for (let i = 0; i < m.attributes.length; i++) {
    const v = present(m.attributes[i], 'formality');
    if (v === undefined) continue;
    if (!isNumeric(v)) {
      return {
        passed: false,
        reason: `Non-numeric formality value on item ${m.ids[i]}: ${JSON.stringify(v)}`,
      };
    }
    nums.push(v);
  }
  if (nums.length === 0) return { passed: true, reason: 'No formality values present' };
  const lo = Math.min(...nums);
  const hi = Math.max(...nums);
  const passed = hi - lo <= maxDiff;
  return {
    passed,
    reason: `Formality range ${formatNumber(hi - lo)} (${lo}..${hi}) ${passed ? '<=' : '>'} ${maxDiff}`,
  };
}

/** Evaluates one cluster-operator leaf on a set of items. */
export function evaluateClusterLeaf(leaf: ClusterLeaf, m: ClusterMembers): Verdict {
  const size = m.attributes.length;
  switch (leaf.op) {
    case 'min_cluster_size': {
      const passed = size >= leaf.n;
      return { passed, reason: `Cluster size ${size} ${passed ? '>=' : '<'} ${leaf.n}` };
    }
    case 'max_cluster_size': {
      const passed = size <= leaf.n;
      return { passed, reason: `Cluster size ${size} ${passed ? '<=' : '>'} ${leaf.n}` };
    }
    case 'unique_values': {
      const values = presentValues(m, leaf.field);
      const dups = distinct(values).filter(e => e.count > 1);
      if (dups.length > 0) {
        const list = dups.map(e => showValue(e.value)).join(', ');
        return { passed: false, reason: `Duplicate ${leaf.field} values: ${list}` };
      }
      return values.length === 0
        ? { passed: true, reason: `No ${leaf.field} values present` }
        : { passed: true, reason: `All ${values.length} ${leaf.field} values are unique` };
    }
    case 'has_item_with': {
      const wanted = leaf.value;
      const at =
        wanted === undefined || wanted === null
          ? -1
          : m.attributes.findIndex(a => deepEqual(present(a, leaf.field), wanted));
      const shown = `${leaf.field} = ${showValue(leaf.value)}`;
      return at >= 0
        ? { passed: true, reason: `Item ${m.ids[at]} has ${shown}` }
        : { passed: false, reason: `No item has ${shown}` };
    }
    case 'count_by_field':
      return countByField(m, leaf.field, leaf.min, leaf.max);
    case 'formality_range':
      return formalityRange(m, leaf.maxDiff);
  }
}
