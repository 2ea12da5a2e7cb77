/**
 * OpenTelemetry tracing (docs/operations.md "tracing"): the Node SDK with spans for incoming HTTP,
 * express and GraphQL (parse, validate, execute, resolvers), plus the evaluation spans the
 * services make through @opentelemetry/api. Load through src/observability/tracing/otel.ts, before anything it
 * instruments is required. docs/observability.md lists the variables.
 */
import { ExpressInstrumentation } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { NodeSDK, type tracing } from '@opentelemetry/sdk-node';
import type { TelemetryConfig } from '../../config';

/** A started SDK. */
export interface Telemetry {
  /** Flushes pending spans and stops the SDK (graceful shutdown). Idempotent. */
  shutdown(): Promise<void>;
}

export interface TelemetryOptions {
  /**
   * Replace the span processors that the SDK builds from the standard variables
   * (OTEL_TRACES_EXPORTER, default `otlp`; OTEL_EXPORTER_OTLP_[TRACES_]ENDPOINT / PROTOCOL /
   * HEADERS; OTEL_BSP_*). Tests pass a SimpleSpanProcessor over an in-memory exporter.
   * @default from the environment
   */
  readonly spanProcessors?: tracing.SpanProcessor[];
  /** Incoming requests on these path prefixes make no span (probes and scrapes). @default ['/health', '/metrics'] */
  readonly ignorePaths?: readonly string[];
}

/**
 * Starts the SDK when `config.enabled` (OTEL_ENABLED, or OTEL_EXPORTER_OTLP_ENDPOINT set);
 * null otherwise. Traces only: metrics go to Prometheus (/metrics) and logs to stdout, so
 * the SDK's OTLP metric and log exporters are not started. The service name is
 * OTEL_SERVICE_NAME (config), other OTEL_* variables are read by the SDK itself
 * (OTEL_SDK_DISABLED, OTEL_TRACES_SAMPLER, OTEL_RESOURCE_ATTRIBUTES, OTEL_PROPAGATORS...).
 */
export function startTelemetry(
  config: TelemetryConfig,
  options: TelemetryOptions = {},
): Telemetry | null {
  if (!config.enabled) return null;
  const ignorePaths = options.ignorePaths ?? ['/health', '/metrics'];
  const sdk = new NodeSDK({
    serviceName: config.serviceName,
    spanProcessors: options.spanProcessors,
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: req => ignorePaths.some(path => req.url?.startsWith(path)),
      }),
      new ExpressInstrumentation(),
      // Variable values stay redacted (allowValues false); list items share one span.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
    ],
  });
  sdk.start();
  let stopping: Promise<void> | undefined;
  return { shutdown: () => (stopping ??= sdk.shutdown()) };
}
