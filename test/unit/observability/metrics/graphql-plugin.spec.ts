import { ApolloServer } from '@apollo/server';
import { GraphQLError, buildSchema } from 'graphql';
import { Registry } from 'prom-client';
import {
  createMetrics,
  graphqlMetricsPlugin,
  type MetricsContext,
} from '../../../../src/observability/metrics';
import { parseExposition, sampleValue } from '../../../helpers/exposition';

const schema = buildSchema('type Query { ok: Int, fails: Int }');
const rootValue = {
  ok: () => 1,
  fails: () => {
    throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
  },
};

async function setup(maxOperationNames?: number) {
  const metrics = createMetrics(new Registry(), { defaultMetrics: false });
  const server = new ApolloServer<MetricsContext>({
    schema,
    rootValue,
    plugins: [graphqlMetricsPlugin<MetricsContext>(metrics, { maxOperationNames })],
  });
  await server.start();
  const run = (query: string, contextValue: MetricsContext = {}) =>
    server.executeOperation({ query }, { contextValue });
  const scrape = async () => parseExposition(await metrics.registry.metrics());
  return { server, run, scrape };
}

describe('graphqlMetricsPlugin', () => {
  it('labels operations by name, type and outcome', async () => {
    const { server, run, scrape } = await setup();
    await run('query A { ok }');
    await run('{ ok }');
    await run('query B { fails }');
    await run('query C { nope }');
    const e = await scrape();
    const ops = (operation_name: string, operation_type: string, outcome: string) =>
      sampleValue(e, 'graphql_operations_total', { operation_name, operation_type, outcome });
    expect(ops('A', 'query', 'success')).toBe(1);
    expect(ops('<anonymous>', 'query', 'success')).toBe(1);
    expect(ops('B', 'query', 'error')).toBe(1);
    expect(ops('<unknown>', '<unknown>', 'rejected')).toBe(1);
    expect(sampleValue(e, 'graphql_errors_total', { code: 'NOT_FOUND' })).toBe(1);
    expect(sampleValue(e, 'graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
    expect(e.problems).toEqual([]);
    await server.stop();
  });

  it('caps distinct operation names, except persisted ones', async () => {
    const { server, run, scrape } = await setup(2);
    for (const name of ['A', 'B', 'C', 'D']) await run(`query ${name} { ok }`);
    await run('query Shipped { ok }', { persistedOperationId: 'sha256:abc' });
    const names = new Set(
      (await scrape()).families
        .get('graphql_operations_total')
        ?.samples.map(s => s.labels.operation_name),
    );
    expect([...names].sort()).toEqual(['<other>', 'A', 'B', 'Shipped']);
    await server.stop();
  });

  it('observes the query cost another plugin put on the context', async () => {
    const { server, run, scrape } = await setup();
    await run('{ ok }', { queryCost: 12 });
    await run('{ ok }');
    const e = await scrape();
    expect(sampleValue(e, 'graphql_operation_cost_count', { operation_type: 'query' })).toBe(1);
    expect(sampleValue(e, 'graphql_operation_cost_sum', { operation_type: 'query' })).toBe(12);
    await server.stop();
  });
});
