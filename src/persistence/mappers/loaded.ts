import { wrap } from '@mikro-orm/core';

/** A stored row's creation and last-update times (every record services return has them). */
export interface Timestamped {
  readonly createdAt: Date;
  readonly updatedAt: Date;
}

/** The name of a related row, which must have been loaded (repositories populate it). */
export function loadedName(entity: { name: string }, what: string): string {
  if (!wrap(entity).isInitialized()) {
    throw new Error(`${what} is not loaded: use the repository lookups, which populate it`);
  }
  return entity.name;
}

export function timestamps(entity: Timestamped): Timestamped {
  return { createdAt: entity.createdAt, updatedAt: entity.updatedAt };
}
