import { raw } from '@mikro-orm/core';

export interface Revised {
  revision: number;
}

/**
 * Makes the next flush increment `revision` atomically in SQL (`revision = revision + 1`),
 * so that two concurrent writers never produce the same revision. After the flush the
 * entity holds the new value (MikroORM reloads raw-updated properties).
 */
export function markRevised(entity: Revised): void {
  entity.revision = raw('revision + 1');
}
