/**
 * Conformance of the cluster engine (validateCluster, clusterCandidates,
 * evaluateClusters) with the naive reading of docs/semantics.md in ./reference.ts: rules are
 * parsed from their JSON as a user writes them, and evaluateClusters is checked
 * against a brute force over every subset.
 */
import fc from 'fast-check';
import {
  clusterCandidates,
  clusterRelationships,
  clusterInputFromPrepared,
  evaluateClusters,
  validateCluster,
  type ClusterInput,
} from '../../../../src/engine/clusters';
import { parseClusterRules } from '../../../../src/engine/conditions/parse-cluster';
import { compileRuleSet, prepareCatalog } from '../../../../src/engine/pairwise';
import type {
  ClusterResult,
  ClusterValidationResult,
  ItemDef,
  RuleDef,
} from '../../../../src/engine/model';
import { clusterRules, items, pairRules, toRef } from './arbitraries';
import {
  refCandidates,
  refClusters,
  refRelationships,
  refSummary,
  refValidate,
  type RefCluster,
  type RefValidation,
  type RefWorld,
} from './reference';

const RUNS = Number(process.env.CONFORMANCE_RUNS ?? 200);

function input(its: ItemDef[], pairwise: RuleDef[], cluster: RuleDef[]): ClusterInput {
  const prepared = prepareCatalog(compileRuleSet(null, pairwise), its);
  return clusterInputFromPrepared(prepared, parseClusterRules(null, cluster).rules);
}

const world = (its: ItemDef[], pairwise: RuleDef[], cluster: RuleDef[]): RefWorld => ({
  items: toRef(its),
  pairwise,
  cluster,
});

const validation = (v: ClusterValidationResult) => ({
  itemIds: v.itemIds,
  valid: v.valid,
  pairwiseCompatible: v.pairwiseCompatible,
  incompatiblePairs: v.incompatiblePairs.map(p => [p.item1Id, p.item2Id]),
  incompatibleVerdicts: v.incompatiblePairs.map(p => p.compatible),
  rules: v.ruleEvaluations.map(e => ({ ruleName: e.ruleName, passed: e.passed })),
});
const refValidation = (v: RefValidation) => ({
  ...v,
  incompatibleVerdicts: v.incompatiblePairs.map(() => false),
});

const cluster = (c: ClusterResult) => ({
  id: c.id,
  itemIds: c.itemIds,
  size: c.size,
  isMaximum: c.isMaximum,
  rules: c.ruleEvaluations.map(e => ({ ruleName: e.ruleName, passed: e.passed })),
});
const refCluster = (c: RefCluster) => ({ ...c });

/** A world of up to 9 items with few pairwise rules, so that the graph is not empty. */
const worlds = fc.oneof(
  fc.tuple(items(9), pairRules(2), clusterRules(3)),
  fc.tuple(items(10), pairRules(1), clusterRules(1)),
);

const positions = (n: number) =>
  fc.array(fc.integer({ min: 0, max: Math.max(0, n - 1) }), { maxLength: 5 });

const sizeOption = (values: (number | undefined)[]) => fc.constantFrom(...values);

