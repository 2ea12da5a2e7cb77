import { createHash } from 'node:crypto';
import { batched, errorMessage, expectError, itemIds, ok, startApi } from '../../fixtures/api';
import { example, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

interface RuleEvaluation {
  ruleName: string;
  passed: boolean;
  reason: string;
}
interface Cluster {
  id: string;
  itemIds: string[];
  size: number;
  isMaximal: boolean;
  isMaximum: boolean;
  ruleEvaluations: RuleEvaluation[];
}
interface Relationship {
  clusterId: string;
  relatedClusterId: string;
  relationshipType: 'SUBSET' | 'SUPERSET' | 'OVERLAPPING';
  sharedItems: string[];
  overlapSize: number;
}
interface Analysis {
  catalogName: string;
  ruleSetName: string;
  clusterRuleSetName: string;
  clusters: Cluster[];
  relationships: Relationship[];
  totalClusters: number;
  maxClusterSize: number;
  minClusterSize: number;
  avgClusterSize: number;
  totalItemsCovered: number;
  truncated: boolean;
  workBudget: number;
  evaluatedAt: string;
}
interface Comparison {
  item1Id: string;
  item2Id: string;
  compatible: boolean;
  rulesEvaluated: { ruleName: string; passed: boolean }[];
}
interface Validation {
  itemIds: string[];
  valid: boolean;
  pairwiseCompatible: boolean;
  incompatiblePairs: Comparison[];
  ruleEvaluations: RuleEvaluation[];
}
interface Candidates {
  base: Validation;
  candidates: { itemId: string; pairwiseCompatible: boolean; validIfAdded: Validation }[];
}

const RULE_EVALUATION = 'ruleName passed reason';
const VALIDATION = `itemIds valid pairwiseCompatible incompatiblePairs { item1Id item2Id compatible rulesEvaluated { ruleName passed } } ruleEvaluations { ${RULE_EVALUATION} }`;
const ANALYSIS = `query($catalog: CatalogName!, $rules: ResourceName!, $min: Int, $max: Int, $maxClusters: Int) {
  evaluateClusters(catalogName: $catalog, clusterRuleSetName: $rules, minClusterSize: $min, maxClusterSize: $max, maxClusters: $maxClusters) {
    catalogName ruleSetName clusterRuleSetName evaluatedAt
    clusters { id itemIds size isMaximal isMaximum ruleEvaluations { ${RULE_EVALUATION} } }
    relationships { clusterId relatedClusterId relationshipType sharedItems overlapSize }
    totalClusters maxClusterSize minClusterSize avgClusterSize totalItemsCovered truncated workBudget
  } }`;
const VALIDATE = `query($catalog: CatalogName!, $rules: ResourceName!, $ids: [ID!]!) {
  validateCluster(catalogName: $catalog, clusterRuleSetName: $rules, itemIds: $ids) { ${VALIDATION} } }`;
const CANDIDATES = `query($catalog: CatalogName!, $rules: ResourceName!, $ids: [ID!]!, $candidates: [ID!]) {
  clusterCandidates(catalogName: $catalog, clusterRuleSetName: $rules, itemIds: $ids, candidateIds: $candidates) {
    base { ${VALIDATION} } candidates { itemId pairwiseCompatible validIfAdded { ${VALIDATION} } } } }`;
const MATRIX = `query($catalog: CatalogName!, $rules: ResourceName!) {
  evaluateMatrix(catalogName: $catalog, ruleSetName: $rules) { comparisons(first: 1000) { edges { node { item1Id item2Id compatible } } } } }`;

const V1 = {
  catalog: 'my_wardrobe',
  rules: 'wardrobe_cluster_rules_v1',
  pairwise: 'wardrobe_rules_v1',
};
const V2 = {
  catalog: 'gender_agnostic_wardrobe_v2',
  rules: 'wardrobe_cluster_rules_v2',
  pairwise: 'wardrobe_rules_v2',
};
/** Exclusions first, then requirements, each in rule-set order (as pairwise results). */
const CLUSTER_RULES = [
  'max_outfit_size',
  'minimum_outfit_size',
  'formality_consistency',
  'season_consistency',
];

/** docs/semantics.md §5: the first 12 hex digits of MD5 of the sorted item ids joined by ','. */
const clusterId = (ids: readonly string[]) =>
  createHash('md5')
    .update([...ids].sort().join(','))
    .digest('hex')
    .slice(0, 12);

/** Size descending, then item-id lists compared lexicographically. */
function inOrder(a: Cluster, b: Cluster): boolean {
  if (a.size !== b.size) return a.size > b.size;
  for (let k = 0; k < a.itemIds.length; k++) {
    if (a.itemIds[k] !== b.itemIds[k]) return a.itemIds[k] < b.itemIds[k];
  }
  return false;
}

// Whole-catalog checks over HTTP: seconds each, more when every suite runs at once.
jest.setTimeout(120_000); // shared, loaded machines

describeEachDatabase('API: clusters', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(database);
    await api.importAll(example('wardrobe-v1'));
    await api.importAll(example('wardrobe-v2'));
  }, 60_000);
  afterAll(() => api.close());

  type Which = typeof V1 | typeof V2;
  const analyse = async (
    which: Which,
    args: { min?: number; max?: number; maxClusters?: number } = {},
  ) =>
    ok(
      await api.gql<{ evaluateClusters: Analysis }>(ANALYSIS, {
        catalog: which.catalog,
        rules: which.rules,
        ...args,
      }),
    ).evaluateClusters;
  const validate = async (which: Which, ids: string[]) =>
    ok(
      await api.gql<{ validateCluster: Validation }>(VALIDATE, {
        catalog: which.catalog,
        rules: which.rules,
        ids,
      }),
    ).validateCluster;
  const candidates = (which: Which, ids: string[], candidateIds?: string[]) =>
    api.gql<{ clusterCandidates: Candidates }>(CANDIDATES, {
      catalog: which.catalog,
      rules: which.rules,
      ids,
      candidates: candidateIds,
    });
  /** Compatible pairs of the pairwise rule set, as "a|b" keys (both orders). */
  const compatiblePairs = async (which: Which) => {
    const m = ok(
      await api.gql<{ evaluateMatrix: { comparisons: { edges: { node: Comparison }[] } } }>(
        MATRIX,
        {
          catalog: which.catalog,
          rules: which.pairwise,
        },
      ),
    );
    const set = new Set<string>();
    for (const { node } of m.evaluateMatrix.comparisons.edges) {
      if (node.compatible)
        set.add(`${node.item1Id}|${node.item2Id}`).add(`${node.item2Id}|${node.item1Id}`);
    }
    return set;
  };

  /** Every check that holds for any answer, truncated or not. */
  async function expectWellFormed(which: Which, a: Analysis): Promise<void> {
    expect(a).toMatchObject({
      catalogName: which.catalog,
      ruleSetName: which.pairwise,
      clusterRuleSetName: which.rules,
    });
    expect(Date.parse(a.evaluatedAt)).not.toBeNaN();
    expect(a.totalClusters).toBe(a.clusters.length);
    const sizes = a.clusters.map(c => c.size);
    expect(a.maxClusterSize).toBe(Math.max(...sizes));
    expect(a.minClusterSize).toBe(Math.min(...sizes));
    expect(a.avgClusterSize).toBeCloseTo(sizes.reduce((s, n) => s + n, 0) / sizes.length, 10);
    expect(a.totalItemsCovered).toBe(new Set(a.clusters.flatMap(c => c.itemIds)).size);
    expect(new Set(a.clusters.map(c => c.id)).size).toBe(a.clusters.length);
    for (const c of a.clusters) {
      expect(c.id).toBe(clusterId(c.itemIds));
      expect(c.itemIds).toEqual([...c.itemIds].sort());
      expect(new Set(c.itemIds).size).toBe(c.size);
      expect(c.isMaximal).toBe(true);
      expect(c.isMaximum).toBe(c.size === a.maxClusterSize);
      expect(c.ruleEvaluations.every(r => r.passed && r.reason.length > 0)).toBe(true);
    }
    for (let k = 1; k < a.clusters.length; k++)
      expect(inOrder(a.clusters[k - 1], a.clusters[k])).toBe(true);
    // Every cluster is valid, and validateCluster explains it with the same rule verdicts.
    const validations = await batched<Cluster, Validation>(
      api,
      a.clusters,
      c =>
        `validateCluster(catalogName: "${which.catalog}", clusterRuleSetName: "${which.rules}", itemIds: ${JSON.stringify(c.itemIds)}) { ${VALIDATION} }`,
    );
    validations.forEach((v, k) => {
      expect(v).toMatchObject({ valid: true, pairwiseCompatible: true, incompatiblePairs: [] });
      expect(v.ruleEvaluations).toEqual(a.clusters[k].ruleEvaluations);
    });
    // Relationships: one entry per ordered pair of clusters sharing items, none for disjoint ones.
    const byId = new Map(a.clusters.map(c => [c.id, new Set(c.itemIds)]));
    const expected: Relationship[] = [];
    for (const p of a.clusters) {
      for (const q of a.clusters) {
        if (p === q) continue;
        const shared = p.itemIds.filter(id => byId.get(q.id)!.has(id));
        if (shared.length === 0) continue;
        const type =
          shared.length === p.size
            ? 'SUBSET'
            : shared.length === q.size
              ? 'SUPERSET'
              : 'OVERLAPPING';
        expected.push({
          clusterId: p.id,
          relatedClusterId: q.id,
          relationshipType: type,
          sharedItems: shared,
          overlapSize: shared.length,
        });
      }
    }
    const key = (r: Relationship) => `${r.clusterId}>${r.relatedClusterId}`;
    const sort = (rs: Relationship[]) => [...rs].sort((x, y) => (key(x) < key(y) ? -1 : 1));
    expect(sort(a.relationships)).toEqual(sort(expected));
  }

  /**
   * A necessary condition of maximality: adding any one more item gives an invalid set
   * (the search itself is proven exact against brute force in the engine's own tests).
   */
  async function expectNoValidExtension(which: Which, clusters: Cluster[]): Promise<void> {
    for (const c of clusters) {
      const res = ok(await candidates(which, c.itemIds)).clusterCandidates;
      expect(res.base.valid).toBe(true);
      expect(res.candidates.filter(x => x.validIfAdded.valid).map(x => x.itemId)).toEqual([]);
    }
  }

  describe('evaluateClusters', () => {
    it('finds every maximal valid cluster of wardrobe-v1 (15 of sizes 7 and 5), exactly', async () => {
      const a = await analyse(V1, { maxClusters: 1000 });
      expect(a.truncated).toBe(false);
      expect(a.workBudget).toBeGreaterThan(0);
      expect(a.clusters.map(c => c.size)).toEqual([...Array(10).fill(7), ...Array(5).fill(5)]);
      expect([a.maxClusterSize, a.minClusterSize, a.totalItemsCovered]).toEqual([7, 5, 19]);
      expect(a.clusters[0].ruleEvaluations.map(r => r.ruleName)).toEqual([
        'max_outfit_size',
        'minimum_outfit_size',
        'cover_multiple_zones',
        'formality_consistency',
      ]);
      await expectWellFormed(V1, a);
      expect(a.relationships.length).toBeGreaterThan(0);
      expect(a.relationships.every(r => r.relationshipType === 'OVERLAPPING')).toBe(true);
      await expectNoValidExtension(V1, a.clusters);
      // Every compatible pair of items shares a cluster only if it forms a clique with it.
      const compatible = await compatiblePairs(V1);
      for (const c of a.clusters) {
        for (let i = 0; i < c.itemIds.length; i++)
          for (let j = i + 1; j < c.itemIds.length; j++)
            expect(compatible.has(`${c.itemIds[i]}|${c.itemIds[j]}`)).toBe(true);
      }
    });

    it('with a small maxClusters returns the first clusters of the full answer and says truncated', async () => {
      const full = await analyse(V1, { maxClusters: 1000 });
      const few = await analyse(V1, { maxClusters: 4 });
      expect(few.truncated).toBe(true);
      expect(few.clusters).toEqual(full.clusters.slice(0, 4));
      await expectWellFormed(V1, few);
      const exact = await analyse(V1, { maxClusters: 15 });
      expect(exact.clusters).toEqual(full.clusters);
      expect(exact.truncated).toBe(false);
    });

    it('honours minClusterSize and maxClusterSize', async () => {
      const full = await analyse(V1, { maxClusters: 1000 });
      const big = await analyse(V1, { min: 6, maxClusters: 1000 });
      expect(big.truncated).toBe(false);
      expect(big.clusters).toEqual(full.clusters.filter(c => c.size >= 6));
      const small = await analyse(V1, { max: 5, maxClusters: 1000 });
      expect(small.clusters.every(c => c.size <= 5)).toBe(true);
      await expectWellFormed(V1, small);
      const smallIds = small.clusters.map(c => c.id);
      for (const c of full.clusters.filter(x => x.size === 5)) expect(smallIds).toContain(c.id);
      expect(small.clusters.every(c => c.isMaximum)).toBe(true);
      const nested = small.clusters.filter(p =>
        small.clusters.some(q => q !== p && p.itemIds.every(id => q.itemIds.includes(id))),
      );
      expect(nested).toEqual([]);
      const three = await analyse(V1, { min: 3, max: 3, maxClusters: 1000 });
      expect(three.clusters.length).toBeGreaterThan(0);
      expect(three.clusters.every(c => c.size === 3)).toBe(true);
    });

    it('answers wardrobe-v2 (mixed season rule) with the default maxClusters: 100 valid, maximal, ordered clusters', async () => {
      const a = await analyse(V2);
      expect(a.truncated).toBe(true);
      expect(a.clusters).toHaveLength(100);
      expect(a.clusters[0].ruleEvaluations.map(r => r.ruleName)).toEqual(CLUSTER_RULES);
      await expectWellFormed(V2, a);
      await expectNoValidExtension(V2, a.clusters.slice(0, 10));
      const small = await analyse(V2, { max: 3, maxClusters: 50 });
      expect(small.clusters.every(c => c.size <= 3 && c.size >= 2)).toBe(true);
      await expectWellFormed(V2, small);
    });

    it('refuses bad arguments with BAD_USER_INPUT (400)', async () => {
      for (const args of [
        { maxClusters: 0 },
        { maxClusters: 1001 },
        { min: 0 },
        { min: 3, max: 2 },
      ]) {
        const res = await api.gql(ANALYSIS, { catalog: V1.catalog, rules: V1.rules, ...args });
        expectError(res, 'BAD_USER_INPUT', 400);
      }
    });

    it('answers NOT_FOUND for unknown names and 422 for a catalog of another schema', async () => {
      const noRules = await api.gql(ANALYSIS, { catalog: V1.catalog, rules: 'nope' });
      expectError(noRules, 'NOT_FOUND', 200);
      expect(noRules.body.data).toBeNull();
      expectError(await api.gql(ANALYSIS, { catalog: 'nope', rules: V1.rules }), 'NOT_FOUND', 200);
      expectError(
        await api.gql(ANALYSIS, { catalog: V1.catalog, rules: V2.rules }),
        'UNPROCESSABLE',
        422,
      );
    });
  });

  describe('validateCluster', () => {
    it('explains incompatible pairs (as evaluatePair does) and every cluster rule', async () => {
      const v = await validate(V2, ['bra_001', 'bra_002', 'shirt_001']);
      expect(v).toMatchObject({
        itemIds: ['bra_001', 'bra_002', 'shirt_001'],
        valid: false,
        pairwiseCompatible: false,
      });
      expect(v.ruleEvaluations.map(r => r.ruleName)).toEqual(CLUSTER_RULES);
      expect(v.ruleEvaluations.every(r => r.reason.length > 0)).toBe(true);
      const pair = ok(
        await api.gql<{ evaluatePair: Comparison }>(
          `{ evaluatePair(catalogName: "${V2.catalog}", ruleSetName: "${V2.pairwise}", item1Id: "bra_001", item2Id: "bra_002") { item1Id item2Id compatible rulesEvaluated { ruleName passed } } }`,
        ),
      ).evaluatePair;
      expect(v.incompatiblePairs).toContainEqual(pair);
      expect(v.incompatiblePairs.every(p => !p.compatible)).toBe(true);
    });

    it('reports a failing cluster rule for a compatible set that breaks it', async () => {
      const v = await validate(V1, ['shirt_001']);
      expect(v).toMatchObject({ valid: false, pairwiseCompatible: true, incompatiblePairs: [] });
      expect(v.ruleEvaluations.find(r => r.ruleName === 'minimum_outfit_size')?.passed).toBe(false);
    });

    it('answers NOT_FOUND naming the unknown items; NOT_FOUND for an unknown cluster rule set', async () => {
      const res = await api.gql(VALIDATE, {
        catalog: V2.catalog,
        rules: V2.rules,
        ids: ['bra_001', 'ghost', 'phantom'],
      });
      expectError(res, 'NOT_FOUND', 200);
      expect(res.body.data).toBeNull();
      expect(errorMessage(res)).toContain('ghost');
      expect(errorMessage(res)).toContain('phantom');
      expectError(
        await api.gql(VALIDATE, { catalog: V2.catalog, rules: 'nope', ids: ['bra_001'] }),
        'NOT_FOUND',
        200,
      );
    });
  });

  describe('clusterCandidates', () => {
    it('judges every item outside the base (default), in catalog order, consistently with validateCluster', async () => {
      const base = ['shirt_001', 'pants_002'];
      const res = ok(await candidates(V1, base)).clusterCandidates;
      expect(res.base).toEqual(await validate(V1, base));
      const order = (await itemIds(api, V1.catalog)).filter(id => !base.includes(id));
      expect(res.candidates.map(c => c.itemId)).toEqual(order);
      const compatible = await compatiblePairs(V1);
      for (const c of res.candidates) {
        expect(c.pairwiseCompatible).toBe(base.every(b => compatible.has(`${b}|${c.itemId}`)));
        const alone = await validate(V1, [...base, c.itemId]);
        expect(c.validIfAdded).toMatchObject({
          valid: alone.valid,
          pairwiseCompatible: alone.pairwiseCompatible,
          ruleEvaluations: alone.ruleEvaluations,
        });
        expect([...c.validIfAdded.itemIds].sort()).toEqual([...base, c.itemId].sort());
        if (!c.pairwiseCompatible) expect(c.validIfAdded.valid).toBe(false);
      }
      expect(res.candidates.some(c => c.validIfAdded.valid)).toBe(true);
      expect(res.candidates.some(c => !c.pairwiseCompatible)).toBe(true);
    });

    it('judges only the given candidates, in the given order; NOT_FOUND for an unknown one', async () => {
      const res = ok(
        await candidates(V1, ['shirt_001'], ['shoes_001', 'hat_002']),
      ).clusterCandidates;
      expect(res.candidates.map(c => c.itemId)).toEqual(['shoes_001', 'hat_002']);
      const missing = await candidates(V1, ['shirt_001'], ['shoes_001', 'ghost']);
      expectError(missing, 'NOT_FOUND', 200);
      expect(errorMessage(missing)).toContain('ghost');
      expectError(await candidates(V1, ['ghost']), 'NOT_FOUND', 200);
    });
  });
});
