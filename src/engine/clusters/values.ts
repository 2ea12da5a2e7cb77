/**
 * Value helpers shared by cluster-rule evaluation and the compiled search:
 * "missing" (absent or null), deep equality and a canonical key for distinct counts.
 */
import type { JsonObject, JsonValue } from '../model';
import { formatValue } from '../pairwise/values';

/** The attribute's value, or undefined when it is missing (absent or null). */
export function present(attributes: JsonObject, field: string): JsonValue | undefined {
  if (!Object.prototype.hasOwnProperty.call(attributes, field)) return undefined;
  const v = attributes[field];
  return v === null || v === undefined ? undefined : v;
}

/** Deep equality of JSON values: arrays element-wise in order, objects key-wise; 1 equals 1.0. */
export function deepEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => deepEqual(x, b[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every(k => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

/** A string that is equal for two values exactly when they are deeply equal. */
export function valueKey(v: JsonValue | undefined): string {
  if (v === undefined) return 'u';
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(valueKey).join(',')}]`;
  const keys = Object.keys(v).sort();
  return `{${keys.map(k => `${JSON.stringify(k)}:${valueKey(v[k])}`).join(',')}}`;
}

/** A value in a reason, rendered as the pairwise engine does (strings as they are). */
export function showValue(v: JsonValue | undefined): string {
  return v === undefined ? 'nothing' : formatValue(v);
}

/** A finite JSON number (booleans and numeric strings are not numeric). */
export function isNumeric(v: JsonValue | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
