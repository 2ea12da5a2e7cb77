/**
 * Value helpers shared by cluster-rule evaluation and the compiled search: "missing" (absent
 * or null), numbers, values in reasons. Deep equality is the pairwise engine's
 * (`deepEqual`, `equalityKey` of pairwise/values.ts): one definition for both rule kinds.
 */
import type { JsonObject, JsonValue } from '../model';
import { formatValue } from '../pairwise/values';

/** The attribute's value, or undefined when it is missing (absent or null). */
export function present(attributes: JsonObject, field: string): JsonValue | undefined {
  if (!Object.prototype.hasOwnProperty.call(attributes, field)) return undefined;
  const v = attributes[field];
  return v === null || v === undefined ? undefined : v;
}

/** A value in a reason, rendered as the pairwise engine does (strings as they are). */
export function showValue(v: JsonValue | undefined): string {
  return v === undefined ? 'nothing' : formatValue(v);
}

/** A finite JSON number (booleans and numeric strings are not numeric). */
export function isNumeric(v: JsonValue | undefined): v is number {
  return typeof v === 'number' && Number.isFinite(v);
}