describe('cluster conformance with docs/semantics.md', () => {
  it('validateCluster: pairwise compatibility, incompatible pairs and every enabled rule', () => {
    fc.assert(
      fc.property(
        worlds.chain(w => fc.tuple(fc.constant(w), positions(w[0].length))),
        ([[its, pw, cl], picked]) => {
          const members = its.length === 0 ? [] : picked;
          const got = validateCluster(input(its, pw, cl), members);
          expect(validation(got)).toEqual(refValidation(refValidate(world(its, pw, cl), members)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('clusterCandidates: default candidates are every item not in the base, in catalog order', () => {
    fc.assert(
      fc.property(
        worlds.chain(w =>
          fc.tuple(
            fc.constant(w),
            positions(w[0].length),
            fc.option(positions(w[0].length), { nil: undefined }),
          ),
        ),
        ([[its, pw, cl], base0, cand0]) => {
          const base = its.length === 0 ? [] : base0;
          const cands = its.length === 0 ? undefined : cand0;
          const got = clusterCandidates(input(its, pw, cl), base, cands);
          const want = refCandidates(world(its, pw, cl), base, cands);
          expect(validation(got.base)).toEqual(refValidation(want.base));
          expect(
            got.candidates.map(c => ({
              itemId: c.itemId,
              pairwiseCompatible: c.pairwiseCompatible,
              validIfAdded: validation(c.validIfAdded),
            })),
          ).toEqual(
            want.candidates.map(c => ({ ...c, validIfAdded: refValidation(c.validIfAdded) })),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('evaluateClusters equals the brute force over every subset (ids, order, rules, summary)', () => {
    fc.assert(
      fc.property(
        worlds,
        sizeOption([undefined, 0, 1, 2, 3]),
        sizeOption([undefined, 1, 2, 3, 5]),
        // a small maxTerms forces the exact fallback walk instead of the DNF search
        fc.constantFrom(undefined, 1, 3),
        ([its, pw, cl], minClusterSize, maxClusterSize, maxTerms) => {
          const w = world(its, pw, cl);
          const want = refClusters(w, { minClusterSize, maxClusterSize });
          const got = evaluateClusters(input(its, pw, cl), {
            minClusterSize,
            maxClusterSize,
            maxClusters: 10_000,
            maxTerms,
          });
          expect(got.truncated).toBe(false);
          expect(got.clusters.map(cluster)).toEqual(want.map(refCluster));
          expect(got.clusters.every(c => c.isMaximal)).toBe(true);
          const { totalClusters, maxClusterSize: mx, minClusterSize: mn } = got;
          expect({
            totalClusters,
            maxClusterSize: mx,
            minClusterSize: mn,
            avgClusterSize: got.avgClusterSize,
            totalItemsCovered: got.totalItemsCovered,
          }).toEqual(refSummary(want));
          const order = (r: { clusterId: string; relatedClusterId: string }) =>
            `${r.clusterId}|${r.relatedClusterId}`;
          const sortRel = <T extends { clusterId: string; relatedClusterId: string }>(xs: T[]) =>
            [...xs].sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
          expect(sortRel([...got.relationships])).toEqual(sortRel(refRelationships(want)));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('maxClusters truncation returns a prefix of the full ordered answer', () => {
    fc.assert(
      fc.property(
        worlds,
        sizeOption([undefined, 1, 2]),
        sizeOption([undefined, 2, 3]),
        fc.integer({ min: 0, max: 4 }),
        ([its, pw, cl], minClusterSize, maxClusterSize, maxClusters) => {
          const want = refClusters(world(its, pw, cl), { minClusterSize, maxClusterSize });
          const got = evaluateClusters(input(its, pw, cl), {
            minClusterSize,
            maxClusterSize,
            maxClusters,
          });
          expect(got.clusters.map(cluster)).toEqual(
            want.slice(0, maxClusters).map(c => ({
              ...refCluster(c),
              // isMaximum: the size is the largest found
              isMaximum: c.size === (want[0]?.size ?? 0),
            })),
          );
          expect(got.truncated).toBe(want.length > maxClusters);
          expect(got.totalClusters).toBe(Math.min(maxClusters, want.length));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a tiny work budget never returns a false cluster and keeps the order', () => {
    fc.assert(
      fc.property(worlds, fc.integer({ min: 0, max: 40 }), ([its, pw, cl], workBudget) => {
        const want = refClusters(world(its, pw, cl), {});
        const got = evaluateClusters(input(its, pw, cl), { workBudget });
        expect(got.workBudget).toBe(workBudget);
        expect(got.workUsed).toBeLessThanOrEqual(workBudget);
        const ids = want.map(c => c.id);
        const positionsInAnswer = got.clusters.map(c => ids.indexOf(c.id));
        expect(positionsInAnswer.every(p => p >= 0)).toBe(true);
        expect([...positionsInAnswer].sort((a, b) => a - b)).toEqual(positionsInAnswer);
        if (!got.truncated) expect(got.clusters.map(c => c.id)).toEqual(ids.slice(0, 100));
      }),
      { numRuns: RUNS },
    );
  });

  it('relationships of arbitrary cluster lists: SUBSET/SUPERSET or OVERLAPPING, both directions', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'é', '\u{1F600}', '\uFF5E'), {
      minLength: 1,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(ids, { maxLength: 5, selector: xs => [...xs].sort().join() }),
        lists => {
          const clusters = lists.map(l => {
            const itemIds = [...l].sort((x, y) => (x < y ? -1 : 1));
            return {
              id: itemIds.join('+'),
              itemIds,
              size: itemIds.length,
              isMaximal: true,
              isMaximum: false,
              ruleEvaluations: [],
            };
          });
          const refs = clusters.map(c => ({ ...c, isMaximum: false, rules: [] }));
          const key = (r: { clusterId: string; relatedClusterId: string }) =>
            `${r.clusterId}|${r.relatedClusterId}`;
          const sorted = <T extends { clusterId: string; relatedClusterId: string }>(xs: T[]) =>
            [...xs].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
          expect(sorted(clusterRelationships(clusters))).toEqual(sorted(refRelationships(refs)));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
