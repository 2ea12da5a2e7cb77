import {
  compileRuleSet,
  evaluatePair as enginePair,
  matrixSummary,
  prepareCatalog,
  type PreparedCatalog,
} from '../../../src/engine';
import type { ItemDef, RuleDef } from '../../../src/engine/model';
import {
  batched,
  errorMessage,
  expectError,
  issuePaths,
  ok,
  startApi,
  walk,
  type Connection,
} from '../../fixtures/api';
import {
  aCatalog,
  anItem,
  aRule,
  aRuleSet,
  aSchema,
  CREATE_CATALOG,
  CREATE_ITEM,
  CREATE_RULE_SET,
  CREATE_SCHEMA,
  DELETE_ITEM,
  garmentDimensions,
  UPDATE_ITEM,
  UPDATE_RULE_SET,
  UPDATE_SCHEMA,
} from '../../fixtures/builders';
import { example, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

const V2 = { catalog: 'gender_agnostic_wardrobe_v2', rules: 'wardrobe_rules_v2' };
const V2_ITEMS = (example('wardrobe-v2') as { catalogs: { items: ItemDef[] }[] }).catalogs[0].items;

interface RuleEvaluation {
  ruleName: string;
  passed: boolean;
  reason: string;
}
interface Comparison {
  item1Id: string;
  item2Id: string;
  compatible: boolean;
  rulesEvaluated: RuleEvaluation[];
}
interface Summary {
  totalPairs: number;
  compatiblePairs: number;
  incompatiblePairs: number;
  compatibilityRate: number;
}

const COMPARISON = 'item1Id item2Id compatible rulesEvaluated { ruleName passed reason }';
const SUMMARY = 'totalPairs compatiblePairs incompatiblePairs compatibilityRate';
const MATRIX = `query($catalog: CatalogName!, $rules: ResourceName!, $first: Int, $after: String, $compatible: Boolean) {
  evaluateMatrix(catalogName: $catalog, ruleSetName: $rules) {
    catalogName ruleSetName schemaName evaluatedAt summary { ${SUMMARY} }
    comparisons(first: $first, after: $after, compatible: $compatible) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${COMPARISON} } } } } }`;
const ITEM = `query($catalog: CatalogName!, $rules: ResourceName!, $id: ID!, $first: Int, $after: String, $compatible: Boolean) {
  evaluateItem(catalogName: $catalog, ruleSetName: $rules, itemId: $id) {
    itemId catalogName ruleSetName compatibleCount incompatibleCount
    comparisons(first: $first, after: $after, compatible: $compatible) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${COMPARISON} } } } } }`;
const PAIR = `query($catalog: CatalogName!, $rules: ResourceName!, $a: ID!, $b: ID!) {
  evaluatePair(catalogName: $catalog, ruleSetName: $rules, item1Id: $a, item2Id: $b) { ${COMPARISON} } }`;

type MatrixData = {
  evaluateMatrix: {
    catalogName: string;
    ruleSetName: string;
    schemaName: string;
    evaluatedAt: string;
    summary: Summary;
    comparisons: Connection<Comparison>;
  };
};
type ItemData = {
  evaluateItem: {
    itemId: string;
    catalogName: string;
    ruleSetName: string;
    compatibleCount: number;
    incompatibleCount: number;
    comparisons: Connection<Comparison>;
  };
};

/** The engine's own evaluator for rules and items (schema checks are the API's business). */
function prepare(rules: readonly RuleDef[], items: readonly ItemDef[]): PreparedCatalog {
  return prepareCatalog(compileRuleSet(null, rules), items);
}

const plain = (c: Comparison | ReturnType<typeof enginePair>): Comparison => ({
  item1Id: c.item1Id,
  item2Id: c.item2Id,
  compatible: c.compatible,
  rulesEvaluated: c.rulesEvaluated.map(r => ({
    ruleName: r.ruleName,
    passed: r.passed,
    reason: r.reason,
  })),
});

// Whole-catalog checks over HTTP: seconds each, more when every suite runs at once.
// 1378 evaluatePair round trips in one test: generous on a shared, loaded machine.
jest.setTimeout(300_000);

describeEachDatabase('API: pair, item and matrix evaluations', database => {
  let api: TestApi;
  let v2: PreparedCatalog;
  beforeAll(async () => {
    api = await startApi(database);
    await api.importAll(example('wardrobe-v2'));
    const doc = example('wardrobe-v2') as { rulesets: { rules: RuleDef[] }[] };
    v2 = prepare(doc.rulesets[0].rules, V2_ITEMS);
    ok(await api.gql(CREATE_SCHEMA, { input: aSchema() }));
    ok(await api.gql(CREATE_RULE_SET, { input: aRuleSet() }));
    for (const name of ['tiny', 'single', 'empty']) {
      ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name }) }));
    }
    const tiny = [
      anItem('s1', { category: 'shirt', formality: 2 }),
      anItem('p1', { category: 'pants', formality: 3 }),
      anItem('s2', { category: 'shirt', formality: 5 }),
      anItem('h1', { category: 'hat' }),
      anItem('p2', { category: 'pants', formality: 5 }),
    ];
    for (const input of tiny) ok(await api.gql(CREATE_ITEM, { catalog: 'tiny', input }));
    ok(await api.gql(CREATE_ITEM, { catalog: 'single', input: anItem('only') }));
  }, 60_000);
  afterAll(() => api.close());

  const matrix = (vars: Record<string, unknown> = {}) =>
    api.gql<MatrixData>(MATRIX, { ...V2, ...vars });
  const item = (id: string, vars: Record<string, unknown> = {}) =>
    api.gql<ItemData>(ITEM, { ...V2, id, ...vars });

  describe('evaluateMatrix', () => {
    it('summarises wardrobe-v2 as the engine does: 1378 pairs, 1251 compatible', async () => {
      const m = ok(await matrix({ first: 0 })).evaluateMatrix;
      expect(m).toMatchObject({
        catalogName: V2.catalog,
        ruleSetName: V2.rules,
        schemaName: 'wardrobe_v2',
        summary: { ...matrixSummary(v2) },
      });
      expect(m.summary).toEqual({
        totalPairs: 1378,
        compatiblePairs: 1251,
        incompatiblePairs: 127,
        compatibilityRate: 1251 / 1378,
      });
      expect(Date.parse(m.evaluatedAt)).not.toBeNaN();
    });

    it('summary equals counting the 1378 answers of evaluatePair (each one equal to the engine)', async () => {
      const pairs: [number, number][] = [];
      for (let i = 0; i < V2_ITEMS.length; i++)
        for (let j = i + 1; j < V2_ITEMS.length; j++) pairs.push([i, j]);
      const answers = await batched<[number, number], Comparison>(
        api,
        pairs,
        ([i, j]) =>
          `evaluatePair(catalogName: "${V2.catalog}", ruleSetName: "${V2.rules}", item1Id: "${V2_ITEMS[i].id}", item2Id: "${V2_ITEMS[j].id}") { ${COMPARISON} }`,
      );
      expect(answers).toHaveLength(1378);
      const compatible = answers.filter(a => a.compatible).length;
      const m = ok(await matrix({ first: 0 })).evaluateMatrix.summary;
      expect(m).toEqual({
        totalPairs: answers.length,
        compatiblePairs: compatible,
        incompatiblePairs: answers.length - compatible,
        compatibilityRate: compatible / answers.length,
      });
      answers.forEach((a, k) => expect(a).toEqual(plain(enginePair(v2, ...pairs[k]))));
      // (b, a) gives the same verdicts as (a, b), rule by rule.
      const sample = pairs.filter((_, k) => k % 7 === 0);
      const reversed = await batched<[number, number], Comparison>(
        api,
        sample,
        ([i, j]) =>
          `evaluatePair(catalogName: "${V2.catalog}", ruleSetName: "${V2.rules}", item1Id: "${V2_ITEMS[j].id}", item2Id: "${V2_ITEMS[i].id}") { ${COMPARISON} }`,
      );
      reversed.forEach((r, k) => {
        const forward = answers[pairs.indexOf(sample[k])];
        expect([r.item1Id, r.item2Id]).toEqual([forward.item2Id, forward.item1Id]);
        expect(r.compatible).toBe(forward.compatible);
        expect(r.rulesEvaluated.map(e => e.passed)).toEqual(
          forward.rulesEvaluated.map(e => e.passed),
        );
      });
    });

    it('pages of comparisons, concatenated, are every pair i < j in catalog order', async () => {
      const { nodes, pages } = await walk(
        async after => ok(await matrix({ first: 137, after })).evaluateMatrix.comparisons,
      );
      expect(pages).toHaveLength(Math.ceil(1378 / 137));
      expect(pages[0].totalCount).toBe(1378);
      expect(new Set(pages.flatMap(p => p.edges.map(e => e.cursor))).size).toBe(1378);
      let k = 0;
      for (let i = 0; i < v2.size; i++)
        for (let j = i + 1; j < v2.size; j++, k++)
          expect(nodes[k]).toEqual(plain(enginePair(v2, i, j)));
      const single = ok(await matrix({ first: 1000 })).evaluateMatrix.comparisons;
      expect(single.edges.map(e => e.node)).toEqual(nodes.slice(0, 1000));
      expect(single.pageInfo.hasNextPage).toBe(true);
    });

    it('filters by compatible: the two filtered lists partition the full list and their totals add up', async () => {
      const all = (
        await walk(
          async after => ok(await matrix({ first: 500, after })).evaluateMatrix.comparisons,
        )
      ).nodes;
      const yes = await walk(
        async after =>
          ok(await matrix({ first: 300, after, compatible: true })).evaluateMatrix.comparisons,
      );
      const no = await walk(
        async after =>
          ok(await matrix({ first: 50, after, compatible: false })).evaluateMatrix.comparisons,
      );
      expect(yes.pages[0].totalCount).toBe(1251);
      expect(no.pages[0].totalCount).toBe(127);
      expect(yes.pages[0].totalCount + no.pages[0].totalCount).toBe(1378);
      expect(yes.nodes).toEqual(all.filter(c => c.compatible));
      expect(no.nodes).toEqual(all.filter(c => !c.compatible));
    });

    it('refuses first above 1000 and garbage or foreign cursors (BAD_USER_INPUT, 400)', async () => {
      expectError(await matrix({ first: 1001 }), 'BAD_USER_INPUT', 400);
      expectError(await matrix({ first: 10, after: 'garbage' }), 'BAD_USER_INPUT', 400);
      const itemCursor = ok(await item('bra_001', { first: 1 })).evaluateItem.comparisons.edges[0]
        .cursor;
      expectError(await matrix({ first: 10, after: itemCursor }), 'BAD_USER_INPUT', 400);
      const past = Buffer.from('pair:99999').toString('base64');
      expectError(await matrix({ first: 10, after: past }), 'BAD_USER_INPUT', 400);
    });

    it('has 0 pairs (rate 0, not an error) for catalogs of 0 and 1 items', async () => {
      for (const catalog of ['empty', 'single']) {
        const m = ok(await matrix({ catalog, rules: 'garment_rules' })).evaluateMatrix;
        expect(m.summary).toEqual({
          totalPairs: 0,
          compatiblePairs: 0,
          incompatiblePairs: 0,
          compatibilityRate: 0,
        });
        expect(m.comparisons).toEqual({
          totalCount: 0,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [],
        });
      }
    });
  });

  describe('evaluatePair', () => {
    const pair = (a: string, b: string, vars: Record<string, unknown> = {}) =>
      api.gql<{ evaluatePair: Comparison }>(PAIR, { ...V2, a, b, ...vars });

    it('explains every enabled rule: exclusions first, then requirements, each in rule-set order', async () => {
      ok(
        await api.gql(CREATE_RULE_SET, {
          input: aRuleSet({
            name: 'ordered',
            rules: [
              aRule({
                name: 'req_formality',
                type: 'REQUIREMENT',
                condition: { abs_diff: { field: 'formality', max: 1 } },
              }),
              aRule({ name: 'excl_category' }),
              aRule({
                name: 'req_disabled',
                type: 'REQUIREMENT',
                enabled: false,
                condition: { any_missing: { field: 'colors' } },
              }),
              aRule({
                name: 'excl_hat',
                condition: { any_equals: { field: 'category', value: 'hat' } },
              }),
            ],
          }),
        }),
      );
      const res = ok(await pair('s1', 'p1', { catalog: 'tiny', rules: 'ordered' })).evaluatePair;
      expect(res.rulesEvaluated.map(r => [r.ruleName, r.passed])).toEqual([
        ['excl_category', true],
        ['excl_hat', true],
        ['req_formality', true],
      ]);
      expect(res.compatible).toBe(true);
      for (const r of res.rulesEvaluated) expect(r.reason.length).toBeGreaterThan(5);
      const hat = ok(await pair('s1', 'h1', { catalog: 'tiny', rules: 'ordered' })).evaluatePair;
      expect(hat.rulesEvaluated.map(r => [r.ruleName, r.passed])).toEqual([
        ['excl_category', true],
        ['excl_hat', false],
        ['req_formality', true],
      ]);
      expect(hat.compatible).toBe(false);
    });

    it('answers as the engine, with reasons, symmetric in compatibility', async () => {
      const ab = ok(await pair('bra_001', 'bra_002')).evaluatePair;
      expect(ab).toEqual(plain(enginePair(v2, 0, 1)));
      expect(ab.compatible).toBe(false);
      expect(ab.rulesEvaluated.map(r => r.ruleName)).toEqual([
        'coverage_layer_conflict',
        'same_category_exclusion',
      ]);
      expect(ab.rulesEvaluated.every(r => r.reason.length > 0)).toBe(true);
      const ba = ok(await pair('bra_002', 'bra_001')).evaluatePair;
      expect(ba).toMatchObject({ item1Id: 'bra_002', item2Id: 'bra_001', compatible: false });
      expect(ba.rulesEvaluated.map(r => r.passed)).toEqual(ab.rulesEvaluated.map(r => r.passed));
      const self = ok(await pair('bra_001', 'bra_001')).evaluatePair;
      expect(self).toEqual(plain(enginePair(v2, 0, 0)));
    });

    it('answers NOT_FOUND (200, data null) naming the unknown item, rule set or catalog', async () => {
      const noItem = await pair('bra_001', 'unicorn_001');
      expectError(noItem, 'NOT_FOUND', 200);
      expect(noItem.body.data).toBeNull();
      expect(errorMessage(noItem)).toContain('unicorn_001');
      const noRules = await pair('bra_001', 'bra_002', { rules: 'nope' });
      expectError(noRules, 'NOT_FOUND', 200);
      expect(errorMessage(noRules)).toContain('Rule set "nope"');
      expectError(await pair('bra_001', 'bra_002', { catalog: 'nope' }), 'NOT_FOUND', 200);
    });

    it('refuses a catalog and a rule set of different schemas (422)', async () => {
      const res = await pair('s1', 'p1', { catalog: 'tiny' });
      expectError(res, 'UNPROCESSABLE', 422);
      expect(issuePaths(res)).toEqual(['catalogName']);
    });
  });

  describe('evaluateItem', () => {
    it('compares the item with every other item in catalog order; counts add up to n - 1', async () => {
      const head = ok(await item('shirt_001', { first: 0 })).evaluateItem;
      expect(head).toMatchObject({
        itemId: 'shirt_001',
        catalogName: V2.catalog,
        ruleSetName: V2.rules,
      });
      const index = V2_ITEMS.findIndex(i => i.id === 'shirt_001');
      const expected = V2_ITEMS.map((_, j) => j)
        .filter(j => j !== index)
        .map(j => plain(enginePair(v2, index, j)));
      expect(head.compatibleCount).toBe(expected.filter(c => c.compatible).length);
      expect(head.compatibleCount + head.incompatibleCount).toBe(52);
      expect(head.incompatibleCount).toBeGreaterThan(0);
      const { nodes } = await walk(
        async after => ok(await item('shirt_001', { first: 7, after })).evaluateItem.comparisons,
      );
      expect(nodes).toEqual(expected);
      for (const [compatible, count] of [
        [true, head.compatibleCount],
        [false, head.incompatibleCount],
      ] as const) {
        const filtered = await walk(
          async after =>
            ok(await item('shirt_001', { first: 4, after, compatible })).evaluateItem.comparisons,
        );
        expect(filtered.pages[0].totalCount).toBe(count);
        expect(filtered.nodes).toEqual(expected.filter(c => c.compatible === compatible));
      }
    });

    it('refuses first above 1000 and bad cursors; NOT_FOUND for an unknown item', async () => {
      expectError(await item('shirt_001', { first: 1001 }), 'BAD_USER_INPUT', 400);
      expectError(await item('shirt_001', { first: 2, after: 'xyz' }), 'BAD_USER_INPUT', 400);
      const pairCursor = ok(await matrix({ first: 1 })).evaluateMatrix.comparisons.edges[0].cursor;
      expectError(await item('shirt_001', { first: 2, after: pairCursor }), 'BAD_USER_INPUT', 400);
      const missing = await item('ghost');
      expectError(missing, 'NOT_FOUND', 200);
      expect(missing.body.data).toBeNull();
    });

    it('has no comparisons for the only item of a catalog', async () => {
      const res = ok(
        await item('only', { catalog: 'single', rules: 'garment_rules' }),
      ).evaluateItem;
      expect(res).toMatchObject({
        compatibleCount: 0,
        incompatibleCount: 0,
        comparisons: { totalCount: 0, edges: [] },
      });
    });
  });

  describe('cache invalidation: the next evaluation sees every write', () => {
    const CATALOG = 'cache';
    const RULES = 'garment_rules';
    beforeAll(async () => {
      ok(await api.gql(CREATE_CATALOG, { input: aCatalog({ name: CATALOG }) }));
      for (const [id, category, formality] of [
        ['c1', 'shirt', 1],
        ['c2', 'pants', 2],
        ['c3', 'hat', 4],
        ['c4', 'pants', 1],
      ] as const) {
        ok(
          await api.gql(CREATE_ITEM, {
            catalog: CATALOG,
            input: anItem(id, { category, formality }),
          }),
        );
      }
    });

    /** The matrix the API serves now, and the engine's answer from the data the API holds now. */
    async function served(): Promise<{ summary: Summary; expected: Summary; list: Comparison[] }> {
      const m = ok(
        await api.gql<MatrixData>(MATRIX, { catalog: CATALOG, rules: RULES, first: 1000 }),
      ).evaluateMatrix;
      const data = ok(
        await api.gql<{
          ruleSet: { rules: (Omit<RuleDef, 'type'> & { type: string })[] };
          catalog: { items: { edges: { node: ItemDef }[] } };
        }>(
          `{ ruleSet(name: "${RULES}") { rules { name type enabled condition } } catalog(name: "${CATALOG}") { items(first: 1000) { edges { node { id name attributes } } } } }`,
        ),
      );
      const rules = data.ruleSet.rules.map(r => ({ ...r, type: r.type.toLowerCase() }) as RuleDef);
      const prepared = prepare(
        rules,
        data.catalog.items.edges.map(e => e.node),
      );
      return {
        summary: m.summary,
        expected: { ...matrixSummary(prepared) },
        list: m.comparisons.edges.map(e => e.node),
      };
    }

    it('createItem, updateItem, deleteItem, updateRuleSet and updateSchema each change the next answer', async () => {
      const start = await served();
      expect(start.summary).toEqual(start.expected);
      expect(start.summary.totalPairs).toBe(6);

      ok(
        await api.gql(CREATE_ITEM, {
          catalog: CATALOG,
          input: anItem('c5', { category: 'shirt', formality: 2 }),
        }),
      );
      const created = await served();
      expect(created.summary).toEqual(created.expected);
      expect(created.summary.totalPairs).toBe(10);
      expect(created.list.filter(c => c.item2Id === 'c5')).toHaveLength(4);

      ok(
        await api.gql(UPDATE_ITEM, {
          catalog: CATALOG,
          id: 'c5',
          input: { attributes: { category: 'hat', formality: 4 } },
        }),
      );
      const updated = await served();
      expect(updated.summary).toEqual(updated.expected);
      expect(updated.summary.compatiblePairs).not.toBe(created.summary.compatiblePairs);

      ok(await api.gql(UPDATE_RULE_SET, { name: RULES, input: { rules: [aRule()] } }));
      const ruled = await served();
      expect(ruled.summary).toEqual(ruled.expected);
      expect(ruled.summary.compatiblePairs).toBeGreaterThan(updated.summary.compatiblePairs);

      ok(await api.gql(DELETE_ITEM, { catalog: CATALOG, id: 'c3' }));
      const deleted = await served();
      expect(deleted.summary).toEqual(deleted.expected);
      expect(deleted.summary.totalPairs).toBe(6);
      expect(deleted.list.some(c => c.item1Id === 'c3' || c.item2Id === 'c3')).toBe(false);

      // A rule on a field the schema lacks is refused until updateSchema adds it; then the
      // rule set compiled against the new schema version evaluates it.
      const seasonal = [
        aRule(),
        aRule({ name: 'same_season', condition: { equals: { field: 'season' } } }),
      ];
      expectError(
        await api.gql(UPDATE_RULE_SET, { name: RULES, input: { rules: seasonal } }),
        'UNPROCESSABLE',
        422,
      );
      ok(
        await api.gql(UPDATE_SCHEMA, {
          name: 'garments',
          input: {
            dimensions: [
              ...garmentDimensions(),
              { name: 'season', type: 'ENUM', values: ['summer', 'winter'] },
            ],
          },
        }),
      );
      const schemaChanged = await served();
      expect(schemaChanged.summary).toEqual(deleted.summary);
      ok(await api.gql(UPDATE_RULE_SET, { name: RULES, input: { rules: seasonal } }));
      for (const id of ['c1', 'c2']) {
        ok(
          await api.gql(UPDATE_ITEM, {
            catalog: CATALOG,
            id,
            input: { attributes: { category: id === 'c1' ? 'shirt' : 'pants', season: 'summer' } },
          }),
        );
      }
      const seasoned = await served();
      expect(seasoned.summary).toEqual(seasoned.expected);
      expect(seasoned.list.find(c => c.item1Id === 'c1' && c.item2Id === 'c2')).toMatchObject({
        compatible: false,
        rulesEvaluated: [
          { ruleName: 'same_category', passed: true },
          { ruleName: 'same_season', passed: false },
        ],
      });
    });
  });
});
