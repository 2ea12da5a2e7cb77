/**
 * Every root field of the published contract has a shipped operation in the trusted-documents
 * manifest: with PERSISTED_OPERATIONS=enforce (the production default) a client can call only
 * what src/client/operations/ ships.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, parse, validate, type GraphQLObjectType } from 'graphql';
import { coverageOf } from '../../helpers/contract-coverage';
import { contractSchema } from '../../helpers/contract-documents';

const ROOT = join(__dirname, '..', '..', '..');
const MANIFEST = join(ROOT, 'src', 'client', 'generated', 'persisted-documents.json');
/** The SDL the server serves: the contract plus additions (e.g. ClusterAnalysis.workBudget). */
const SERVED = join(ROOT, 'schema', 'schema.graphql');
const FIX = 'Add an operation to src/client/operations/*.graphql and run `npm run codegen`.';

const schema = contractSchema();
const documents = Object.values(
  JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>,
).map(text => parse(text));
const coverage = coverageOf(schema, documents);

const roots = [schema.getQueryType(), schema.getMutationType()].filter(
  (type): type is GraphQLObjectType => type !== null && type !== undefined,
);
const rootFields = roots.flatMap(root =>
  Object.values(root.getFields()).map(field => ({ root: root.name, field })),
);

describe('shipped operations (persisted-documents.json) against schema/contract.graphql', () => {
  it('are valid against the served schema', () => {
    const served = buildSchema(readFileSync(SERVED, 'utf8'));
    for (const document of documents) expect(validate(served, document)).toEqual([]);
  });

  it('call every Query and Mutation field', () => {
    const missing = rootFields
      .map(({ root, field }) => `${root}.${field.name}`)
      .filter(name => !coverage.fields.has(name));
    if (missing.length > 0)
      throw new Error(`No shipped operation calls ${missing.join(', ')}. ${FIX}`);
    expect(rootFields.length).toBeGreaterThanOrEqual(37);
  });

  it('pass every argument of every root field (as a variable or a literal)', () => {
    const missing = rootFields.flatMap(({ root, field }) =>
      field.args
        .map(arg => `${root}.${field.name}(${arg.name})`)
        .filter(name => !coverage.args.has(name)),
    );
    if (missing.length > 0)
      throw new Error(`No shipped operation passes ${missing.join(', ')}. ${FIX}`);
  });
});
