import { createHash } from 'node:crypto';
import { example, startTestApi, type TestApi } from '../../helpers/app';
import { describeEachDatabase } from '../../helpers/orm';

interface Cluster {
  id: string;
  itemIds: string[];
  size: number;
  isMaximal: boolean;
  isMaximum: boolean;
  ruleEvaluations: { ruleName: string; passed: boolean }[];
}
interface Analysis {
  clusters: Cluster[];
  relationships: {
    clusterId: string;
    relatedClusterId: string;
    relationshipType: string;
    sharedItems: string[];
    overlapSize: number;
  }[];
  totalClusters: number;
  maxClusterSize: number;
  minClusterSize: number;
  avgClusterSize: number;
  totalItemsCovered: number;
  truncated: boolean;
  workBudget: number;
}

const ANALYSIS = `query($catalog: CatalogName!, $rules: ResourceName!, $max: Int) {
  evaluateClusters(catalogName: $catalog, clusterRuleSetName: $rules, maxClusters: $max) {
    clusters { id itemIds size isMaximal isMaximum ruleEvaluations { ruleName passed } }
    relationships { clusterId relatedClusterId relationshipType sharedItems overlapSize }
    totalClusters maxClusterSize minClusterSize avgClusterSize totalItemsCovered truncated workBudget
  } }`;
const VALIDATE = `query($catalog: CatalogName!, $rules: ResourceName!, $ids: [ID!]!) {
  validateCluster(catalogName: $catalog, clusterRuleSetName: $rules, itemIds: $ids) {
    itemIds valid pairwiseCompatible incompatiblePairs { item1Id item2Id compatible } ruleEvaluations { ruleName passed reason }
  } }`;

const md5id = (ids: string[]) =>
  createHash('md5')
    .update([...ids].sort().join(','))
    .digest('hex')
    .slice(0, 12);

