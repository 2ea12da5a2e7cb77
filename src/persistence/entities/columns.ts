/**
 * Column conventions shared by the entities.
 *
 * JSON columns use the SQL type `json` on both databases (not PostgreSQL's `jsonb`): `json`
 * keeps documents exactly as written, key order included, so that export → import → export
 * gives the same document. Nothing queries inside these columns.
 */
import { types } from '@mikro-orm/core';

/** Resource names are 1-100 characters of A-Z a-z 0-9 _ - (docs/semantics.md §2). */
export const NAME_LENGTH = 100;
/** Item ids are 1-255 printable characters. */
export const ITEM_ID_LENGTH = 255;
export const VERSION_LENGTH = 100;

// Factories, not shared constants: MikroORM's decorators write into the options object.
export const jsonColumn = () => ({ type: types.json, columnType: 'json' });
export const nullableJsonColumn = () => ({ ...jsonColumn(), nullable: true });
export const descriptionColumn = () => ({ type: types.text, nullable: true });
/** Bumped atomically on every write (cache invalidation); see repositories/revision.ts. */
export const revisionColumn = () => ({ type: types.integer, default: 1 });
