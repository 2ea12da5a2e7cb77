// First: starts OpenTelemetry (when configured) before http, express and graphql load.
import { telemetry } from './observability/tracing/otel';
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './app';
import { createAppServer } from './http/server-objects';
import { ConfigError, configWarnings, describeConfig, loadConfig } from './config';
import { createLogger } from './observability/logging/logger';
import { startErrorTracking } from './observability/errors/error-tracking';
import { closeOrm, initOrm } from './persistence/orm';
import { findProjectRoot } from './persistence/project-root';
import { EngineCache } from './services';
import { seedExamples } from './services/seed';

/** Process entry: config → logger → database → app → listen; the only place that exits. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger({
    level: config.logging.level,
    environment: config.environment,
    bufferBytes: config.logging.bufferBytes,
  });
  const version = JSON.parse(readFileSync(join(findProjectRoot(), 'package.json'), 'utf8'))
    .version as string;
  logger.info({ version, ...describeConfig(config) }, 'Rulate GraphQL starting');
  for (const warning of configWarnings(config)) logger.warn(warning);
  const errorTracker = startErrorTracking({
    dsn: config.sentry.dsn,
    environment: config.environment,
    release: version,
  });

  const orm = await initOrm(config, logger);
  const cache = new EngineCache({ maxBytes: config.limits.engineCacheBytes });
  if (config.seedExamples) await seedExamples(orm, cache, config, logger);

  // Its requests and responses are express's from the start (http/server-objects.ts).
  const httpServer = createAppServer();
  httpServer.requestTimeout = config.http.requestTimeoutMs;
  const rulate = await createApp({
    config,
    logger,
    orm,
    cache,
    version,
    httpServer,
    errorTracker,
  });
  httpServer.on('request', rulate.app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${config.http.host}:${config.http.port}`;
      const why =
        error.code === 'EADDRINUSE'
          ? 'the address is already in use; stop the other process or set PORT (and HOST)'
          : error.code === 'EACCES'
            ? 'the port needs privileges; choose a PORT above 1023'
            : error.message;
      reject(new Error(`Cannot listen on ${where}: ${why}.`, { cause: error }));
    });
    httpServer.listen(config.http.port, config.http.host, resolve);
  });
  logger.info(
    { url: `http://${config.http.host}:${config.http.port}/graphql` },
    'Rulate GraphQL listening',
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    rulate.beginShutdown();
    logger.info(
      { signal, graceMs: config.http.shutdownGraceMs },
      'Shutting down: no new connections, finishing in-flight requests',
    );
    const force = setTimeout(() => {
      logger.error('Grace period over: exiting with requests still in flight');
      process.exit(1);
    }, config.http.shutdownGraceMs);
    force.unref();
    await rulate.stop();
    logger.info('HTTP server closed');
    await closeOrm(orm);
    await errorTracker?.close();
    if (telemetry) {
      await telemetry
        .shutdown()
        .then(() => logger.info('Telemetry flushed'))
        .catch((err: unknown) => logger.warn({ err }, 'Telemetry flush failed'));
    }
    logger.info('Shutdown complete');
    clearTimeout(force);
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
