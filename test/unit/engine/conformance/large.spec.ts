/**
 * Conformance on catalogs past one 32-bit word: more than 32 items (multi-word
 * bitsets in the cluster search) and more than 32 parts (multi-word part masks in
 * part_layer_conflict), plus the wardrobe examples against the reference.
 */
import * as fs from 'fs';
import fc from 'fast-check';
import { clusterInputFromPrepared, evaluateClusters } from '../../../../src/engine/clusters';
import { parseClusterRules } from '../../../../src/engine/conditions/parse-cluster';
import { parseDocument } from '../../../../src/engine/interchange';
import type { ItemDef, JsonObject, JsonValue, RuleDef } from '../../../../src/engine/model';
import {
  compileRuleSet,
  evaluatePair,
  matrixSummary,
  prepareCatalog,
} from '../../../../src/engine/pairwise';
import { attributes, clusterRules, pairRules, toRef } from './arbitraries';
import { refClustersByCliques, refMatrix, refPair } from './reference';

const RUNS = Number(process.env.CONFORMANCE_RUNS ?? 30);

const manyItems = (min: number, max: number): fc.Arbitrary<ItemDef[]> =>
  fc
    .array(attributes, { minLength: min, maxLength: max })
    .map(attrs =>
      attrs.map((a, k) => ({ id: `it${String(k).padStart(2, '0')}`, name: 'n', attributes: a })),
    );

/** 40 parts: past one 32-bit mask word. */
const PARTS = Array.from({ length: 40 }, (_, k) => `p${String(k).padStart(2, '0')}`);
const wideCover: fc.Arbitrary<JsonValue> = fc.array(
  fc.record({
    parts: fc.array(fc.constantFrom(...PARTS), { maxLength: 6 }),
    layer: fc.constantFrom(0, 0.5, 1, 2),
  }),
  { maxLength: 4 },
);

describe('conformance past one word', () => {
  it('part_layer_conflict with more than 32 parts', () => {
    const rules: RuleDef[] = [
      {
        name: 'c',
        type: 'exclusion',
        enabled: true,
        condition: { part_layer_conflict: { field: 'cover' } },
      },
    ];
    fc.assert(
      fc.property(
        fc.array(fc.option(wideCover, { nil: undefined }), { minLength: 2, maxLength: 12 }),
        covers => {
          const its: ItemDef[] = covers.map((c, k) => ({
            id: `i${k}`,
            name: 'n',
            attributes: (c === undefined ? {} : { cover: c }) as JsonObject,
          }));
          const p = prepareCatalog(compileRuleSet(null, rules), its);
          const ref = toRef(its);
          for (let i = 0; i < its.length; i++)
            for (let j = 0; j < its.length; j++)
              if (i !== j) {
                const want = refPair(rules, ref[i], ref[j]);
                expect(evaluatePair(p, i, j).compatible).toBe(want.compatible);
                expect(p.isCompatible(i, j)).toBe(want.compatible);
              }
          expect(matrixSummary(p)).toEqual(refMatrix(rules, ref).summary);
        },
      ),
      { numRuns: RUNS * 5 },
    );
  });

  it('evaluateClusters on 33-45 items equals the reference over every clique', () => {
    // A requirement of equal values keeps the graph sparse enough to enumerate its cliques.
    const sparseRules: RuleDef[] = [
      { name: 'same_a', type: 'requirement', enabled: true, condition: { equals: { field: 'a' } } },
      {
        name: 'same_a_or_n',
        type: 'requirement',
        enabled: true,
        condition: { or: [{ equals: { field: 'a' } }, { equals: { field: 'n' } }] },
      },
    ];
    fc.assert(
      fc.property(
        manyItems(33, 45),
        fc.constantFrom(...sparseRules),
        pairRules(2),
        clusterRules(2),
        fc.constantFrom(undefined, 1, 2, 3),
        fc.constantFrom(undefined, 2, 4),
        (its, sparse, pw, cl, minClusterSize, maxClusterSize) => {
          const pairwise = [sparse, ...pw];
          const want = refClustersByCliques(
            { items: toRef(its), pairwise, cluster: cl },
            { minClusterSize, maxClusterSize },
          );
          fc.pre(want !== null);
          const prepared = prepareCatalog(compileRuleSet(null, pairwise), its);
          const input = clusterInputFromPrepared(prepared, parseClusterRules(null, cl).rules);
          const got = evaluateClusters(input, {
            minClusterSize,
            maxClusterSize,
            maxClusters: 100_000,
          });
          expect(got.truncated).toBe(false);
          expect(
            got.clusters.map(c => ({
              id: c.id,
              itemIds: c.itemIds,
              size: c.size,
              isMaximum: c.isMaximum,
              rules: c.ruleEvaluations.map(e => ({ ruleName: e.ruleName, passed: e.passed })),
            })),
          ).toEqual(want);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('wardrobe-v1: matrix and clusters equal the reference', () => {
    const raw = JSON.parse(
      fs.readFileSync(`${__dirname}/../../../../examples/wardrobe-v1.json`, 'utf8'),
    ) as JsonObject;
    const { document, errors } = parseDocument(raw);
    expect(errors).toEqual([]);
    const its = document.catalogs![0].items;
    const pairwise = document.rulesets![0].rules;
    const cluster = document.clusterRulesets![0].rules;
    const prepared = prepareCatalog(compileRuleSet(document.schemas![0], pairwise), its);
    const ref = refMatrix(pairwise, toRef(its));
    expect(matrixSummary(prepared)).toEqual(ref.summary);
    expect(ref.summary.compatiblePairs).toBe(119);
    const want = refClustersByCliques({ items: toRef(its), pairwise, cluster }, {}, 1_000_000);
    const got = evaluateClusters(
      clusterInputFromPrepared(prepared, parseClusterRules(document.schemas![0], cluster).rules),
    );
    expect(got.clusters.map(c => [c.id, c.itemIds, c.isMaximum])).toEqual(
      want!.map(c => [c.id, c.itemIds, c.isMaximum]),
    );
    expect(got.clusters).toHaveLength(15);
  });
});
