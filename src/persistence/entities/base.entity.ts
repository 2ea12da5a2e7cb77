import { OptionalProps, PrimaryKey, Property, types } from '@mikro-orm/core';

/**
 * id, createdAt, updatedAt for every table. `Optional` names further properties that have
 * defaults, so that `em.create()` does not require them.
 */
export abstract class BaseEntity<Optional extends string = never> {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | Optional;

  @PrimaryKey({ type: types.integer, autoincrement: true })
  id!: number;

  @Property({ type: types.datetime })
  createdAt: Date = new Date();

  @Property({ type: types.datetime, onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
