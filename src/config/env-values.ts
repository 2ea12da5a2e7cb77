/**
 * zod building blocks for environment variables. Every value arrives as a string (or is
 * absent); blank values count as absent so that `FOO=` in a compose file means "default".
 */
import { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

const blankToUndefined = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
};

/** An optional trimmed string; blank = absent. */
export const optionalString = () => z.preprocess(blankToUndefined, z.string().optional());

const INTEGER = /^-?\d(?:_?\d)*$/;

/** An integer in [min, max]; `_` separators allowed (`2_000_000`). */
export function envInt(
  fallback: number,
  { min = 0, max = Number.MAX_SAFE_INTEGER }: { min?: number; max?: number } = {},
) {
  return optionalString().transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const value = Number(raw.replace(/_/g, ''));
    if (!INTEGER.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `expected an integer from ${min} to ${max}, got "${raw}"`,
      });
      return z.NEVER;
    }
    return value;
  });
}

/** A finite number > 0 and <= max (sizes in MB, rates). */
export function envPositiveNumber(fallback: number, { max = Number.MAX_SAFE_INTEGER } = {}) {
  return optionalString().transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const value = Number(raw.replace(/_/g, ''));
    if (!Number.isFinite(value) || value <= 0 || value > max) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `expected a number greater than 0 and at most ${max}, got "${raw}"`,
      });
      return z.NEVER;
    }
    return value;
  });
}

const TRUE = ['true', '1', 'yes', 'on'];
const FALSE = ['false', '0', 'no', 'off'];

/** true/false, 1/0, yes/no, on/off (any case). */
export function envBool(fallback: boolean) {
  return optionalString().transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const lower = raw.toLowerCase();
    if (TRUE.includes(lower)) return true;
    if (FALSE.includes(lower)) return false;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `expected true or false (also 1/0, yes/no, on/off), got "${raw}"`,
    });
    return z.NEVER;
  });
}

/** One of `values` (case-insensitive input, canonical output). */
export function envEnum<T extends string>(values: readonly T[], fallback: T) {
  return optionalString().transform((raw, ctx) => {
    if (raw === undefined) return fallback;
    const found = values.find(v => v.toLowerCase() === raw.toLowerCase());
    if (found !== undefined) return found;
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `expected one of ${values.join(', ')}, got "${raw}"`,
    });
    return z.NEVER;
  });
}

/** A comma-separated list; entries trimmed, empty entries dropped. */
export function envList(fallback: readonly string[]) {
  return optionalString().transform(raw =>
    raw === undefined
      ? [...fallback]
      : raw
          .split(',')
          .map(s => s.trim())
          .filter(s => s !== ''),
  );
}

/**
 * An absolute URL with one of `protocols` (e.g. `['redis:', 'rediss:']`), or null.
 * The value is not echoed in messages: URLs may carry passwords.
 */
export function envUrl(protocols: readonly string[]) {
  return optionalString().transform((raw, ctx) => {
    if (raw === undefined) return null;
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'is not a valid absolute URL' });
      return z.NEVER;
    }
    if (!protocols.includes(url.protocol)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: `must start with ${protocols.map(p => `${p}//`).join(' or ')} (got ${url.protocol}//...)`,
      });
      return z.NEVER;
    }
    return raw;
  });
}
