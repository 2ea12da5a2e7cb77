import {
  errorMessage,
  expectError,
  issuePaths,
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
  nestedCondition,
  RULE_FIELDS,
  UPDATE_CLUSTER_RULE_SET,
  type RuleInput,
} from '../../fixtures/builders';
import type { TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

interface ClusterRuleSetNode {
  name: string;
  version: string;
  description: string | null;
  schema: { name: string };
  pairwiseRuleSet: { name: string; rules: { name: string }[] };
  rules: (RuleInput & { enabled: boolean; description: string | null })[];
}

const GET = `query($name: ResourceName!) { clusterRuleSet(name: $name) { name version description schema { name } pairwiseRuleSet { name rules { name } } rules { ${RULE_FIELDS} } createdAt updatedAt } }`;
const LIST = `query($first: Int, $after: String) { clusterRuleSets(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name pairwiseRuleSet { name } } } } }`;
const DELETE = 'mutation($name: ResourceName!) { deleteClusterRuleSet(name: $name) }';

/** One rule per cluster operator (and the boolean combinators). */
const EVERY_OPERATOR: RuleInput[] = [
  aRule({ name: 'min', type: 'REQUIREMENT', condition: { min_cluster_size: 2 } }),
  aRule({ name: 'min_obj', type: 'REQUIREMENT', condition: { min_cluster_size: { value: 2 } } }),
  aRule({ name: 'max', type: 'REQUIREMENT', condition: { max_cluster_size: 5 } }),
  aRule({
    name: 'unique',
    type: 'REQUIREMENT',
    condition: { unique_values: { field: 'category' } },
  }),
  aRule({ name: 'has', condition: { has_item_with: { field: 'category', value: 'hat' } } }),
  aRule({
    name: 'count',
    type: 'REQUIREMENT',
    condition: { count_by_field: { field: 'category', min: 1, max: 3 } },
  }),
  aRule({ name: 'formal', type: 'REQUIREMENT', condition: { formality_range: { max_diff: 2 } } }),
  aRule({
    name: 'combined',
    type: 'REQUIREMENT',
    condition: {
      or: [
        { all: [{ min_cluster_size: 2 }, { not: { max_cluster_size: 1 } }] },
        { any: [{ unique_values: { field: 'colors' } }] },
      ],
    },
  }),
];

const BAD_CLUSTER_CONDITIONS: [string, Record<string, unknown>, string][] = [
  ['a pairwise operator', { equals: { field: 'category' } }, 'input.rules[0].condition'],
  [
    'an unknown operator under all',
    { all: [{ min_cluster_size: 2 }, { biggest: 3 }] },
    'input.rules[0].condition.all[1]',
  ],
  [
    'a field that is not in the schema',
    { unique_values: { field: 'size' } },
    'input.rules[0].condition.unique_values.field',
  ],
  ['`any` given a number', { any: 3 }, 'input.rules[0].condition.any'],
  ['a condition 33 levels deep', { not: nestedCondition(32) }, 'input.rules[0].condition.not'],
];

describeEachDatabase('API: cluster rule sets', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_RULE_SET, { input: aRuleSet() }));
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema({ name: 'other' }) }));
    ok(
      await api.gql(CREATE_RULE_SET, {
        input: aRuleSet({ name: 'other_rules', schemaName: 'other' }),
      }),
    );
  }, 60_000);
  afterAll(() => api.close());

  const get = async (name: string) =>
    ok(await api.gql<{ clusterRuleSet: ClusterRuleSetNode | null }>(GET, { name })).clusterRuleSet;
  const create = (overrides: Record<string, unknown>) =>
    api.gql<{ createClusterRuleSet: ClusterRuleSetNode }>(CREATE_CLUSTER_RULE_SET, {
      input: aClusterRuleSet(overrides),
    });

  it('creates a cluster rule set with every cluster operator and resolves its schema and pairwise rule set', async () => {
    const created = ok(
      await create({ description: 'outfits', rules: EVERY_OPERATOR }),
    ).createClusterRuleSet;
    expect(created).toMatchObject({
      name: 'outfits',
      version: '1.0.0',
      description: 'outfits',
      schema: { name: 'garments' },
      pairwiseRuleSet: { name: 'garment_rules' },
    });
    expect(created.rules).toEqual(
      EVERY_OPERATOR.map(r => ({ ...r, description: null, enabled: true })),
    );
    const read = await get('outfits');
    expect(read).toMatchObject({
      rules: created.rules,
      pairwiseRuleSet: {
        name: 'garment_rules',
        rules: [{ name: 'same_category' }, { name: 'formality_close' }],
      },
    });
  });

  it('answers null for an unknown name; NOT_FOUND for an unknown schema or pairwise rule set', async () => {
    expect(await get('nowhere')).toBeNull();
    const noSchema = await create({ name: 'orphan', schemaName: 'nowhere' });
    expectError(noSchema, 'NOT_FOUND', 200);
    expect(errorMessage(noSchema)).toContain('"nowhere"');
    const noRules = await create({ name: 'orphan', pairwiseRuleSetName: 'nowhere' });
    expectError(noRules, 'NOT_FOUND', 200);
    expect(errorMessage(noRules)).toContain('Rule set "nowhere"');
    expect(await get('orphan')).toBeNull();
  });

  it('refuses a pairwise rule set written for another schema (422)', async () => {
    const res = await create({ name: 'mixed', pairwiseRuleSetName: 'other_rules' });
    expectError(res, 'UNPROCESSABLE', 422);
    expect(issuePaths(res)).toEqual(['input.pairwiseRuleSetName']);
    expect(await get('mixed')).toBeNull();
  });

  it('refuses a duplicate name with CONFLICT (409)', async () => {
    expectError(await create({ version: '2.0.0' }), 'CONFLICT', 409);
    expect((await get('outfits'))!.version).toBe('1.0.0');
  });

  it.each(BAD_CLUSTER_CONDITIONS)(
    'refuses %s with UNPROCESSABLE (422) at the node path',
    async (_what, condition, path) => {
      const res = await create({ name: 'bad', rules: [aRule({ condition })] });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res).some(p => p.startsWith(path))).toBe(true);
      expect(await get('bad')).toBeNull();
    },
  );

  describe('update', () => {
    const update = (input: Record<string, unknown>, name = 'outfits') =>
      api.gql<{ updateClusterRuleSet: ClusterRuleSetNode }>(UPDATE_CLUSTER_RULE_SET, {
        name,
        input,
      });

    it('changes only what is given', async () => {
      const before = (await get('outfits'))!;
      const updated = ok(await update({ version: '1.2.0' })).updateClusterRuleSet;
      expect(updated).toMatchObject({
        version: '1.2.0',
        description: 'outfits',
        rules: before.rules,
      });
      const rules = [
        aRule({
          name: 'pairs',
          type: 'REQUIREMENT',
          enabled: false,
          condition: { max_cluster_size: 2 },
        }),
      ];
      const replaced = ok(await update({ rules })).updateClusterRuleSet;
      expect(replaced.rules).toEqual([{ ...rules[0], description: null }]);
      expect(replaced.pairwiseRuleSet).toEqual({ name: 'garment_rules' });
      expect((await get('outfits'))!.rules).toEqual(replaced.rules);
    });

    it('validates new rules (422) and changes nothing', async () => {
      const before = await get('outfits');
      const res = await update({
        version: '3.0.0',
        rules: [aRule({ condition: { has_item_with: { value: 'hat' } } })],
      });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toContain('input.rules[0].condition.has_item_with.field');
      expect(await get('outfits')).toEqual(before);
    });

    it('answers NOT_FOUND for an unknown cluster rule set', async () => {
      expectError(await update({ version: '1.0.0' }, 'nowhere'), 'NOT_FOUND', 200);
    });
  });

  it('lists cluster rule sets in creation order with paging; refuses first > 1000 and bad cursors', async () => {
    ok(await create({ name: 'outfits_b' }));
    ok(
      await create({
        name: 'other_outfits',
        schemaName: 'other',
        pairwiseRuleSetName: 'other_rules',
      }),
    );
    const list = async (first: number, after: string | null) =>
      ok(await api.gql<{ clusterRuleSets: Connection<{ name: string }> }>(LIST, { first, after }))
        .clusterRuleSets;
    const { nodes, pages } = await walk(after => list(2, after));
    expect(nodes.map(n => n.name)).toEqual(['outfits', 'outfits_b', 'other_outfits']);
    expect(pages.map(p => p.edges.length)).toEqual([2, 1]);
    expectError(await api.gql(LIST, { first: 1001 }), 'BAD_USER_INPUT', 400);
    const catalogCursor = Buffer.from('catalog:1').toString('base64url');
    expectError(await api.gql(LIST, { first: 1, after: catalogCursor }), 'BAD_USER_INPUT', 400);
  });

  it('deletes a cluster rule set (nothing refers to one); deleting again is NOT_FOUND', async () => {
    expect(ok(await api.gql(DELETE, { name: 'outfits_b' }))).toEqual({
      deleteClusterRuleSet: true,
    });
    expect(await get('outfits_b')).toBeNull();
    expect(await get('outfits')).not.toBeNull();
    const again = await api.gql(DELETE, { name: 'outfits_b' });
    expectError(again, 'NOT_FOUND', 200);
    expect(again.body.data).toBeNull();
  });
});
