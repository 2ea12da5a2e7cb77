import { compileRuleSet, evaluatePair, matrixSummary, prepareCatalog } from '../../../src/engine';
import type { ItemDef, RuleDef, SchemaDef } from '../../../src/engine/model';
import { CREATE_ITEM } from '../../fixtures/builders';
import { example, startTestApi, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

const CATALOG = 'gender_agnostic_wardrobe_v2';
const RULES = 'wardrobe_rules_v2';

interface Comparison {
  item1Id: string;
  item2Id: string;
  compatible: boolean;
  rulesEvaluated: { ruleName: string; passed: boolean; reason: string }[];
}
interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Comparison }[];
}

/** The engine's own answer for wardrobe-v2, computed from the example file directly. */
function engineMatrix() {
  const doc = example('wardrobe-v2') as {
    schemas: { name: string; version: string; dimensions: Record<string, unknown>[] }[];
    rulesets: { rules: RuleDef[] }[];
    catalogs: { items: ItemDef[] }[];
  };
  const s = doc.schemas[0];
  const schema: SchemaDef = {
    name: s.name,
    version: s.version,
    dimensions: s.dimensions.map(d => ({
      name: d.name as string,
      type: d.type as SchemaDef['dimensions'][number]['type'],
      required: Boolean(d.required),
      values: d.values as string[] | undefined,
      min: d.min as number | undefined,
      max: d.max as number | undefined,
      itemType: d.item_type as 'string' | undefined,
      partVocabulary: d.part_vocabulary as string[] | undefined,
    })),
  };
  const prepared = prepareCatalog(
    compileRuleSet(schema, doc.rulesets[0].rules),
    doc.catalogs[0].items,
  );
  return { prepared, summary: matrixSummary(prepared) };
}

