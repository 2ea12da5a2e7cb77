import { buildSchema, graphql, type GraphQLResolveInfo } from 'graphql';
import { itemsPageAhead } from '../../../src/graphql/catalogs/items-lookahead';
import type { PageRequest } from '../../../src/services/records';

const schema = buildSchema(`
  type Query { catalog(name: String!): Catalog }
  type Catalog { name: String, items(first: Int = 50, after: String): Page, other(first: Int): Page }
  type Page { count: Int }
`);

/** What itemsPageAhead answers inside the `catalog` resolver of `source`. */
async function ahead(
  source: string,
  variableValues?: Record<string, unknown>,
): Promise<PageRequest | null> {
  let seen: PageRequest | null | undefined;
  const result = await graphql({
    schema,
    source,
    variableValues,
    rootValue: {
      catalog: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        seen = itemsPageAhead(info, 1000);
        return { name: 'closet', items: { count: 0 }, other: { count: 0 } };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  expect(seen).not.toBeUndefined();
  return seen ?? null;
}

describe('itemsPageAhead', () => {
  it('reads the arguments of the one items field, literals or variables', async () => {
    expect(await ahead('{ catalog(name: "c") { name items(first: 3) { count } } }')).toEqual({
      first: 3,
      after: null,
    });
    expect(
      await ahead(
        'query($f: Int, $a: String) { catalog(name: "c") { items(first: $f, after: $a) { count } } }',
        { f: 7, a: 'aXRlbTo0' },
      ),
    ).toEqual({ first: 7, after: 'aXRlbTo0' });
  });

  it('applies the default page size, also for an explicit null', async () => {
    expect(await ahead('{ catalog(name: "c") { items { count } } }')).toEqual({
      first: 50,
      after: null,
    });
    expect(await ahead('{ catalog(name: "c") { items(first: null) { count } } }')).toEqual({
      first: 50,
      after: null,
    });
  });

  it.each([
    ['no items field', '{ catalog(name: "c") { name other(first: 2) { count } } }'],
    ['a page size the resolver refuses', '{ catalog(name: "c") { items(first: 1001) { count } } }'],
    ['a negative page size', '{ catalog(name: "c") { items(first: -1) { count } } }'],
    [
      'two items fields',
      '{ catalog(name: "c") { a: items(first: 1) { count } b: items(first: 2) { count } } }',
    ],
    [
      'a fragment spread',
      '{ catalog(name: "c") { ...F } } fragment F on Catalog { items(first: 2) { count } }',
    ],
    [
      'an inline fragment',
      '{ catalog(name: "c") { ... on Catalog { items(first: 2) { count } } } }',
    ],
    [
      'a directive on items',
      '{ catalog(name: "c") { items(first: 2) @include(if: true) { count } } }',
    ],
    [
      'the catalog field selected twice',
      '{ catalog(name: "c") { name } catalog(name: "c") { items(first: 2) { count } } }',
    ],
  ])('answers null for %s', async (_case, source) => {
    expect(await ahead(source)).toBeNull();
  });
});
