/**
 * prepareCatalog builds ids and positions, and the columns and compiled conditions, on first
 * use: a catalog whose matrix comes from worker threads never pays for them on the event loop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  adoptMatrix,
  compileRuleSet,
  evaluatePair,
  kernelsBuilt,
  matrixSummary,
  parseDocument,
  prepareCatalog,
  type ItemDef,
} from '../../../../src/engine';

const raw = JSON.parse(
  readFileSync(join(__dirname, '../../../../examples/wardrobe-v2.json'), 'utf8'),
) as unknown;
const { document } = parseDocument(raw);
const compiled = compileRuleSet(document.schemas![0], document.rulesets![0].rules);
const base = document.catalogs![0].items;

/** The wardrobe's items, counting every read of one field of an item (its attributes). */
function counted(field: 'attributes' | 'id' = 'attributes'): {
  items: ItemDef[];
  reads: () => number;
} {
  let reads = 0;
  const items = base.map(item => {
    const copy = { ...item };
    Object.defineProperty(copy, field, {
      enumerable: true,
      get: () => {
        reads++;
        return item[field];
      },
    });
    return copy;
  });
  return { items, reads: () => reads };
}

describe('prepareCatalog', () => {
  it('reads no attribute until a rule is evaluated', () => {
    const { items, reads } = counted();
    const prepared = prepareCatalog(compiled, items);
    expect(prepared.size).toBe(base.length);
    expect(prepared.indexById.get(base[3].id)).toBe(3);
    expect(prepared.compiled.rules.length).toBeGreaterThan(0);
    expect(kernelsBuilt(prepared)).toBe(false);
    expect(reads()).toBe(0);

    const eager = prepareCatalog(compiled, base);
    expect(evaluatePair(prepared, 0, 1)).toEqual(evaluatePair(eager, 0, 1));
    expect(kernelsBuilt(prepared)).toBe(true);
    expect(reads()).toBeGreaterThan(0);
  });

  it('builds the kernels once, shared by rules, pair and row kernels', () => {
    const { items, reads } = counted();
    const prepared = prepareCatalog(compiled, items);
    const rules = prepared.rules;
    const afterFirst = reads();
    expect(prepared.isCompatible).toBe(prepared.isCompatible);
    expect(prepared.compatibleRow).toBe(prepared.compatibleRow);
    expect(prepared.rules).toBe(rules);
    expect(matrixSummary(prepared)).toEqual(matrixSummary(prepareCatalog(compiled, base)));
    expect(reads()).toBe(afterFirst);
  });

  it('reads no id until ids or positions are asked for, then builds them once', () => {
    const { items, reads } = counted('id');
    // A duplicate id keeps its first position.
    items.push({ ...base[2] });
    const prepared = prepareCatalog(compiled, items);
    adoptMatrix(prepared, { bits: null, compatible: 7 });
    expect(matrixSummary(prepared).compatiblePairs).toBe(7);
    expect(prepared.size).toBe(base.length + 1);
    expect(reads()).toBe(0);

    expect(prepared.indexById.get(base[2].id)).toBe(2);
    expect(prepared.ids).toEqual([...base.map(item => item.id), base[2].id]);
    const afterFirst = reads();
    expect(afterFirst).toBe(base.length);
    expect(prepared.ids).toBe(prepared.ids);
    expect(prepared.indexById).toBe(prepared.indexById);
    expect(reads()).toBe(afterFirst);
  });

  it('answers the summary of an adopted matrix without building the kernels', () => {
    const prepared = prepareCatalog(compiled, base);
    adoptMatrix(prepared, { bits: null, compatible: 7 });
    expect(matrixSummary(prepared).compatiblePairs).toBe(7);
    expect(kernelsBuilt(prepared)).toBe(false);
  });
});
