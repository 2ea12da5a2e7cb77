export * from './app-config';
export { ConfigError } from './config-error';
export { configWarnings, describeConfig, type ConfigDescription } from './describe-config';
export { DEFAULT_DATABASE_URL, parseDatabaseUrl, redactUrl } from './database-url';
export type { Env } from './env-values';
export {
  loadConfig,
  loadDatabaseConfig,
  type DatabaseAppConfig,
  type LoadConfigOptions,
} from './load-config';
export { MIN_SECRET_KEY_LENGTH, SECRET_KEY_COMMAND } from './secret-key';
