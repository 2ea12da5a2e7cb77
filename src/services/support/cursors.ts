import { BadInputError } from '../../errors';
import { lazyField } from '../lazy';
import type { Connection } from '../records';

/** Opaque cursor for a keyset position (`kind` guards against mixing cursors of two lists). */
export function encodeKey(kind: string, key: number): string {
  return Buffer.from(`${kind}:${key}`).toString('base64url');
}

/** Decodes a cursor made by {@link encodeKey}; a foreign or damaged cursor is BAD_USER_INPUT. */
export function decodeKey(kind: string, cursor: string | null | undefined): number | null {
  if (cursor == null || cursor === '') return null;
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^([a-z]+):(\d{1,15})$/.exec(text);
  if (!match || match[1] !== kind) {
    throw new BadInputError(
      `Invalid cursor "${cursor.slice(0, 40)}": pass the endCursor or an edge cursor of this same list.`,
    );
  }
  return Number(match[2]);
}

/** Builds a connection from a keyset page. */
export function toConnection<E, R>(
  page: {
    readonly items: readonly E[];
    readonly hasNextPage: boolean;
    /** A count, or a function counting on demand (only when `totalCount` is selected). */
    readonly totalCount: number | (() => Promise<number>);
  },
  kind: string,
  key: (entity: E) => number,
  map: (entity: E) => R,
): Connection<R> {
  const edges = page.items.map(e => ({ cursor: encodeKey(kind, key(e)), node: map(e) }));
  const pageInfo = { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null };
  const { totalCount } = page;
  if (typeof totalCount === 'number') return { edges, pageInfo, totalCount };
  return lazyField({ edges, pageInfo }, 'totalCount', totalCount);
}
