import {
  errorMessage,
  expectError,
  issuePaths,
  issuesOf,
  ok,
  startApi,
  walk,
  type Connection,
} from '../../fixtures/api';
import {
  aClusterRuleSet,
  aRule,
  aRuleSet,
  aSchema,
  CREATE_CLUSTER_RULE_SET,
  CREATE_RULE_SET,
  CREATE_SCHEMA,
  garmentRules,
  nestedCondition,
  RULE_FIELDS,
  UPDATE_RULE_SET,
  type RuleInput,
} from '../../fixtures/builders';
import type { TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

interface RuleSetNode {
  name: string;
  version: string;
  description: string | null;
  rules: (RuleInput & { enabled: boolean; description: string | null })[];
  schema: { name: string };
}

const GET = `query($name: ResourceName!) { ruleSet(name: $name) { name version description rules { ${RULE_FIELDS} } schema { name dimensions { name } } createdAt updatedAt } }`;
const LIST = `query($first: Int, $after: String) { ruleSets(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name schema { name } } } } }`;
const DELETE = 'mutation($name: ResourceName!) { deleteRuleSet(name: $name) }';

/** Each bad condition (as rule 0 of a rule set) and the path its problem must be reported at. */
const BAD_CONDITIONS: [string, Record<string, unknown>, string][] = [
  [
    'an unknown operator',
    { all: [{ equals: { field: 'category' } }, { nope: { field: 'category' } }] },
    'input.rules[0].condition.all[1]',
  ],
  ['equals without its field key', { equals: {} }, 'input.rules[0].condition.equals.field'],
  [
    'abs_diff without max',
    { abs_diff: { field: 'formality' } },
    'input.rules[0].condition.abs_diff.max',
  ],
  [
    'a field that is not in the schema',
    { any: [{ has_different: { field: 'category' } }, { equals: { field: 'size' } }] },
    'input.rules[0].condition.any[1].equals.field',
  ],
  [
    '`all` given an object',
    { all: { equals: { field: 'category' } } },
    'input.rules[0].condition.all',
  ],
  ['`or` given a string', { or: 'category' }, 'input.rules[0].condition.or'],
  ['`not` given nothing', { not: {} }, 'input.rules[0].condition.not'],
  [
    'a node with two operators',
    { all: [{ equals: { field: 'category' }, not: { equals: { field: 'category' } } }] },
    'input.rules[0].condition.all[0]',
  ],
  ['a field of the wrong type', { equals: { field: 7 } }, 'input.rules[0].condition.equals.field'],
  [
    'a condition 33 levels deep',
    nestedCondition(33),
    `input.rules[0].condition${'.not'.repeat(32)}`,
  ],
];

describeEachDatabase('API: rule sets', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'other' }) }));
  }, 60_000);
  afterAll(() => api.close());

  const get = async (name: string) =>
    ok(await api.gql<{ ruleSet: RuleSetNode | null }>(GET, { name })).ruleSet;
  const create = (overrides: Record<string, unknown>) =>
    api.gql<{ createRuleSet: RuleSetNode }>(CREATE_RULE_SET, { input: aRuleSet(overrides) });

  it('creates a rule set with its rules in order (enabled by default) and resolves its schema', async () => {
    const rules = [
      ...garmentRules(),
      aRule({
        name: 'no-hats',
        description: 'hats off',
        enabled: false,
        condition: { any_equals: { field: 'category', value: 'hat' } },
      }),
    ];
    const created = ok(await create({ description: 'for tests', rules })).createRuleSet;
    expect(created).toMatchObject({
      name: 'garment_rules',
      version: '1.0.0',
      description: 'for tests',
      schema: { name: 'garments' },
    });
    expect(created.rules).toEqual([
      { ...rules[0], description: null, enabled: true },
      { ...rules[1], description: null, enabled: true },
      { ...rules[2] },
    ]);
    const read = await get('garment_rules');
    expect(read).toMatchObject({ rules: created.rules, schema: { name: 'garments' } });
    expect(read!.schema).toHaveProperty('dimensions', [
      { name: 'category' },
      { name: 'formality' },
      { name: 'colors' },
    ]);
  });

  it('answers null for an unknown rule set, and NOT_FOUND for an unknown schema on create', async () => {
    expect(await get('nowhere')).toBeNull();
    const res = await create({ name: 'orphan', schemaName: 'nowhere' });
    expectError(res, 'NOT_FOUND', 200);
    expect(res.body.data).toBeNull();
    expect(errorMessage(res)).toContain('Schema "nowhere"');
    expect(await get('orphan')).toBeNull();
  });

  it('refuses a duplicate name with CONFLICT (409)', async () => {
    const res = await create({ version: '9.0.0' });
    expectError(res, 'CONFLICT', 409);
    expect((await get('garment_rules'))!.version).toBe('1.0.0');
  });

  it.each(BAD_CONDITIONS)(
    'refuses %s with UNPROCESSABLE (422) at the node path, writing nothing',
    async (_what, condition, path) => {
      const res = await create({
        name: 'bad_rules',
        rules: [aRule({ condition }), ...garmentRules().slice(1)],
      });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toContain(path);
      expect(issuesOf(res).every(i => i.message.length > 0)).toBe(true);
      expect(await get('bad_rules')).toBeNull();
    },
  );

  it('accepts a condition exactly 32 levels deep', async () => {
    const res = await create({
      name: 'deep_ok',
      rules: [aRule({ condition: nestedCondition(32) })],
    });
    expect(ok(res).createRuleSet.name).toBe('deep_ok');
  });

  it('reports every problem of every rule at once, and refuses duplicate rule names', async () => {
    const res = await create({
      name: 'bad_rules',
      rules: [
        aRule({
          name: 'r0',
          condition: { all: [{ equals: { field: 'category' } }, { nope: {} }] },
        }),
        aRule({ name: 'r1', condition: { equals: { field: 'size' } } }),
        aRule({
          name: 'r2',
          type: 'REQUIREMENT',
          condition: { any: { equals: { field: 'category' } } },
        }),
        aRule({ name: 'r2', condition: { equals: { field: 'category' } } }),
        aRule({ name: 'bad name!', condition: { equals: { field: 'category' } } }),
      ],
    });
    expectError(res, 'UNPROCESSABLE', 422);
    const paths = issuePaths(res);
    for (const prefix of [
      'input.rules[0].condition.all[1]',
      'input.rules[1].condition.equals',
      'input.rules[2].condition.any',
      'input.rules[3]',
      'input.rules[4]',
    ]) {
      expect(paths.some(p => p.startsWith(prefix))).toBe(true);
    }
  });

  describe('update', () => {
    const update = (input: Record<string, unknown>, name = 'garment_rules') =>
      api.gql<{ updateRuleSet: RuleSetNode }>(UPDATE_RULE_SET, { name, input });

    it('changes only what is given', async () => {
      const before = (await get('garment_rules'))!;
      const updated = ok(await update({ version: '1.1.0' })).updateRuleSet;
      expect(updated).toMatchObject({
        version: '1.1.0',
        description: 'for tests',
        rules: before.rules,
      });
      const rules = [aRule({ name: 'only', condition: { has_different: { field: 'colors' } } })];
      const replaced = ok(await update({ rules, description: null })).updateRuleSet;
      expect(replaced).toMatchObject({ version: '1.1.0', description: null });
      expect(replaced.rules).toEqual([{ ...rules[0], description: null, enabled: true }]);
      expect((await get('garment_rules'))!.rules).toEqual(replaced.rules);
    });

    it('validates new rules as on create (422 with input paths) and changes nothing', async () => {
      const before = await get('garment_rules');
      const res = await update({
        version: '2.0.0',
        rules: [aRule(), aRule({ name: 'x', condition: { all: [{ equals: { field: 'nope' } }] } })],
      });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toContain('input.rules[1].condition.all[0].equals.field');
      expect(await get('garment_rules')).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown rule set', async () => {
      const res = await update({ version: '1.0.0' }, 'nowhere');
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
    });
  });

  it('lists rule sets in creation order with paging; refuses first > 1000 and bad cursors', async () => {
    ok(await create({ name: 'other_rules', schemaName: 'other' }));
    const list = async (first: number, after: string | null) =>
      ok(
        await api.gql<{ ruleSets: Connection<{ name: string; schema: { name: string } }> }>(LIST, {
          first,
          after,
        }),
      ).ruleSets;
    const { nodes, pages } = await walk(after => list(1, after));
    expect(nodes).toEqual([
      { name: 'garment_rules', schema: { name: 'garments' } },
      { name: 'deep_ok', schema: { name: 'garments' } },
      { name: 'other_rules', schema: { name: 'other' } },
    ]);
    expect(pages.map(p => p.pageInfo.hasNextPage)).toEqual([true, true, false]);
    expect(pages[0].totalCount).toBe(3);
    expectError(await api.gql(LIST, { first: 1001 }), 'BAD_USER_INPUT', 400);
    const schemaCursor = Buffer.from('schema:1').toString('base64url');
    for (const after of ['%%%', schemaCursor]) {
      expectError(await api.gql(LIST, { first: 1, after }), 'BAD_USER_INPUT', 400);
    }
  });

  describe('delete', () => {
    it('refuses to delete a rule set a cluster rule set uses (409, dependents listed), then deletes it', async () => {
      ok(await api.gql(CREATE_CLUSTER_RULE_SET, { input: aClusterRuleSet() }));
      const refused = await api.gql(DELETE, { name: 'garment_rules' });
      expectError(refused, 'CONFLICT', 409);
      expect(refused.body.errors![0].extensions!.dependents).toEqual({
        clusterRuleSets: ['outfits'],
      });
      expect(errorMessage(refused)).toContain('outfits');
      expect(await get('garment_rules')).not.toBeNull();
      ok(await api.gql('mutation { deleteClusterRuleSet(name: "outfits") }'));
      expect(ok(await api.gql(DELETE, { name: 'garment_rules' }))).toEqual({ deleteRuleSet: true });
      expect(await get('garment_rules')).toBeNull();
    });

    it('answers NOT_FOUND (200, data null) when there is nothing to delete', async () => {
      const res = await api.gql(DELETE, { name: 'garment_rules' });
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
    });
  });
});
