/**
 * Starts OpenTelemetry before the app's modules load: the first import of main.ts, so that
 * http, express and graphql are instrumented when they are first required (CommonJS runs
 * imports in order). Equivalent: `node --require ./dist/src/observability/tracing/otel.js dist/src/main.js`.
 * When tracing is off, the SDK is not even loaded. A bad configuration is ignored here:
 * main.ts reports it.
 */
import { loadConfig, type TelemetryConfig } from '../../config';
import type * as TelemetryModule from './telemetry';
import type { Telemetry } from './telemetry';

function start(): Telemetry | null {
  let config: TelemetryConfig;
  try {
    config = loadConfig(process.env).telemetry;
  } catch {
    return null;
  }
  if (!config.enabled) return null;
  // A lazy, synchronous require: loading the SDK costs about half a second.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startTelemetry } = require('./telemetry') as typeof TelemetryModule;
  return startTelemetry(config);
}

/** The started SDK (null when tracing is off); main.ts flushes it on shutdown. */
export const telemetry: Telemetry | null = start();
