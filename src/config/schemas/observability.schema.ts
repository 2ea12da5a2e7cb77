import { z } from 'zod';
import {
  isProductionLike,
  LOG_LEVELS,
  type LoggingConfig,
  type MetricsConfig,
  type SentryConfig,
  type TelemetryConfig,
} from '../app-config';
import { envBool, envEnum, envInt, envUrl, optionalString } from '../env-values';
import type { SchemaContext } from './schema-context';

export const metricsSchema = () =>
  z
    .object({ METRICS_ENABLED: envBool(true), METRICS_TOKEN: optionalString() })
    .transform((e): MetricsConfig => ({
      enabled: e.METRICS_ENABLED,
      token: e.METRICS_TOKEN ?? null,
    }));

/** OTEL_ENABLED defaults to "an endpoint is set"; other OTEL_* variables go to the SDK. */
export const telemetrySchema = () =>
  z
    .object({
      OTEL_ENABLED: optionalString(),
      OTEL_EXPORTER_OTLP_ENDPOINT: envUrl(['http:', 'https:']),
      OTEL_SERVICE_NAME: optionalString(),
    })
    .transform((e, ctx): TelemetryConfig => {
      const parsed = envBool(e.OTEL_EXPORTER_OTLP_ENDPOINT !== null).safeParse(e.OTEL_ENABLED);
      if (!parsed.success) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['OTEL_ENABLED'],
          message: parsed.error.issues[0]?.message ?? 'invalid',
        });
      }
      return {
        enabled: parsed.success && parsed.data,
        otlpEndpoint: e.OTEL_EXPORTER_OTLP_ENDPOINT,
        serviceName: e.OTEL_SERVICE_NAME ?? 'rulate-graphql',
      };
    });

export const sentrySchema = () =>
  z
    .object({ SENTRY_DSN: envUrl(['http:', 'https:']) })
    .transform((e): SentryConfig => ({ dsn: e.SENTRY_DSN }));

export const loggingSchema = ({ environment }: SchemaContext) =>
  z
    .object({
      LOG_LEVEL: envEnum(LOG_LEVELS, isProductionLike(environment) ? 'info' : 'debug'),
      LOG_BUFFER_BYTES: envInt(4096, { min: 0, max: 16_000 }),
    })
    .transform((e): LoggingConfig => ({ level: e.LOG_LEVEL, bufferBytes: e.LOG_BUFFER_BYTES }));

export const seedSchema = ({ environment }: SchemaContext) =>
  z
    .object({ SEED_EXAMPLES: envBool(!isProductionLike(environment)) })
    .transform(e => e.SEED_EXAMPLES);
