import { BadInputError } from '../../errors';

/**
 * The page size to use: `value` (or `fallback` when the client sent null), refused with
 * BAD_USER_INPUT outside 0..max so that a client learns the cap instead of silently
 * receiving fewer rows.
 */
export function checkPageSize(
  argument: string,
  value: number | null | undefined,
  fallback: number,
  max: number,
): number {
  const size = value ?? fallback;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw new BadInputError(
      `Argument "${argument}" must be an integer between 0 and ${max} (got ${size}); page through larger results with "after".`,
      { argument, max },
    );
  }
  return size;
}