describeEachDatabase('API: clusters', database => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi(database);
    await api.importAll(example('wardrobe-v1'));
    await api.importAll(example('wardrobe-v2'));
  }, 60_000);
  afterAll(() => api.close());

  const v1 = { catalog: 'my_wardrobe', rules: 'wardrobe_cluster_rules_v1' };
  const v2 = { catalog: 'gender_agnostic_wardrobe_v2', rules: 'wardrobe_cluster_rules_v2' };

  it('finds every maximal valid cluster of wardrobe-v1 (15), each valid, ordered, with md5 ids', async () => {
    const res = await api.gql<{ evaluateClusters: Analysis }>(ANALYSIS, { ...v1, max: 1000 });
    const a = res.body.data!.evaluateClusters;
    expect(a.truncated).toBe(false);
    expect(a.totalClusters).toBe(15);
    expect(a.clusters.map(c => c.size)).toEqual([...Array(10).fill(7), ...Array(5).fill(5)]);
    expect([a.maxClusterSize, a.minClusterSize, a.totalItemsCovered]).toEqual([7, 5, 19]);
    expect(a.avgClusterSize).toBeCloseTo((10 * 7 + 5 * 5) / 15);
    for (const c of a.clusters) {
      expect(c.id).toBe(md5id(c.itemIds));
      expect(c.itemIds).toEqual([...c.itemIds].sort());
      expect(c.isMaximal).toBe(true);
      expect(c.isMaximum).toBe(c.size === 7);
      const v = await api.gql<{ validateCluster: { valid: boolean } }>(VALIDATE, {
        ...v1,
        ids: c.itemIds,
      });
      expect(v.body.data!.validateCluster.valid).toBe(true);
    }
    for (let k = 1; k < a.clusters.length; k++) {
      const [p, q] = [a.clusters[k - 1], a.clusters[k]];
      expect(
        p.size > q.size ||
          (p.size === q.size && p.itemIds.join('\u0000') < q.itemIds.join('\u0000')),
      ).toBe(true);
    }
    const shared = a.relationships.filter(r => r.clusterId === a.clusters[0].id);
    for (const r of shared) {
      const back = a.relationships.find(
        x => x.clusterId === r.relatedClusterId && x.relatedClusterId === r.clusterId,
      );
      expect(back?.sharedItems).toEqual(r.sharedItems);
      expect(r.overlapSize).toBe(r.sharedItems.length);
    }
  });

  it('answers wardrobe-v2 (mixed season rule) truncated at maxClusters, every cluster valid', async () => {
    const res = await api.gql<{ evaluateClusters: Analysis }>(ANALYSIS, { ...v2, max: 25 });
    const a = res.body.data!.evaluateClusters;
    expect(a.truncated).toBe(true);
    expect(a.clusters).toHaveLength(25);
    expect(a.workBudget).toBeGreaterThan(0);
    for (const c of a.clusters.slice(0, 5)) {
      const v = await api.gql<{ validateCluster: { valid: boolean } }>(VALIDATE, {
        ...v2,
        ids: c.itemIds,
      });
      expect(v.body.data!.validateCluster.valid).toBe(true);
    }
  });

  it('validateCluster explains incompatible pairs and failing cluster rules', async () => {
    const res = await api.gql<{
      validateCluster: {
        valid: boolean;
        pairwiseCompatible: boolean;
        incompatiblePairs: { item1Id: string; item2Id: string }[];
        ruleEvaluations: { ruleName: string; passed: boolean }[];
      };
    }>(VALIDATE, { ...v2, ids: ['bra_001', 'bra_002'] });
    const v = res.body.data!.validateCluster;
    expect(v.valid).toBe(false);
    expect(v.pairwiseCompatible).toBe(false);
    expect(v.incompatiblePairs).toEqual([
      { item1Id: 'bra_001', item2Id: 'bra_002', compatible: false },
    ]);
    expect(v.ruleEvaluations.map(r => r.ruleName)).toEqual(
      expect.arrayContaining([
        'minimum_outfit_size',
        'formality_consistency',
        'season_consistency',
        'max_outfit_size',
      ]),
    );
    const unknown = await api.gql(VALIDATE, { ...v2, ids: ['bra_001', 'ghost'] });
    expect(unknown.body.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('clusterCandidates judges each candidate against the base', async () => {
    const res = await api.gql<{
      clusterCandidates: {
        base: { valid: boolean };
        candidates: {
          itemId: string;
          pairwiseCompatible: boolean;
          validIfAdded: { valid: boolean; itemIds: string[] };
        }[];
      };
    }>(
      `{ clusterCandidates(catalogName: "my_wardrobe", clusterRuleSetName: "wardrobe_cluster_rules_v1", itemIds: ["shirt_001", "pants_002"]) {
          base { valid } candidates { itemId pairwiseCompatible validIfAdded { valid itemIds } } } }`,
    );
    const { candidates } = res.body.data!.clusterCandidates;
    expect(candidates).toHaveLength(17);
    expect(candidates.some(c => c.pairwiseCompatible)).toBe(true);
    for (const c of candidates) {
      if (!c.pairwiseCompatible) expect(c.validIfAdded.valid).toBe(false);
      expect(c.validIfAdded.itemIds).toEqual(
        expect.arrayContaining(['shirt_001', 'pants_002', c.itemId]),
      );
    }
    const some = await api.gql<{ clusterCandidates: { candidates: { itemId: string }[] } }>(
      `{ clusterCandidates(catalogName: "my_wardrobe", clusterRuleSetName: "wardrobe_cluster_rules_v1", itemIds: ["shirt_001"], candidateIds: ["shoes_001", "hat_002"]) { candidates { itemId } } }`,
    );
    expect(some.body.data!.clusterCandidates.candidates.map(c => c.itemId)).toEqual([
      'shoes_001',
      'hat_002',
    ]);
  });

  it('refuses bad cluster arguments with BAD_USER_INPUT', async () => {
    for (const args of [
      'maxClusters: 0',
      'maxClusters: 1001',
      'minClusterSize: 0',
      'minClusterSize: 3, maxClusterSize: 2',
    ]) {
      const res = await api.gql(
        `{ evaluateClusters(catalogName: "my_wardrobe", clusterRuleSetName: "wardrobe_cluster_rules_v1", ${args}) { totalClusters } }`,
      );
      expect(res.body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
