export * from './entities';
export * from './mappers';
export { createOrmConfig, MIGRATIONS_TABLE, type OrmConfigOptions } from './mikro-orm.config';
export {
  closeOrm,
  getMigrationStatus,
  initOrm,
  MIGRATE_COMMAND,
  PendingMigrationsError,
  type InitOrmOptions,
  type MigrationPolicy,
  type MigrationStatus,
  type OrmLogger,
} from './orm';
export * from './repositories';
export { currentRequestSignal, runInRequestScope, throwIfRequestAborted } from './request-scope';
