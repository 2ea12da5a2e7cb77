import { SpanStatusCode } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import {
  createEvaluationInstrumentation,
  type EvaluationRecorder,
} from '../../../src/observability/evaluation';

describe('createEvaluationInstrumentation', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const calls: Parameters<EvaluationRecorder['recordEvaluation']>[] = [];
  const recorder: EvaluationRecorder = { recordEvaluation: (...args) => void calls.push(args) };
  let clock = 0;
  const instrumentation = createEvaluationInstrumentation({
    recorder,
    tracer: provider.getTracer('test'),
    now: () => clock,
  });
  beforeEach(() => {
    exporter.reset();
    calls.length = 0;
  });
  afterAll(() => provider.shutdown());

  it('makes one span with the subject and the reported facts, and records the duration', async () => {
    const result = await instrumentation.measure(
      'matrix',
      { catalog: 'shop', ruleSet: 'rules' },
      async report => {
        report({ catalogSize: 20, rules: 4 });
        clock += 250;
        report({ compatiblePairs: 150, incompatiblePairs: 40 });
        return 'done';
      },
    );
    expect(result).toBe('done');
    const [span] = exporter.getFinishedSpans();
    expect(span.name).toBe('evaluation.matrix');
    expect(span.attributes).toEqual({
      'rulate.evaluation.kind': 'matrix',
      'rulate.catalog.name': 'shop',
      'rulate.rule_set.name': 'rules',
      'rulate.catalog.size': 20,
      'rulate.rules.count': 4,
      'rulate.pairs.total': 190,
      'rulate.pairs.compatible': 150,
      'rulate.pairs.incompatible': 40,
    });
    expect(calls).toEqual([
      [
        'matrix',
        0.25,
        { catalogSize: 20, rules: 4, compatiblePairs: 150, incompatiblePairs: 40 },
        'ok',
      ],
    ]);
  });

  it('marks a failed evaluation on the span and in the recorder, and rethrows', async () => {
    const failing = instrumentation.measure(
      'clusters',
      { catalog: 'c', ruleSet: 'k' },
      async () => {
        throw new Error('Catalog "c" not found');
      },
    );
    await expect(failing).rejects.toThrow('not found');
    const [span] = exporter.getFinishedSpans();
    expect(span.status).toEqual({ code: SpanStatusCode.ERROR, message: 'Catalog "c" not found' });
    expect(span.events.map(e => e.name)).toEqual(['exception']);
    expect(calls[0][3]).toBe('error');
  });

  it('is harmless without a recorder or an SDK (global no-op tracer)', async () => {
    const plain = createEvaluationInstrumentation();
    await expect(
      plain.measure('pair', { catalog: 'c', ruleSet: 'r' }, async () => 1),
    ).resolves.toBe(1);
  });
});
