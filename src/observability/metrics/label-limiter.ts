/** Label values that stand in for a missing, unresolved or refused name. */
export const ANONYMOUS = '<anonymous>';
export const UNKNOWN = '<unknown>';
export const OTHER = '<other>';

export interface LabelLimiterOptions {
  /** Distinct values kept; later new values become `<other>`. @default 100 */
  readonly maxValues?: number;
  /** Longer values become `<other>` (they are never truncated: truncation could merge names). @default 64 */
  readonly maxLength?: number;
}

/** Caps a label's cardinality: the first `maxValues` distinct values are kept, then `<other>`. */
export interface LabelLimiter {
  /** The label value for `value`; `trusted` values (a bounded source) bypass the cap. */
  label(value: string, trusted?: boolean): string;
  /** Distinct values kept so far (trusted ones included). */
  readonly size: number;
}

/** A LabelLimiter; see {@link LabelLimiterOptions}. */
export function createLabelLimiter(options: LabelLimiterOptions = {}): LabelLimiter {
  const { maxValues = 100, maxLength = 64 } = options;
  const kept = new Set<string>();
  let untrusted = 0;
  return {
    label(value, trusted = false) {
      if (value.length === 0 || value.length > maxLength) return OTHER;
      if (kept.has(value)) return value;
      if (!trusted) {
        if (untrusted >= maxValues) return OTHER;
        untrusted += 1;
      }
      kept.add(value);
      return value;
    },
    get size() {
      return kept.size;
    },
  };
}
