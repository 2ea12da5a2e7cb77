import { loadConfig, type AppConfig, type Env } from '../../src/config';

/** A valid 32+ character key that is not a known example value. */
export const TEST_SECRET_KEY = 'rulate-test-key-8c1f0e9a4b7d2c6e5f3a9b1d7e4c2a6f';

/**
 * A development AppConfig for tests: in-memory SQLite, no env file, quiet logs, no seeding.
 * `env` overrides any variable (e.g. `{ ENVIRONMENT: 'production', ... }`).
 */
export function testConfig(env: Env = {}): AppConfig {
  return loadConfig(
    {
      ENVIRONMENT: 'development',
      SECRET_KEY: TEST_SECRET_KEY,
      DATABASE_URL: 'sqlite::memory:',
      LOG_LEVEL: 'silent',
      SEED_EXAMPLES: 'false',
      ...env,
    },
    { envFile: false },
  );
}
