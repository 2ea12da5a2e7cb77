/**
 * Applies every pending migration and exits: the migration phase of the container
 * (`scripts/start.sh` with MIGRATE_ON_START=true) and the one-shot migration job
 * (`scripts/start.sh migrate`, docs/container.md). Reads only the database settings.
 *
 * SIGTERM/SIGINT stop it at once, in any phase, with exit code 128 + signal (143, 130): the
 * migrations of a run share one transaction (MIGRATIONS_OPTIONS.allOrNothing), so a run cut
 * short before its commit leaves the schema as it was: PostgreSQL rolls the transaction back
 * when the connection drops, SQLite on the next open of the file.
 *
 * On PostgreSQL, runs take turns (an advisory lock, src/persistence/migration-lock.ts): replicas
 * started together with MIGRATE_ON_START=true do not race; the first applies the migrations,
 * the others then find none pending.
 */
import 'reflect-metadata';
import { ConfigError, loadDatabaseConfig, redactUrl } from '../config';
import { createLogger, type Logger } from '../observability/logging/logger';
import { acquireMigrationLock, type MigrationLock } from '../persistence/migration-lock';
import { closeOrm, getMigrationStatus, initOrm } from '../persistence/orm';

const SIGNAL_EXIT_CODES = { SIGTERM: 143, SIGINT: 130 } as const;

type Phase = 'connecting' | 'waiting for the migration lock' | 'migrating' | 'closing';

async function main(): Promise<void> {
  // Read by the signal handlers, which may run in any phase.
  const state: { phase: Phase; logger?: Logger } = { phase: 'connecting' };
  for (const signal of Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[]) {
    process.once(signal, () => {
      const { phase, logger } = state;
      const message =
        phase === 'closing'
          ? `Migrations: ${signal} while closing the connection (the migrations were committed): exiting`
          : `Migrations: ${signal} while ${phase}: exiting without committing; this run applied no migration`;
      if (logger) logger.warn({ signal, phase }, message);
      else console.error(message);
      process.exit(SIGNAL_EXIT_CODES[signal]);
    });
  }

  let config;
  try {
    config = loadDatabaseConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({
    level: 'info',
    environment: config.environment,
    name: 'rulate-migrate',
  });
  state.logger = logger;
  const database =
    config.db.driver === 'sqlite' ? `sqlite:${config.db.path}` : redactUrl(config.db.url);
  logger.info({ database }, 'Migrations: connecting');

  const orm = await initOrm(config, logger, { migrations: 'skip' });
  let lock: MigrationLock | undefined;
  try {
    if (config.db.driver === 'postgresql') {
      state.phase = 'waiting for the migration lock';
      lock = await acquireMigrationLock(config.db.url, () =>
        logger.info({}, 'Migrations: another run holds the migration lock; waiting for it'),
      );
    }
    state.phase = 'migrating';
    const { executed, pending } = await getMigrationStatus(orm);
    logger.info({ executed: executed.length, pending }, 'Migrations: applying pending migrations');
    const applied = pending.length > 0 ? await orm.getMigrator().up() : [];
    state.phase = 'closing';
    logger.info({ applied: applied.map(m => m.name) }, 'Migrations: up to date');
  } finally {
    await lock?.release();
    await closeOrm(orm);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`Migrations failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
