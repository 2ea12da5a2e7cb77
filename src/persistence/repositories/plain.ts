import type { JsonObject } from '../../engine/model';

/**
 * Decoding of plain rows read without the ORM's entity machinery (hot read paths): SQLite
 * returns JSON as text and datetimes as epoch milliseconds; PostgreSQL parses both.
 */
export const plainJson = (v: string | JsonObject | null): JsonObject | null =>
  typeof v === 'string' ? (JSON.parse(v) as JsonObject) : v;

export const plainDate = (v: number | string | Date): Date =>
  v instanceof Date ? v : new Date(typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v);
