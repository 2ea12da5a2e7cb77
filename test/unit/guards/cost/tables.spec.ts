import {
  buildSchema,
  getNamedType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import { getSchema, printServedSchema } from '../../../../src/graphql/schema';
import {
  FIELD_COSTS,
  LIMITED_FIELDS,
  limitsPerGroup,
  SIZED_FIELDS,
} from '../../../../src/guards/cost';

/**
 * The cost guard's tables name fields by string. A field renamed in a resolver would make its
 * entry dead: no price, no rate limit, and nothing would say so. Every key must name a field of
 * the served schema.
 */

function fieldAt(schema: GraphQLSchema, coordinate: string): GraphQLField<unknown, unknown> | null {
  const [typeName, fieldName] = coordinate.split('.');
  const type = schema.getType(typeName ?? '');
  if (!isObjectType(type) || fieldName === undefined) return null;
  return type.getFields()[fieldName] ?? null;
}

/** The table entries that name no field of `schema`, as schema coordinates. */
function deadEntries(schema: GraphQLSchema): string[] {
  const dead: string[] = [];
  for (const coordinate of Object.keys(FIELD_COSTS)) {
    if (!fieldAt(schema, coordinate)) dead.push(coordinate);
  }
  for (const [coordinate, children] of Object.entries(SIZED_FIELDS)) {
    const parent = fieldAt(schema, coordinate);
    if (!parent) {
      dead.push(coordinate);
      continue;
    }
    const returned = getNamedType(parent.type);
    for (const child of Object.keys(children)) {
      if (!isObjectType(returned) || !returned.getFields()[child]) {
        dead.push(`${returned.name}.${child} (sized by ${coordinate})`);
      }
    }
  }
  for (const field of Object.keys(LIMITED_FIELDS)) {
    const roots = [schema.getQueryType(), schema.getMutationType()];
    if (!roots.some(root => root?.getFields()[field])) dead.push(`<root>.${field}`);
  }
  return dead;
}

describe('cost guard tables against the served schema', () => {
  const schema = getSchema();

  it('price every field they name: FIELD_COSTS and SIZED_FIELDS keys exist', () => {
    expect(Object.keys(FIELD_COSTS).length).toBeGreaterThan(0);
    expect(Object.keys(SIZED_FIELDS).length).toBeGreaterThan(0);
    expect(deadEntries(schema)).toEqual([]);
  });

  it('limit root fields only: every LIMITED_FIELDS key is a Query or Mutation field', () => {
    expect(Object.keys(LIMITED_FIELDS)).toEqual(
      expect.arrayContaining(['evaluatePair', 'evaluateMatrix', 'importItems']),
    );
    expect(deadEntries(schema).filter(entry => entry.startsWith('<root>.'))).toEqual([]);
  });

  it('count every limited field in a group that has a limit', () => {
    const groups = Object.keys(
      limitsPerGroup({
        evaluatePairPerMinute: 1,
        evaluateMatrixPerMinute: 1,
        evaluateClustersPerMinute: 1,
        importPerMinute: 1,
      }),
    );
    for (const group of new Set(Object.values(LIMITED_FIELDS))) {
      expect(groups).toContain(group);
    }
  });

  it('price the limited imports as imports (mutations named import*)', () => {
    const mutations = schema.getMutationType()!.getFields();
    const imports = Object.entries(LIMITED_FIELDS).filter(([, group]) => group === 'import');
    expect(imports.length).toBeGreaterThan(0);
    for (const [field] of imports) {
      expect(mutations[field]).toBeDefined();
      expect(field.startsWith('import')).toBe(true);
    }
  });

  it('reports a renamed field (the check can fail)', () => {
    const renamed = buildSchema(
      printServedSchema()
        .replace(/\n {2}evaluatePair\(/, '\n  evaluatePairRenamed(')
        .replace(/\n {2}evaluateClusters\(/, '\n  evaluateClustersRenamed(')
        .replace(/\n {2}importItems\(/, '\n  importItemsRenamed('),
    );
    expect(deadEntries(renamed)).toEqual(
      expect.arrayContaining([
        'Query.evaluateClusters',
        '<root>.evaluatePair',
        '<root>.evaluateClusters',
        '<root>.importItems',
      ]),
    );
  });

  it('reports a renamed child of a sized list', () => {
    const renamed = buildSchema(
      printServedSchema().replace(/\n {2}incompatiblePairs:/, '\n  incompatiblePairsRenamed:'),
    );
    expect(deadEntries(renamed)).toEqual([
      'ClusterValidation.incompatiblePairs (sized by Query.validateCluster)',
    ]);
  });
});
