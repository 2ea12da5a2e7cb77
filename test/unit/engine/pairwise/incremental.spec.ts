import fc from 'fast-check';
import type { ItemDef, JsonObject, RuleDef } from '../../../../src/engine/model';
import {
  adjacency,
  compileRuleSet,
  evaluateItem,
  matrixBitsBuilt,
  matrixPage,
  matrixSummary,
  MAX_TOUCHED,
  prepareCatalog,
  reprepareCatalog,
  type PageOptions,
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

/** What is read after a step of a chain (most steps read the summary only: the lazy path). */
type Read =
  | { kind: 'summary' }
  | { kind: 'page'; options: PageOptions; start: number }
  | { kind: 'item'; at: number; options: PageOptions }
  | { kind: 'adjacency' }
  | { kind: 'bits' };

const pageOptions: fc.Arbitrary<PageOptions> = fc.record({
  first: fc.integer({ min: 0, max: 40 }),
  compatible: fc.constantFrom<boolean | null | undefined>(true, false, null, undefined),
});

const read: fc.Arbitrary<Read> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ kind: 'summary' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('page' as const),
      options: pageOptions,
      start: fc.nat(),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('item' as const),
      at: fc.nat(),
      options: pageOptions,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'adjacency' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'bits' as const }) },
);

/** A write as the service follows it: creates append, updates and deletes anywhere. */
const write: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.constant(1e9), attributes }),
  edit,
);

/** What `read` gives on `prepared` equals what it gives on a cold prepare of the same items. */
function expectReadLikeCold(prepared: PreparedCatalog, r: Read): void {
  const cold = prepareCatalog(prepared.compiled, prepared.items);
  expect(matrixSummary(prepared)).toEqual(matrixSummary(cold));
  const n = prepared.size;
  switch (r.kind) {
    case 'summary':
      return;
    case 'page': {
      // A page from the start, and one after a cursor taken from the first.
      const first = matrixPage(prepared, r.options);
      expect(first).toEqual(matrixPage(cold, r.options));
      if (first.cursors.length > 0) {
        const after = first.cursors[r.start % first.cursors.length];
        const options = { ...r.options, after };
        expect(matrixPage(prepared, options)).toEqual(matrixPage(cold, options));
      }
      return;
    }
    case 'item': {
      if (n === 0) return;
      const at = r.at % n;
      const mine = evaluateItem(prepared, at);
      const theirs = evaluateItem(cold, at);
      expect([mine.itemId, mine.compatibleCount, mine.incompatibleCount]).toEqual([
        theirs.itemId,
        theirs.compatibleCount,
        theirs.incompatibleCount,
      ]);
      expect(mine.page(r.options)).toEqual(theirs.page(r.options));
      return;
    }
    case 'adjacency':
      expect(adjacency(prepared).map(row => Array.from(row))).toEqual(
        adjacency(cold).map(row => Array.from(row)),
      );
      return;
    case 'bits':
      expect(Array.from(prepared.matrix!.bits!)).toEqual(Array.from(cold.matrix!.bits!));
      return;
  }
}

