import { trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import type { TelemetryConfig } from '../../../../src/config';
import { startTelemetry } from '../../../../src/observability/tracing/telemetry';

const config = (enabled: boolean): TelemetryConfig => ({
  enabled,
  otlpEndpoint: null,
  serviceName: 'rulate-test',
});

describe('startTelemetry', () => {
  it('starts nothing when tracing is off', () => {
    expect(startTelemetry(config(false))).toBeNull();
  });

  it('registers the global tracer provider, names the service and flushes on shutdown', async () => {
    const exporter = new InMemorySpanExporter();
    const telemetry = startTelemetry(config(true), {
      spanProcessors: [new SimpleSpanProcessor(exporter)],
    });
    expect(telemetry).not.toBeNull();
    try {
      trace.getTracer('test').startActiveSpan('probe', span => span.end());
      // The processor exports once the resource's detected attributes have settled.
      for (let i = 0; i < 100 && exporter.getFinishedSpans().length === 0; i++) {
        await new Promise(resolve => setTimeout(resolve, 20));
      }
      const [span] = exporter.getFinishedSpans();
      expect(span.name).toBe('probe');
      expect(span.resource.attributes['service.name']).toBe('rulate-test');
    } finally {
      await telemetry!.shutdown();
      await telemetry!.shutdown();
      trace.disable();
    }
  });
});
