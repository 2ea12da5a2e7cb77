import { SpanStatusCode, trace, type Attributes, type Tracer } from '@opentelemetry/api';

/** The evaluations the service measures (`evaluation_duration_seconds{kind}`, span names). */
export type EvaluationKind =
  'pair' | 'item' | 'matrix' | 'clusters' | 'validate_cluster' | 'cluster_candidates';

/** What an evaluation reports about its work (span attributes and result metrics). */
export interface EvaluationFacts {
  readonly catalogSize?: number;
  readonly rules?: number;
  readonly compatiblePairs?: number;
  readonly incompatiblePairs?: number;
  readonly clusters?: number;
  readonly truncated?: boolean;
  readonly workUsed?: number;
}

/** Names of what is evaluated (span attributes only: never metric labels). */
export interface EvaluationSubject {
  readonly catalog: string;
  readonly ruleSet: string;
}

/** Receives every evaluation once it ends (the Prometheus metrics implement it). */
export interface EvaluationRecorder {
  recordEvaluation(
    kind: EvaluationKind,
    seconds: number,
    facts: EvaluationFacts,
    outcome: 'ok' | 'error',
  ): void;
}

/** Measures evaluations: one span `evaluation.<kind>` and one recorder call each. */
export interface EvaluationInstrumentation {
  /** Runs `work`, which calls `report` with what it found (any number of times, merged). */
  measure<T>(
    kind: EvaluationKind,
    subject: EvaluationSubject,
    work: (report: (facts: EvaluationFacts) => void) => Promise<T>,
  ): Promise<T>;
}

export interface EvaluationInstrumentationOptions {
  /** @default no recorder (spans only) */
  readonly recorder?: EvaluationRecorder;
  /**
   * @default the global tracer `rulate-graphql`: a no-op until the OpenTelemetry SDK is
   *   started (src/observability/tracing/otel.ts), so spans cost nothing when tracing is off
   */
  readonly tracer?: Tracer;
  /** A monotonic clock in milliseconds. @default performance.now */
  readonly now?: () => number;
}

const globalTracer = trace.getTracer('rulate-graphql');

/** Span attributes of the facts, under the `rulate.` namespace. */
export function factAttributes(facts: EvaluationFacts): Attributes {
  const attributes: Attributes = {};
  const put = (key: string, value: number | boolean | undefined) => {
    if (value !== undefined) attributes[key] = value;
  };
  put('rulate.catalog.size', facts.catalogSize);
  put('rulate.rules.count', facts.rules);
  if (facts.compatiblePairs !== undefined && facts.incompatiblePairs !== undefined) {
    put('rulate.pairs.total', facts.compatiblePairs + facts.incompatiblePairs);
  }
  put('rulate.pairs.compatible', facts.compatiblePairs);
  put('rulate.pairs.incompatible', facts.incompatiblePairs);
  put('rulate.clusters.found', facts.clusters);
  put('rulate.clusters.truncated', facts.truncated);
  put('rulate.clusters.work_used', facts.workUsed);
  return attributes;
}

/** An EvaluationInstrumentation over the tracer and recorder of the options. */
export function createEvaluationInstrumentation(
  options: EvaluationInstrumentationOptions = {},
): EvaluationInstrumentation {
  const { recorder, tracer = globalTracer, now = () => performance.now() } = options;
  return {
    measure(kind, subject, work) {
      const attributes = {
        'rulate.evaluation.kind': kind,
        'rulate.catalog.name': subject.catalog,
        'rulate.rule_set.name': subject.ruleSet,
      };
      return tracer.startActiveSpan(`evaluation.${kind}`, { attributes }, async span => {
        const started = now();
        let facts: EvaluationFacts = {};
        const report = (more: EvaluationFacts) => {
          facts = { ...facts, ...more };
        };
        let outcome: 'ok' | 'error' = 'ok';
        try {
          return await work(report);
        } catch (error) {
          outcome = 'error';
          span.recordException(error instanceof Error ? error : String(error));
          span.setStatus({
            code: SpanStatusCode.ERROR,
            message: error instanceof Error ? error.message : String(error),
          });
          throw error;
        } finally {
          span.setAttributes(factAttributes(facts));
          span.end();
          recorder?.recordEvaluation(kind, (now() - started) / 1000, facts, outcome);
        }
      });
    },
  };
}