describeEachDatabase('API: pair, item and matrix evaluations', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(database);
    await api.importAll(example('wardrobe-v2'));
  }, 60_000);
  afterAll(() => api.close());

  async function allComparisons(query: string, compatible: boolean | null): Promise<Comparison[]> {
    const out: Comparison[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { body: { data?: Record<string, { comparisons: Page }> | null } } = await api.gql(
        query,
        { after, compatible },
      );
      const page = Object.values(res.body.data!)[0].comparisons;
      out.push(...page.edges.map(e => e.node));
      if (!page.pageInfo.hasNextPage) return out;
      after = page.pageInfo.endCursor;
    }
  }

  it('evaluateMatrix summary equals the engine on wardrobe-v2 (1378 pairs, 1251 compatible)', async () => {
    const res = await api.gql<{
      evaluateMatrix: { summary: Record<string, number>; schemaName: string };
    }>(
      `{ evaluateMatrix(catalogName: "${CATALOG}", ruleSetName: "${RULES}") { schemaName summary { totalPairs compatiblePairs incompatiblePairs compatibilityRate } } }`,
    );
    const { summary } = engineMatrix();
    expect(res.body.data?.evaluateMatrix.summary).toEqual({ ...summary });
    expect(summary).toMatchObject({
      totalPairs: 1378,
      compatiblePairs: 1251,
      incompatiblePairs: 127,
    });
    expect(res.body.data?.evaluateMatrix.schemaName).toBe('wardrobe_v2');
  });

  it('matrix comparison pages, concatenated, are every pair (i < j) in catalog order with the engine verdicts', async () => {
    const query = `query($after: String, $compatible: Boolean) { evaluateMatrix(catalogName: "${CATALOG}", ruleSetName: "${RULES}") { comparisons(first: 500, after: $after, compatible: $compatible) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { item1Id item2Id compatible rulesEvaluated { ruleName passed reason } } } } } }`;
    const all = await allComparisons(query, null);
    const { prepared } = engineMatrix();
    expect(all).toHaveLength(1378);
    let k = 0;
    for (let i = 0; i < prepared.size; i++) {
      for (let j = i + 1; j < prepared.size; j++, k++) {
        const expected = evaluatePair(prepared, i, j);
        expect(all[k]).toEqual({
          ...expected,
          rulesEvaluated: expected.rulesEvaluated.map(r => ({ ...r })),
        });
      }
    }
    const compatible = await allComparisons(query, true);
    const incompatible = await allComparisons(query, false);
    expect(compatible).toHaveLength(1251);
    expect(incompatible).toHaveLength(127);
    expect(compatible.every(c => c.compatible) && incompatible.every(c => !c.compatible)).toBe(
      true,
    );
  });

  it('evaluatePair explains every enabled rule, exclusions first, symmetric in compatibility', async () => {
    const pair = (a: string, b: string) =>
      api.gql<{ evaluatePair: Comparison }>(
        `{ evaluatePair(catalogName: "${CATALOG}", ruleSetName: "${RULES}", item1Id: "${a}", item2Id: "${b}") { item1Id item2Id compatible rulesEvaluated { ruleName passed reason } } }`,
      );
    const ab = (await pair('bra_001', 'bra_002')).body.data!.evaluatePair;
    const ba = (await pair('bra_002', 'bra_001')).body.data!.evaluatePair;
    expect(ab.compatible).toBe(false);
    expect(ab.rulesEvaluated.map(r => r.ruleName)).toEqual([
      'coverage_layer_conflict',
      'same_category_exclusion',
    ]);
    expect(ab.rulesEvaluated.every(r => r.reason.length > 0)).toBe(true);
    expect(ba.compatible).toBe(ab.compatible);
    expect(ba.rulesEvaluated.map(r => r.passed)).toEqual(ab.rulesEvaluated.map(r => r.passed));
    const missing = await pair('bra_001', 'unicorn_001');
    expect(missing.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(missing.body.errors?.[0].message).toContain('unicorn_001');
  });

  it('evaluateItem counts every other item and pages its comparisons with the filter', async () => {
    const query = `query($after: String, $compatible: Boolean) { evaluateItem(catalogName: "${CATALOG}", ruleSetName: "${RULES}", itemId: "bra_001") { itemId compatibleCount incompatibleCount comparisons(first: 7, after: $after, compatible: $compatible) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { item1Id item2Id compatible rulesEvaluated { ruleName passed reason } } } } } }`;
    const head = await api.gql<{
      evaluateItem: { compatibleCount: number; incompatibleCount: number };
    }>(query, { after: null, compatible: null });
    const { compatibleCount, incompatibleCount } = head.body.data!.evaluateItem;
    expect(compatibleCount + incompatibleCount).toBe(52);
    const all = await allComparisons(query, null);
    expect(all).toHaveLength(52);
    expect(all.every(c => c.item1Id === 'bra_001' && c.item2Id !== 'bra_001')).toBe(true);
    expect((await allComparisons(query, true)).length).toBe(compatibleCount);
    expect((await allComparisons(query, false)).length).toBe(incompatibleCount);
  });

  it('refuses a catalog and a rule set written for different schemas', async () => {
    await api.importAll(example('wardrobe-v1'));
    const res = await api.gql(
      `{ evaluateMatrix(catalogName: "${CATALOG}", ruleSetName: "wardrobe_rules_v1") { summary { totalPairs } } }`,
    );
    expect(res.status).toBe(422);
    expect(res.body.errors?.[0].extensions?.code).toBe('UNPROCESSABLE');
  });

  it('serves fresh results after every write that affects them (cache invalidation)', async () => {
    const summary = async () =>
      (
        await api.gql<{
          evaluateMatrix: { summary: { totalPairs: number; compatiblePairs: number } };
        }>(
          `{ evaluateMatrix(catalogName: "${CATALOG}", ruleSetName: "${RULES}") { summary { totalPairs compatiblePairs } } }`,
        )
      ).body.data!.evaluateMatrix.summary;
    const before = await summary();
    const bra = { category: 'bra', coverage_layers: [{ parts: ['chest'], layer: 0.5 }] };
    await api.gql(CREATE_ITEM, {
      catalog: CATALOG,
      input: { id: 'bra_new', name: 'New bra', attributes: bra },
    });
    const afterCreate = await summary();
    expect(afterCreate.totalPairs).toBe(before.totalPairs + 53);
    await api.gql(
      `mutation { updateItem(catalogName: "${CATALOG}", id: "bra_new", input: { attributes: { category: "hat", coverage_layers: [{ parts: ["head"], layer: 9 }] } }) { id } }`,
    );
    const afterUpdate = await summary();
    expect(afterUpdate.compatiblePairs).not.toBe(afterCreate.compatiblePairs);
    await api.gql(
      `mutation { updateRuleSet(name: "${RULES}", input: { rules: [{ name: "same_category_exclusion", type: EXCLUSION, condition: { equals: { field: "category" } } }] }) { name } }`,
    );
    const afterRules = await summary();
    expect(afterRules.compatiblePairs).toBeGreaterThan(afterUpdate.compatiblePairs);
    await api.gql(`mutation { deleteItem(catalogName: "${CATALOG}", id: "bra_new") }`);
    expect((await summary()).totalPairs).toBe(before.totalPairs);
  });
});
