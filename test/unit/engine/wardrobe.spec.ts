/**
 * Both example data sets load, validate and evaluate. Recorded figures (docs/engine.md):
 * wardrobe-v1: 19 items, 171 pairs, 119 compatible; wardrobe-v2: 53 items, 1378 pairs, 1251 compatible.
 */
import {
  compileRuleSet,
  evaluatePair,
  explainPair,
  matrixPage,
  matrixSummary,
  parseDocument,
  prepareCatalog,
} from '../../../src/engine';
import { loadExample } from './helpers';

function load(name: 'wardrobe-v1' | 'wardrobe-v2') {
  const { document, errors } = parseDocument(loadExample(name));
  expect(errors).toEqual([]);
  const [schema] = document.schemas ?? [];
  const [ruleSet] = document.rulesets ?? [];
  const [catalog] = document.catalogs ?? [];
  const compiled = compileRuleSet(schema, ruleSet.rules);
  expect(compiled.errors).toEqual([]);
  return prepareCatalog(compiled, catalog.items);
}

describe('wardrobe examples', () => {
  it('wardrobe-v1 evaluates', () => {
    const p = load('wardrobe-v1');
    const s = matrixSummary(p);
    expect(s.totalPairs).toBe(171);
    expect(s.compatiblePairs).toBe(V1_COMPATIBLE);
    const r = explainPair(p, 'shirt_001', 'shirt_002');
    expect(r?.compatible).toBe(false);
    expect(r?.rulesEvaluated.map(e => e.ruleName)).toEqual([
      'same_body_zone_exclusion',
      'same_category_exclusion',
      'formality_matching',
      'season_compatibility',
    ]);
    expect(r?.rulesEvaluated[1]).toEqual({
      ruleName: 'same_category_exclusion',
      passed: false,
      reason: 'Both items have category = shirt',
    });
    expect(r?.rulesEvaluated[2]).toEqual({
      ruleName: 'formality_matching',
      passed: false,
      reason: 'Both items have formality; formality differs by 3 (max 2)',
    });
  });

  it('wardrobe-v2 evaluates: 1378 pairs, 1251 compatible', () => {
    const p = load('wardrobe-v2');
    expect(p.size).toBe(53);
    expect(matrixSummary(p)).toEqual({
      totalPairs: 1378,
      compatiblePairs: 1251,
      incompatiblePairs: 127,
      compatibilityRate: 1251 / 1378,
    });
    expect(evaluatePair(p, 0, 1).rulesEvaluated).toEqual([
      {
        ruleName: 'coverage_layer_conflict',
        passed: false,
        reason: 'Collision at chest: both at layer 0.5',
      },
      {
        ruleName: 'same_category_exclusion',
        passed: false,
        reason: 'Both items have category = bra',
      },
    ]);
    const bad = matrixPage(p, { first: 200, compatible: false });
    expect(bad.results).toHaveLength(127);
    expect(bad.results.every(r => !r.compatible)).toBe(true);
  });
});

const V1_COMPATIBLE = 119;
