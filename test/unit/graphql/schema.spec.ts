import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, findBreakingChanges, findDangerousChanges } from 'graphql';
import { getSchema, printServedSchema } from '../../../src/graphql/schema';

const root = join(__dirname, '..', '..', '..');
const committed = join(root, 'schema', 'schema.graphql');
// The published contract, as the repository keeps it.
const contracts = [join(root, 'schema', 'contract.graphql')];

describe('served GraphQL schema', () => {
  it('matches schema/schema.graphql (run `npm run schema:emit` after changing types)', () => {
    expect(readFileSync(committed, 'utf8')).toBe(printServedSchema());
  });

  it.each(contracts)('has no breaking or dangerous change against %s', path => {
    const contract = buildSchema(readFileSync(path, 'utf8'));
    const describe = (c: { description: string }) => c.description;
    expect(findBreakingChanges(contract, getSchema()).map(describe)).toEqual([]);
    expect(findDangerousChanges(contract, getSchema()).map(describe)).toEqual([]);
  });

  it('finds a breaking change when a contract field is missing (the check can fail)', () => {
    const contract = buildSchema(readFileSync(contracts[0], 'utf8'));
    const trimmed = buildSchema(
      printServedSchema().replace(/\n {2}exportAll: JSONObject!\n/, '\n'),
    );
    expect(findBreakingChanges(contract, trimmed).map(c => c.description)).toContain(
      'Query.exportAll was removed.',
    );
  });
});
