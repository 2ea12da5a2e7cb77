import fc from 'fast-check';
import type { ItemDef, JsonObject, RuleDef } from '../../../../src/engine/model';
import {
  compileRuleSet,
  matrixSummary,
  prepareCatalog,
  reprepareCatalog,
  type PreparedCatalog,
} from '../../../../src/engine';
import { attributes, rules } from './arbitraries';

// Property runs are CPU-bound; leave room on a loaded machine.
jest.setTimeout(120_000);

const toDefs = (
  rs: { name: string; type: 'exclusion' | 'requirement'; enabled: boolean; condition: unknown }[],
): RuleDef[] => rs.map(r => ({ ...r, condition: r.condition as JsonObject }));

type Edit =
  | { kind: 'insert'; at: number; attributes: Record<string, unknown> }
  | { kind: 'update'; at: number; attributes: Record<string, unknown> }
  | { kind: 'delete'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), attributes }),
  fc.record({ kind: fc.constant('update' as const), at: fc.nat(), attributes }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);

let fresh = 0;
const item = (a: Record<string, unknown>): ItemDef => {
  fresh++;
  return { id: `new${fresh}`, name: `New ${fresh}`, attributes: a as JsonObject };
};

/** Applies edits to a list, tracking where each item came from (-1: new or changed). */
function applyEdits(list: readonly ItemDef[], edits: readonly Edit[]) {
  const items = [...list];
  const origin = items.map((_, k) => k);
  for (const e of edits) {
    if (e.kind === 'insert') {
      const at = e.at % (items.length + 1);
      items.splice(at, 0, item(e.attributes));
      origin.splice(at, 0, -1);
    } else if (items.length > 0) {
      const at = e.at % items.length;
      if (e.kind === 'update') {
        items[at] = { ...items[at], attributes: e.attributes as JsonObject };
        origin[at] = -1;
      } else {
        items.splice(at, 1);
        origin.splice(at, 1);
      }
    }
  }
  return { items, origin };
}

/** The full computation's verdict bits and count. */
function full(prepared: PreparedCatalog) {
  const fresh = prepareCatalog(prepared.compiled, prepared.items);
  const summary = matrixSummary(fresh);
  return { bits: Array.from(fresh.matrix!.bits!), summary };
}

function expectSameAsFull(prepared: PreparedCatalog): void {
  expect(prepared.matrix).not.toBeNull();
  const expected = full(prepared);
  expect(matrixSummary(prepared)).toEqual(expected.summary);
  expect(Array.from(prepared.matrix!.bits!)).toEqual(expected.bits);
}

const catalog = (min: number, max: number) =>
  fc
    .array(attributes, { minLength: min, maxLength: max })
    .map((list): ItemDef[] =>
      list.map((a, k) => ({ id: `item${k}`, name: `Item ${k}`, attributes: a as JsonObject })),
    );

describe('reprepareCatalog (incremental matrix)', () => {
  it('after each of a random sequence of edits, equals the full recomputation', () => {
    fc.assert(
      fc.property(catalog(0, 80), rules, fc.array(edit, { maxLength: 8 }), (its, rs, edits) => {
        let prepared = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
        matrixSummary(prepared);
        for (const e of edits) {
          const { items, origin } = applyEdits(prepared.items, [e]);
          prepared = reprepareCatalog(prepared, items, origin);
          expectSameAsFull(prepared);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('several edits at once (one origin map) equal the full recomputation', () => {
    fc.assert(
      fc.property(catalog(1, 120), rules, fc.array(edit, { maxLength: 12 }), (its, rs, edits) => {
        const before = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
        matrixSummary(before);
        const { items, origin } = applyEdits(its, edits);
        expectSameAsFull(reprepareCatalog(before, items, origin));
      }),
      { numRuns: 120 },
    );
  });

  it('one change in a larger catalog: row and column recomputed, the rest copied', () => {
    const rs = toDefs([
      {
        name: 'same_x',
        type: 'exclusion',
        enabled: true,
        condition: { equals: { field: 'x' } },
      },
      {
        name: 'layers',
        type: 'exclusion',
        enabled: true,
        condition: { part_layer_conflict: { field: 'c' } },
      },
    ]);
    const its: ItemDef[] = Array.from({ length: 700 }, (_, k) => ({
      id: `i${k}`,
      name: `I ${k}`,
      attributes: { x: k % 7, c: [{ parts: [['a', 'b', 'c'][k % 3]], layer: k % 4 }] },
    }));
    const before = prepareCatalog(compileRuleSet(null, rs), its);
    matrixSummary(before);
    for (const edits of [
      [{ kind: 'insert', at: 700, attributes: { x: 3 } }],
      [{ kind: 'insert', at: 0, attributes: { x: 3 } }],
      [{ kind: 'update', at: 351, attributes: { x: 100 } }],
      [{ kind: 'delete', at: 0 }],
      [{ kind: 'delete', at: 699 }],
      [{ kind: 'delete', at: 333 }],
      [
        { kind: 'delete', at: 10 },
        { kind: 'insert', at: 500, attributes: { x: 1 } },
        { kind: 'update', at: 77, attributes: {} },
      ],
    ] as Edit[][]) {
      const { items, origin } = applyEdits(its, edits);
      expectSameAsFull(reprepareCatalog(before, items, origin));
    }
  });

  it('leaves the matrix to a full computation when it cannot reuse the previous one', () => {
    const compiled = compileRuleSet(null, toDefs([]));
    const its: ItemDef[] = [1, 2, 3].map(k => ({ id: `i${k}`, name: `I${k}`, attributes: {} }));
    const notComputed = prepareCatalog(compiled, its);
    expect(reprepareCatalog(notComputed, its, [0, 1, 2]).matrix).toBeNull();
    const computed = prepareCatalog(compiled, its);
    matrixSummary(computed);
    // Wrong length, out of range, out of order: not trusted.
    for (const origin of [
      [0, 1],
      [0, 1, 3],
      [1, 0, 2],
      [0, 0, 1],
    ]) {
      const next = reprepareCatalog(computed, its, origin);
      expect(next.matrix).toBeNull();
      expect(matrixSummary(next).compatiblePairs).toBe(3);
    }
    expect(reprepareCatalog(computed, its, [0, 1, 2]).matrix).not.toBeNull();
  });
});
