import type { z } from 'zod';
import { ENVIRONMENTS, type AppConfig, type Environment } from './app-config';
import { ConfigError } from './config-error';
import { mergeEnv, readEnvFile } from './env-files';
import type { Env } from './env-values';
import { databaseSchema } from './schemas/database.schema';
import { evaluationSchema } from './schemas/evaluation.schema';
import { guardsSchema } from './schemas/guards.schema';
import { httpSchema } from './schemas/http.schema';
import {
  loggingSchema,
  metricsSchema,
  seedSchema,
  sentrySchema,
  telemetrySchema,
} from './schemas/observability.schema';
import { persistedOperationsSchema } from './schemas/persisted-operations.schema';
import { rateLimitSchema, redisSchema } from './schemas/rate-limit.schema';
import type { SchemaContext } from './schemas/schema-context';
import { limitsSchema, uploadsSchema } from './schemas/uploads.schema';
import { resolveSecretKey } from './secret-key';

export interface LoadConfigOptions {
  /** Base for relative paths (env files, SECRET_KEY_FILE, manifest). Default: process.cwd(). */
  readonly cwd?: string;
  /** Overrides ENV_FILE: a path, or `false` to read no env file (tests). */
  readonly envFile?: string | false;
}

/**
 * Reads the configuration from `env` (default process.env) plus the env file, validates
 * everything and returns a frozen AppConfig. Throws one ConfigError listing every problem.
 * The only reader of process.env in the application.
 */
export function loadConfig(env: Env = process.env, options: LoadConfigOptions = {}): AppConfig {
  const { environment, merged, envFile, cwd, problems } = readEnvironment(env, options);
  const ctx: SchemaContext = { environment, cwd };
  const section = sectionParser(merged, problems);
  const parts = {
    http: section(httpSchema(ctx)),
    rateLimit: section(rateLimitSchema()),
    redis: section(redisSchema()),
    db: section(databaseSchema()),
    guards: section(guardsSchema(ctx)),
    persistedOperations: section(persistedOperationsSchema(ctx)),
    uploads: section(uploadsSchema()),
    limits: section(limitsSchema()),
    evaluation: section(evaluationSchema()),
    metrics: section(metricsSchema()),
    telemetry: section(telemetrySchema()),
    sentry: section(sentrySchema()),
    logging: section(loggingSchema(ctx)),
    seedExamples: section(seedSchema(ctx)),
  };
  const secrets = resolveSecretKey({
    environment,
    secretKey: merged.SECRET_KEY,
    secretKeyFile: merged.SECRET_KEY_FILE,
    cwd,
  });
  if (!secrets.ok) problems.push(...secrets.errors);

  if (problems.length > 0 || !secrets.ok || !isComplete(parts)) throw new ConfigError(problems);
  return deepFreeze({ environment, envFile, ...parts, secrets: secrets.value });
}

/** What the ORM (and the migration CLI) needs: no secret, manifest or other setting required. */
export type DatabaseAppConfig = Pick<AppConfig, 'environment' | 'envFile' | 'db'>;

/**
 * Like loadConfig, but reads only ENVIRONMENT, DATABASE_URL and the POOL_* settings, so that
 * `DATABASE_URL=... npx mikro-orm migration:up` works without the rest of the configuration.
 */
export function loadDatabaseConfig(
  env: Env = process.env,
  options: LoadConfigOptions = {},
): DatabaseAppConfig {
  const { environment, merged, envFile, problems } = readEnvironment(env, options);
  const db = sectionParser(merged, problems)(databaseSchema());
  if (problems.length > 0 || db === undefined) throw new ConfigError(problems);
  return deepFreeze({ environment, envFile, db });
}

interface EnvironmentContext {
  readonly environment: Environment;
  /** Env file values overlaid by the real environment. */
  readonly merged: Env;
  readonly envFile: string | null;
  readonly cwd: string;
  readonly problems: string[];
}

function readEnvironment(env: Env, options: LoadConfigOptions): EnvironmentContext {
  const cwd = options.cwd ?? process.cwd();
  const problems: string[] = [];
  const envFileSetting = options.envFile ?? nonBlank(env.ENV_FILE);
  let environmentName = nonBlank(env.ENVIRONMENT);
  const file = readEnvFile(envFileSetting, environmentName ?? 'development', cwd);
  if (file.error) problems.push(file.error);
  // Only an explicitly named file may choose the environment (config/<env>.env is chosen by it).
  if (environmentName === undefined && envFileSetting) environmentName = file.values.ENVIRONMENT;
  const environment = parseEnvironment(environmentName, problems);
  return { environment, merged: mergeEnv(file.values, env), envFile: file.path, cwd, problems };
}

function sectionParser(merged: Env, problems: string[]) {
  return <T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>): T | undefined => {
    const result = schema.safeParse(merged);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      problems.push(`${issue.path.join('.') || 'environment'}: ${issue.message}`);
    }
    return undefined;
  };
}

function nonBlank(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function parseEnvironment(raw: string | undefined, problems: string[]): Environment {
  if (raw === undefined) return 'development';
  const found = ENVIRONMENTS.find(e => e === raw.toLowerCase());
  if (found) return found;
  problems.push(`ENVIRONMENT: expected one of ${ENVIRONMENTS.join(', ')}, got "${raw}"`);
  return 'development';
}

function isComplete<T extends object>(
  parts: T,
): parts is { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.values(parts).every(v => v !== undefined);
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