describe('reprepareCatalog over chains of writes (lazy bitset, derived columns)', () => {
  it('every read after every write of a random sequence equals a cold prepare + full matrix', () => {
    fc.assert(
      fc.property(
        catalog(0, 60),
        rules,
        fc.array(fc.tuple(write, read, fc.boolean()), { maxLength: 14 }),
        (its, rs, steps) => {
          let prepared = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
          matrixSummary(prepared);
          for (const [e, r, kernels] of steps) {
            // Columns are derived only from a revision whose kernels are built: vary it.
            if (kernels && prepared.size > 0) void prepared.isCompatible;
            const { items, origin } = applyEdits(prepared.items, [e]);
            prepared = reprepareCatalog(prepared, items, origin);
            expect(prepared.matrix).not.toBeNull();
            expectReadLikeCold(prepared, r);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('several writes between two revisions (composed origins) stay exact', () => {
    fc.assert(
      fc.property(
        catalog(1, 60),
        rules,
        fc.array(fc.array(write, { minLength: 1, maxLength: 5 }), { maxLength: 6 }),
        read,
        (its, rs, batches, r) => {
          let prepared = prepareCatalog(compileRuleSet(null, toDefs(rs)), its);
          matrixSummary(prepared);
          for (const batch of batches) {
            const { items, origin } = applyEdits(prepared.items, batch);
            prepared = reprepareCatalog(prepared, items, origin);
            expect(matrixSummary(prepared)).toEqual(
              matrixSummary(prepareCatalog(prepared.compiled, prepared.items)),
            );
          }
          expectReadLikeCold(prepared, r);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a summary after a write builds no bitset; the first page builds it', () => {
    const rs = toDefs([
      { name: 'same_x', type: 'exclusion', enabled: true, condition: { equals: { field: 'x' } } },
      {
        name: 'layers',
        type: 'exclusion',
        enabled: true,
        condition: { part_layer_conflict: { field: 'c' } },
      },
    ]);
    const its: ItemDef[] = Array.from({ length: 300 }, (_, k) => ({
      id: `i${k}`,
      name: `I ${k}`,
      attributes: { x: k % 7, c: [{ parts: [['a', 'b', 'c'][k % 3]], layer: k % 4 }] },
    }));
    let prepared = prepareCatalog(compileRuleSet(null, rs), its);
    matrixSummary(prepared);
    expect(matrixBitsBuilt(prepared)).toBe(true);
    const writes: Edit[] = [
      { kind: 'insert', at: 1e9, attributes: { x: 3, c: [{ parts: ['a'], layer: 9 }] } },
      { kind: 'update', at: 17, attributes: { x: 100 } },
      { kind: 'delete', at: 5 },
      // A part the catalog has not seen: that column is built anew.
      { kind: 'update', at: 40, attributes: { x: 1, c: [{ parts: ['zz'], layer: 1 }] } },
    ];
    for (const e of writes) {
      void prepared.isCompatible;
      const { items, origin } = applyEdits(prepared.items, [e]);
      prepared = reprepareCatalog(prepared, items, origin);
      expect(matrixSummary(prepared)).toEqual(
        matrixSummary(prepareCatalog(prepared.compiled, prepared.items)),
      );
      expect(matrixBitsBuilt(prepared)).toBe(false);
    }
    expectReadLikeCold(prepared, {
      kind: 'page',
      options: { first: 30, compatible: false },
      start: 3,
    });
    expect(matrixBitsBuilt(prepared)).toBe(true);
  });

  it('builds the bitset once as many items as MAX_TOUCHED changed since the last one', () => {
    const its: ItemDef[] = Array.from({ length: 100 }, (_, k) => ({
      id: `i${k}`,
      name: `I ${k}`,
      attributes: { x: k % 5 },
    }));
    const rs = toDefs([
      { name: 'same_x', type: 'exclusion', enabled: true, condition: { equals: { field: 'x' } } },
    ]);
    let prepared = prepareCatalog(compileRuleSet(null, rs), its);
    matrixSummary(prepared);
    const built: boolean[] = [];
    for (let k = 0; k <= MAX_TOUCHED; k++) {
      const { items, origin } = applyEdits(prepared.items, [
        { kind: 'update', at: k, attributes: { x: (k * 3) % 5 } },
      ]);
      prepared = reprepareCatalog(prepared, items, origin);
      built.push(matrixBitsBuilt(prepared));
    }
    // Pending through MAX_TOUCHED changed items, built at the next one: the work a first
    // read does (a row per changed item) and what a pending matrix holds stay bounded.
    expect(built.indexOf(true)).toBe(MAX_TOUCHED);
    expectReadLikeCold(prepared, { kind: 'bits' });
  });
});
