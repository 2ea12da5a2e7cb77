import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, getOperationAST, parse, type DocumentNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import {
  priceKey,
  pricedVariables,
  requestedCost,
  UNPRICED_ARGUMENTS,
  type CostInput,
} from '../../../../src/guards/cost';

const SCHEMA = buildSchema(
  readFileSync(join(__dirname, '..', '..', '..', '..', 'schema', 'schema.graphql'), 'utf8'),
);

function input(document: DocumentNode, variables: Record<string, unknown>): CostInput {
  const operation = getOperationAST(document)!;
  const coerced = getVariableValues(SCHEMA, operation.variableDefinitions ?? [], variables);
  if (coerced.errors) throw coerced.errors[0];
  return {
    schema: SCHEMA,
    document,
    operation,
    variables: coerced.coerced,
    rawVariables: variables,
    facts: { catalogSizes: new Map([['c', 10_000]]), exportMaxItems: 10_000 },
  };
}

const PAGE = parse(`query Page($name: String!, $n: Int, $cursor: String) {
  catalog(name: $name) { items(first: $n, after: $cursor) { edges { node { itemId } } } }
}`);

describe('price key', () => {
  it('leaves out variables used only as cursors', () => {
    expect([...pricedVariables(PAGE)].sort()).toEqual(['n', 'name']);
    const a = input(PAGE, { name: 'c', n: 50, cursor: 'AAAA' });
    const b = input(PAGE, { cursor: 'BBBB', n: 50, name: 'c' });
    expect(priceKey(a)).toBe(priceKey(b));
    expect(requestedCost(a)).toBe(requestedCost(b));
  });

  it('keeps the variables a price reads: a new page size is a new key and price', () => {
    const a = input(PAGE, { name: 'c', n: 50, cursor: 'AAAA' });
    const b = input(PAGE, { name: 'c', n: 10, cursor: 'AAAA' });
    expect(priceKey(a)).not.toBe(priceKey(b));
    expect(requestedCost(a)).toBeGreaterThan(requestedCost(b));
  });

  it('keeps a variable used both as a cursor and elsewhere', () => {
    const doc = parse(`query($v: String) {
      catalog(name: $v) { items(first: 5, after: $v) { edges { cursor } } }
    }`);
    expect([...pricedVariables(doc)]).toEqual(['v']);
  });

  it('keeps variables of directives and of non-cursor arguments in fragments', () => {
    const doc = parse(`query($cursor: String, $show: Boolean!, $n: Int) {
      catalogs(after: $cursor) { ...F }
    }
    fragment F on CatalogConnection { edges @include(if: $show) { node { items(first: $n) { totalCount } } } }`);
    expect([...pricedVariables(doc)].sort()).toEqual(['n', 'show']);
  });

  it('is different for different catalog sizes', () => {
    const a = input(PAGE, { name: 'c', n: 50 });
    const b: CostInput = { ...a, facts: { ...a.facts, catalogSizes: new Map([['c', 5]]) } };
    expect(priceKey(a)).not.toBe(priceKey(b));
  });

  it('names only arguments the price table never reads', () => {
    // A price that read a cursor would make two cursors of one page size differ in price:
    // every connection of the served schema with a cursor argument is priced alike.
    const fields = Object.values(SCHEMA.getTypeMap()).flatMap(type =>
      'getFields' in type && !type.name.startsWith('__')
        ? Object.values(type.getFields()).filter(
            f =>
              'args' in f &&
              f.args.some((a: { readonly name: string }) => UNPRICED_ARGUMENTS.has(a.name)),
          )
        : [],
    );
    expect(fields.length).toBeGreaterThan(0);
    const source = readFileSync(
      join(__dirname, '..', '..', '..', '..', 'src', 'guards', 'cost', 'prices.ts'),
      'utf8',
    );
    for (const name of UNPRICED_ARGUMENTS) expect(source).not.toMatch(new RegExp(`\\b${name}\\b`));
  });
});
