import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getIntrospectionQuery, getOperationAST, parse } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import {
  actualCost,
  catalogsToSize,
  requestedCost,
  rootFieldNames,
  type CostFacts,
  type CostInput,
} from '../../../../src/guards/cost';

/** The served SDL: the model is priced against the real types. */
const SCHEMA = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'),
);

function input(
  source: string,
  variables: Record<string, unknown> = {},
  sizes: Record<string, number> = {},
): CostInput {
  const document = parse(source);
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(SCHEMA, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  const facts: CostFacts = {
    catalogSizes: new Map(Object.entries(sizes)),
    exportMaxItems: 10_000,
    caps: { first: 1000, maxClusters: 1000 },
  };
  return { schema: SCHEMA, document, operation, variables: coerced.coerced, facts };
}

const cost = (...args: Parameters<typeof input>) => requestedCost(input(...args));

describe('requested cost', () => {
  it('scalars cost 0 and objects 1', () => {
    expect(cost('{ schema(name: "s") { name version } }')).toBe(1);
    expect(cost('{ __typename }')).toBe(0);
  });

  it('connections multiply their edges by `first`, not pageInfo or totalCount', () => {
    // catalogs 1 + pageInfo 1 + first x (edge 1 + node 1)
    expect(
      cost(
        '{ catalogs(first: 10) { totalCount pageInfo { hasNextPage } edges { node { name } } } }',
      ),
    ).toBe(1 + 1 + 10 * 2);
    expect(cost('{ catalogs(first: 1000) { edges { node { name } } } }')).toBe(1 + 1000 * 2);
  });

  it('an omitted `first` costs its default page size', () => {
    expect(cost('{ catalogs { edges { node { name } } } }')).toBe(1 + 50 * 2);
  });

  it('reads `first` from variables', () => {
    const source = 'query($n: Int) { catalogs(first: $n) { edges { cursor } } }';
    expect(cost(source, { n: 3 })).toBe(1 + 3);
    expect(cost(source, { n: 700 })).toBe(1 + 700);
  });

  it('nested connections multiply', () => {
    const source =
      '{ catalogs(first: 10) { edges { node { items(first: 100) { edges { node { id } } } } } } }';
    // catalogs 1 + 10 x (edge 1 + node 1 + items (1 + 100 x (edge 1 + node 1)))
    expect(cost(source)).toBe(1 + 10 * (1 + 1 + (1 + 100 * 2)));
  });

  it('lists no argument sizes count 10 elements', () => {
    // ruleSet 1 + rules 10 x 1
    expect(cost('{ ruleSet(name: "r") { name rules { name } } }')).toBe(1 + 10);
  });

  it('fragments and inline fragments are priced like the fields they spread', () => {
    const plain = cost('{ catalogs(first: 5) { edges { node { name schema { name } } } } }');
    const spread = cost(`
      query { catalogs(first: 5) { ...C } }
      fragment C on CatalogConnection { edges { node { ... on Catalog { name schema { name } } } } }
    `);
    expect(spread).toBe(plain);
    expect(plain).toBe(1 + 5 * (1 + 1 + 1));
  });

  it('@skip and @include are honoured', () => {
    const source =
      'query($full: Boolean!) { catalogs(first: 10) { edges @include(if: $full) { node { name } } } }';
    expect(cost(source, { full: true })).toBe(1 + 20);
    expect(cost(source, { full: false })).toBe(1);
  });

  it('evaluateMatrix costs the pairs of the actual catalog size', () => {
    const source =
      '{ evaluateMatrix(catalogName: "c", ruleSetName: "r") { summary { totalPairs } } }';
    // matrix 1 + summary 1 + ceil(pairs / 10,000)
    expect(cost(source, {}, { c: 0 })).toBe(2);
    expect(cost(source, {}, { c: 53 })).toBe(2 + 1); // 1,378 pairs
    expect(cost(source, {}, { c: 2_000 })).toBe(2 + 200); // 1,999,000 pairs
    expect(cost(source, {}, { c: 10_000 })).toBe(2 + 5_000); // 49,995,000 pairs
  });

  it('evaluateItem costs the items of the catalog, plus its page', () => {
    const source =
      '{ evaluateItem(catalogName: "c", ruleSetName: "r", itemId: "a") { compatibleCount } }';
    expect(cost(source, {}, { c: 10_000 })).toBe(1 + 100);
    const paged =
      '{ evaluateItem(catalogName: "c", ruleSetName: "r", itemId: "a") { comparisons(first: 20) { edges { node { compatible rulesEvaluated { passed } } } } } }';
    // item 1 + 1 + comparisons 1 + 20 x (edge 1 + node 1 + 10 rule evaluations)
    expect(cost(paged, {}, { c: 53 })).toBe(1 + 1 + 1 + 20 * 12);
  });

  it('evaluateClusters is expensive and sizes clusters and relationships by maxClusters', () => {
    const base = (max: number) =>
      `{ evaluateClusters(catalogName: "c", clusterRuleSetName: "k", maxClusters: ${max}) { clusters { id } } }`;
    // search 1000 + pairs 1 + analysis 1 + max x cluster 1
    expect(cost(base(10), {}, { c: 53 })).toBe(1000 + 1 + 1 + 10);
    expect(cost(base(100), {}, { c: 53 })).toBe(1000 + 1 + 1 + 100);
    const withRelationships = `{ evaluateClusters(catalogName: "c", clusterRuleSetName: "k") { relationships { clusterId } } }`;
    // default maxClusters 100: 10 relationships assumed per cluster
    expect(cost(withRelationships, {}, { c: 53 })).toBe(1000 + 1 + 1 + 100 * 10);
  });

  it('validateCluster sizes its incompatible pairs by the item ids given', () => {
    const ids = JSON.stringify(['a', 'b', 'c', 'd']);
    const source = `{ validateCluster(catalogName: "c", clusterRuleSetName: "k", itemIds: ${ids}) { valid incompatiblePairs { item1Id } } }`;
    // own ceil(6 / 100) = 1 + validation 1 + 6 pairs
    expect(cost(source)).toBe(1 + 1 + 6);
  });

  it('clusterCandidates sizes its candidates by candidateIds, else the catalog', () => {
    const sized = `{ clusterCandidates(catalogName: "c", clusterRuleSetName: "k", itemIds: ["a"], candidateIds: ["b", "d"]) { candidates { itemId } } }`;
    const whole = `{ clusterCandidates(catalogName: "c", clusterRuleSetName: "k", itemIds: ["a"]) { candidates { itemId } } }`;
    expect(cost(sized, {}, { c: 100 })).toBe(2 + 1 + 2);
    expect(cost(whole, {}, { c: 100 })).toBe(2 + 1 + 100);
  });

  it('mutations cost 10 and imports 100, plus what they return', () => {
    expect(cost('mutation { deleteCatalog(name: "c") }')).toBe(10);
    expect(cost('mutation($f: Upload!) { importAll(file: $f) { warnings } }', { f: {} })).toBe(
      100 + 1,
    );
  });

  it('exports cost their items', () => {
    expect(cost('{ exportAll }')).toBe(100);
    expect(cost('{ exportCatalog(name: "c", first: 500) { document } }')).toBe(5 + 1);
  });

  it('prices arguments above their caps at the cap (the resolver refuses them precisely)', () => {
    expect(cost('{ catalogs(first: 99999) { edges { cursor } } }')).toBe(1 + 1000);
    expect(cost('{ exportCatalog(name: "c", first: 10000000) { document } }')).toBe(100 + 1);
    const clusters = (max: number) =>
      `{ evaluateClusters(catalogName: "c", clusterRuleSetName: "k", maxClusters: ${max}) { clusters { id } } }`;
    expect(cost(clusters(1_000_000))).toBe(cost(clusters(1000)));
  });

  it('introspection is free (Apollo Sandbox polls it in development)', () => {
    expect(cost(getIntrospectionQuery())).toBe(0);
    expect(
      cost('{ __type(name: "Catalog") { fields { name } } catalogs(first: 1) { totalCount } }'),
    ).toBe(1);
  });

  it('is beyond measure past the node limit of graphql-query-complexity', () => {
    const fields = Array.from({ length: 10_001 }, (_, i) => `a${i}: __typename`).join(' ');
    expect(cost(`{ ${fields} }`)).toBe(Infinity);
  });
});

describe('actual cost', () => {
  it('counts the objects returned, lists at their real length', () => {
    const priced = input(
      '{ catalogs(first: 10) { edges { node { name } } pageInfo { hasNextPage } } }',
    );
    const data = {
      catalogs: {
        edges: [{ node: { name: 'a' } }, { node: { name: 'b' } }],
        pageInfo: { hasNextPage: false },
      },
    };
    expect(requestedCost(priced)).toBe(1 + 1 + 20);
    expect(actualCost(priced, data)).toBe(1 + 1 + 2 * 2);
  });

  it('null objects are free; aliases are read by their alias', () => {
    const priced = input('{ one: catalog(name: "a") { name } two: catalog(name: "b") { name } }');
    expect(actualCost(priced, { one: { name: 'a' }, two: null })).toBe(1);
  });

  it('evaluation costs count as spent', () => {
    const priced = input(
      '{ evaluateMatrix(catalogName: "c", ruleSetName: "r") { summary { totalPairs } } }',
      {},
      { c: 2_000 },
    );
    expect(actualCost(priced, { evaluateMatrix: { summary: { totalPairs: 1 } } })).toBe(202);
  });
});

describe('operation facts', () => {
  it('lists the catalogs whose size the price needs, from literals and variables', () => {
    const priced = input(
      `query($c: CatalogName!) {
        a: evaluateMatrix(catalogName: $c, ruleSetName: "r") { summary { totalPairs } }
        b: evaluateItem(catalogName: "other", ruleSetName: "r", itemId: "x") { compatibleCount }
        catalogs { totalCount }
      }`,
      { c: 'mine' },
    );
    expect(catalogsToSize(priced).sort()).toEqual(['mine', 'other']);
  });

  it('names every root field occurrence, through fragments, without skipped ones', () => {
    const priced = input(
      `
      query($skip: Boolean!) {
        a: evaluatePair(catalogName: "c", ruleSetName: "r", item1Id: "x", item2Id: "y") { compatible }
        b: evaluatePair(catalogName: "c", ruleSetName: "r", item1Id: "x", item2Id: "z") { compatible }
        c: evaluateMatrix(catalogName: "c", ruleSetName: "r") @skip(if: $skip) { evaluatedAt }
        ...More
      }
      fragment More on Query { schemas { totalCount } }
    `,
      { skip: true },
    );
    expect(rootFieldNames(priced.document, priced.operation, priced.variables)).toEqual([
      'evaluatePair',
      'evaluatePair',
      'schemas',
    ]);
  });
});
