/**
 * Opaque page cursors and the page shape shared by item and matrix evaluations.
 */
import type { PairResult } from '../model';
import { safeText } from '../validation/names';

export interface PageOptions {
  /** Cursor of the last result of the previous page. */
  readonly after?: string | null;
  /** Page size (negative counts as 0; callers cap it). */
  readonly first: number;
  /** Only compatible (true) or incompatible (false) pairs; all when absent. */
  readonly compatible?: boolean | null;
}

export interface Page {
  readonly results: PairResult[];
  /** The cursor of each result. */
  readonly cursors: string[];
  readonly hasNextPage: boolean;
  readonly endCursor: string | null;
  /** Number of results matching the filter over all pages. */
  readonly totalCount: number;
  /** Set when `after` is not a cursor of this kind of page (results are then empty). */
  readonly error?: string;
}

/** Encodes a position as an opaque cursor of the given kind. */
export function encodeCursor(kind: 'pair' | 'item', position: number): string {
  return btoa(`${kind}:${position}`);
}

/** Decodes a cursor of the given kind; null when malformed. */
export function decodeCursor(cursor: string, kind: 'pair' | 'item'): number | null {
  let text: string;
  try {
    text = atob(safeText(cursor));
  } catch {
    return null;
  }
  const m = /^([a-z]+):(\d{1,16})$/.exec(text);
  if (m === null || m[1] !== kind) return null;
  const position = Number(m[2]);
  return Number.isSafeInteger(position) ? position : null;
}
