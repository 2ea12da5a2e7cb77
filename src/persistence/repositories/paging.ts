/** Keyset pages: `first + 1` rows tell whether there is a next page without an offset. */

export interface KeysetArgs {
  /** Page size, >= 0 (the API caps it). */
  readonly first: number;
  /** Key of the last row of the previous page (exclusive); absent = from the start. */
  readonly after?: number | null;
}

export interface KeysetPage<T> {
  readonly items: readonly T[];
  readonly hasNextPage: boolean;
  readonly totalCount: number;
}

export function checkKeysetArgs({ first, after }: KeysetArgs): void {
  if (!Number.isSafeInteger(first) || first < 0) {
    throw new RangeError(`first must be a non-negative integer, got ${first}`);
  }
  if (after != null && !Number.isSafeInteger(after)) {
    throw new RangeError(`after must be an integer key, got ${after}`);
  }
}

/** `rows` were fetched with limit first + 1. */
export function toKeysetPage<T>(
  rows: readonly T[],
  first: number,
  totalCount: number,
): KeysetPage<T> {
  return { items: rows.slice(0, first), hasNextPage: rows.length > first, totalCount };
}
