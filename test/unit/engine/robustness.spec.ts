/** Every entry point answers malformed input with issues, never with an exception. */
import fc from 'fast-check';
import {
  compileRuleSet,
  evaluatePair,
  evaluateItem,
  matrixPage,
  matrixSummary,
  parseDocument,
  parseItemsDocument,
  parsePairwiseCondition,
  prepareCatalog,
  toDocument,
  validateClusterRuleSet,
  validateItem,
  validateRuleSet,
  validateSchemaDef,
  type ItemDef,
  type RuleDef,
} from '../../../src/engine';
import { SCHEMA, loadExample } from './helpers';

// Property runs are CPU-bound; leave room on a loaded machine.
jest.setTimeout(60_000);

const json = fc.jsonValue({ maxDepth: 6 });
const opish = fc.dictionary(
  fc.constantFrom(
    'all',
    'any',
    'or',
    'not',
    'equals',
    'abs_diff',
    'any_equals',
    'part_layer_conflict',
    'x',
  ),
  fc.oneof(
    json,
    fc.record({ field: fc.constantFrom('category', 'coverage', 'nope'), max: json, value: json }),
  ),
  { maxKeys: 2 },
);

describe('robustness', () => {
  it('validators and parsers never throw on arbitrary JSON', () => {
    fc.assert(
      fc.property(json, opish, (v, cond) => {
        validateSchemaDef(v);
        validateItem(SCHEMA, v, 'items[0]');
        validateRuleSet(SCHEMA, v);
        validateClusterRuleSet(SCHEMA, v);
        parsePairwiseCondition(v, 'c', SCHEMA);
        parsePairwiseCondition(cond, 'c', SCHEMA);
        parseItemsDocument(v, SCHEMA);
        const parsed = parseDocument(v);
        expect(Array.isArray(parsed.errors)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('documents with junk in every slot are reported, not thrown', () => {
    const slots = fc.record({
      schemas: fc.array(json, { maxLength: 2 }),
      rulesets: fc.array(json, { maxLength: 2 }),
      cluster_rulesets: fc.array(json, { maxLength: 2 }),
      catalogs: fc.array(json, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(slots, doc => void parseDocument(doc)),
      { numRuns: 200 },
    );
    const base = loadExample('wardrobe-v2');
    fc.assert(
      fc.property(
        fc.constantFrom('schemas', 'rulesets', 'cluster_rulesets', 'catalogs'),
        json,
        (key, junk) => {
          const doc = { ...base, [key]: [junk] };
          const r = parseDocument(doc);
          if (r.errors.length === 0) toDocument(r.document);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('evaluation never throws on malformed stored items and conditions', () => {
    const items = fc.array(
      fc.record({
        id: json,
        name: json,
        attributes: fc.oneof(
          json,
          fc.dictionary(fc.constantFrom('category', 'coverage', 'formality'), json),
        ),
      }),
      { maxLength: 5 },
    );
    fc.assert(
      fc.property(items, fc.array(opish, { maxLength: 3 }), (its, conds) => {
        const rules = conds.map(
          (c, k) =>
            ({
              name: `r${k}`,
              type: k % 2 ? 'exclusion' : 'requirement',
              enabled: true,
              condition: c,
            }) as unknown as RuleDef,
        );
        const p = prepareCatalog(compileRuleSet(SCHEMA, rules), its as unknown as ItemDef[]);
        matrixSummary(p);
        matrixPage(p, { first: 3, compatible: true });
        for (let i = 0; i < p.size; i++) {
          evaluateItem(p, i).page({ first: 2 });
          for (let j = 0; j < p.size; j++)
            expect(evaluatePair(p, i, j).compatible).toBe(p.isCompatible(i, j));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('survives objects whose toString/valueOf are not functions', () => {
    const evil = JSON.parse('{"toString": "", "valueOf": [], "__proto__": {"x": 1}}') as unknown;
    const items = [
      { id: evil, name: evil, attributes: { category: evil } },
      { id: 'b', name: 'b', attributes: {} },
    ] as unknown as ItemDef[];
    const rule = {
      name: evil,
      type: 'exclusion',
      enabled: true,
      condition: { equals: { field: 'category' } },
    } as unknown as RuleDef;
    const p = prepareCatalog(compileRuleSet(SCHEMA, [rule]), items);
    expect(evaluatePair(p, 0, 1).compatible).toBe(true);
    expect(matrixPage(p, { first: 1, after: evil as string }).error).toBe('Invalid cursor');
    const junkSchema = {
      name: evil,
      version: '1.0.0',
      dimensions: [null, { name: evil, type: evil }, { name: 'ok', type: 'list', itemType: evil }],
    };
    expect(validateSchemaDef(junkSchema).errors.length).toBeGreaterThan(0);
    expect(
      validateItem(junkSchema as never, { id: 'a', name: 'a', attributes: { ok: [1], zz: 2 } })
        .length,
    ).toBeGreaterThan(0);
    expect(
      parsePairwiseCondition({ equals: { field: 'ok' } }, 'c', junkSchema as never).errors,
    ).toEqual([]);
    const doc = {
      schemas: [
        {
          name: 's',
          version: '1.0.0',
          dimensions: [
            { name: evil, type: 'string' },
            { name: 'p', type: 'part_layer_list', part_vocabulary: [evil] },
          ],
        },
      ],
      catalogs: [
        {
          name: 'c',
          schema_ref: 's',
          items: [{ id: 'i', name: 'i', attributes: { p: [{ parts: ['x'], layer: 1 }] } }],
        },
      ],
    };
    expect(parseDocument(doc).errors.length).toBeGreaterThan(0);
  });
});
