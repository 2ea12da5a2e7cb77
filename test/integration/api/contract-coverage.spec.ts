/**
 * Every field and argument of the published contract is sent over HTTP by some API test
 * (static analysis of the documents in these suites; see test/helpers/contract-coverage.ts).
 * A field the suites never select, or an argument they never pass, fails this test by name.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'graphql';
import { contractTargets, coverageOf, documentsOf } from '../../helpers/contract-coverage';
import { contractSchema, contractSdl } from '../../helpers/contract-documents';

const API_SUITES = __dirname;
const FIXTURES = join(__dirname, '..', '..', 'fixtures');

describe('contract coverage of the API suites', () => {
  const suites = readdirSync(API_SUITES)
    .filter(f => f.endsWith('.spec.ts') && f !== 'contract-coverage.spec.ts')
    .map(f => join(API_SUITES, f));
  const shared = ['builders.ts', 'api.ts'].map(f => join(FIXTURES, f));
  const schema = contractSchema();
  const targets = contractTargets(contractSdl());
  const coverage = coverageOf(schema, documentsOf([...suites, ...shared], shared));

  it('finds the documents of the suites', () => {
    expect(suites.length).toBeGreaterThanOrEqual(10);
    expect(coverage.documents).toBeGreaterThan(100);
  });

  it('every Query and Mutation field is sent by at least one suite', () => {
    const roots = targets.fields.filter(f => /^(Query|Mutation)\./.test(f));
    expect(roots.length).toBe(37);
    expect(roots.filter(f => !coverage.fields.has(f))).toEqual([]);
  });

  it('every field of every object type is selected by at least one suite', () => {
    expect(targets.fields.filter(f => !coverage.fields.has(f))).toEqual([]);
  });

  it('every argument of every field is passed by at least one suite', () => {
    expect(targets.args.filter(a => !coverage.args.has(a))).toEqual([]);
  });

  it('would fail: documents that leave fields and arguments out are reported missing', () => {
    const partial = coverageOf(schema, [
      parse('{ schemas(first: 1) { totalCount } catalog(name: "c") { items { totalCount } } }'),
    ]);
    expect(partial.fields.has('Query.schemas')).toBe(true);
    expect(partial.fields.has('Query.ruleSets')).toBe(false);
    expect(partial.fields.has('Catalog.items')).toBe(true);
    expect(partial.args.has('Query.schemas(first)')).toBe(true);
    expect(partial.args.has('Query.schemas(after)')).toBe(false);
    expect(partial.args.has('Catalog.items(first)')).toBe(false);
    expect(targets.fields.filter(f => !partial.fields.has(f)).length).toBeGreaterThan(150);
  });
});
