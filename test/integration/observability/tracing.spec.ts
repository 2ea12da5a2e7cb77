/**
 * Evaluation spans through the whole app: the services use the global tracer, which the
 * test points at an in-memory exporter (what the SDK does in src/observability/tracing/telemetry.ts).
 */
import { trace } from '@opentelemetry/api';
import {
  BasicTracerProvider,
  InMemorySpanExporter,
  SimpleSpanProcessor,
} from '@opentelemetry/sdk-trace-base';
import { example, startTestApi, type TestApi } from '../../helpers/app';
import { SQLITE } from '../../helpers/orm';

describe('evaluation spans', () => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let api: TestApi;
  beforeAll(async () => {
    trace.setGlobalTracerProvider(provider);
    api = await startTestApi(SQLITE);
    await api.importAll(example('wardrobe-v1'));
  }, 60_000);
  afterAll(async () => {
    await api.close();
    await provider.shutdown();
    trace.disable();
  });
  beforeEach(() => exporter.reset());

  const spansNamed = (name: string) => exporter.getFinishedSpans().filter(s => s.name === name);

  it('evaluateMatrix: catalog size, rules and pair counts', async () => {
    const res = await api.gql<{
      evaluateMatrix: { summary: { totalPairs: number; compatiblePairs: number } };
    }>(
      '{ evaluateMatrix(catalogName: "my_wardrobe", ruleSetName: "wardrobe_rules_v1") { summary { totalPairs compatiblePairs } } }',
    );
    expect(res.body.errors).toBeUndefined();
    const summary = res.body.data!.evaluateMatrix.summary;
    const [span] = spansNamed('evaluation.matrix');
    expect(span.attributes).toMatchObject({
      'rulate.evaluation.kind': 'matrix',
      'rulate.catalog.name': 'my_wardrobe',
      'rulate.rule_set.name': 'wardrobe_rules_v1',
      'rulate.catalog.size': 19,
      'rulate.pairs.total': summary.totalPairs,
      'rulate.pairs.compatible': summary.compatiblePairs,
    });
    expect(span.attributes['rulate.rules.count']).toBeGreaterThan(0);
  });

  it('evaluateClusters: clusters found', async () => {
    const res = await api.gql<{ evaluateClusters: { totalClusters: number } }>(
      '{ evaluateClusters(catalogName: "my_wardrobe", clusterRuleSetName: "wardrobe_cluster_rules_v1") { totalClusters } }',
    );
    expect(res.body.errors).toBeUndefined();
    const [span] = spansNamed('evaluation.clusters');
    expect(span.attributes).toMatchObject({
      'rulate.catalog.size': 19,
      'rulate.clusters.found': res.body.data!.evaluateClusters.totalClusters,
      'rulate.clusters.truncated': false,
    });
  });

  it('a failed evaluation ends its span with an error status', async () => {
    const res = await api.gql(
      '{ evaluatePair(catalogName: "my_wardrobe", ruleSetName: "wardrobe_rules_v1", item1Id: "nope", item2Id: "shirt_001") { compatible } }',
    );
    expect(res.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [span] = spansNamed('evaluation.pair');
    expect(span.status.code).toBe(2);
  });
});
