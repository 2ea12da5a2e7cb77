import { parseConditionTree, type LeafParsers } from '../../../../src/engine/conditions/tree';
import { parsePairwiseCondition } from '../../../../src/engine/conditions/parse-pairwise';

type Leaf = { op: 'leaf'; config: unknown };
const leaves: LeafParsers<Leaf, null> = {
  leaf: (_op, config, path) =>
    config === 'bad'
      ? { node: { op: 'invalid', reason: 'bad' }, errors: [{ path, code: 'X', message: 'bad' }] }
      : {
          node: { op: 'leaf', config },
          warnings: config === 'warn' ? [{ path, code: 'W', message: 'w' }] : [],
        },
};
const parse = (json: unknown, maxDepth?: number) =>
  parseConditionTree(json, 'rules[2].condition', leaves, null, { maxDepth });
const codes = (json: unknown) => parse(json).errors.map(e => [e.path, e.code]);

describe('parseConditionTree', () => {
  it('parses combinators, with or as an alias of any', () => {
    const r = parse({ all: [{ leaf: 1 }, { or: [{ leaf: 2 }] }, { not: { leaf: 3 } }] });
    expect(r.errors).toEqual([]);
    expect(r.node).toEqual({
      op: 'all',
      children: [
        { op: 'leaf', config: 1 },
        { op: 'any', children: [{ op: 'leaf', config: 2 }] },
        { op: 'not', child: { op: 'leaf', config: 3 } },
      ],
    });
  });

  it('accepts empty lists (they evaluate to false)', () => {
    expect(parse({ all: [] })).toEqual({
      node: { op: 'all', children: [] },
      errors: [],
      warnings: [],
    });
    expect(parse({ any: [] }).node).toEqual({ op: 'any', children: [] });
  });

  it('refuses nodes with zero or several keys, with the node path', () => {
    expect(codes({})).toEqual([['rules[2].condition', 'INVALID_CONDITION']]);
    expect(codes({ all: [{ leaf: 1, other: 2 }] })).toEqual([
      ['rules[2].condition.all[0]', 'INVALID_CONDITION'],
    ]);
  });

  it('refuses non-objects anywhere', () => {
    for (const bad of [null, 1, 'x', [], true, undefined]) {
      expect(codes(bad)).toEqual([['rules[2].condition', 'INVALID_CONDITION']]);
    }
    expect(codes({ any: [1, { leaf: 1 }, []] })).toEqual([
      ['rules[2].condition.any[0]', 'INVALID_CONDITION'],
      ['rules[2].condition.any[2]', 'INVALID_CONDITION'],
    ]);
  });

  it.each(['all', 'any', 'or'])('%s takes a list, anything else is an error', op => {
    for (const bad of [{ leaf: 1 }, 'x', null, 3]) {
      const r = parse({ [op]: bad });
      expect(r.errors.map(e => [e.path, e.code])).toEqual([
        [`rules[2].condition.${op}`, 'INVALID_OPERAND'],
      ]);
      expect(r.node.op).toBe('invalid');
    }
  });

  it('not without a condition is an error but parses to a NotNode with a null child', () => {
    for (const missing of [null, {}, undefined]) {
      const r = parse({ not: missing });
      expect(r.node).toEqual({ op: 'not', child: null });
      expect(r.errors.map(e => [e.path, e.code])).toEqual([
        ['rules[2].condition.not', 'MISSING_CONDITION'],
      ]);
    }
    expect(parse({ not: [{ leaf: 1 }] }).errors[0].code).toBe('INVALID_OPERAND');
  });

  it('names the known operators for an unknown one', () => {
    const r = parse({ all: [{ leaf: 1 }, { nope: {} }] });
    expect(r.errors).toEqual([
      {
        path: 'rules[2].condition.all[1]',
        code: 'UNKNOWN_OPERATOR',
        message: "Unknown operator 'nope'; known operators: all, any, leaf, not, or",
      },
    ]);
    expect(r.node).toEqual({
      op: 'all',
      children: [
        { op: 'leaf', config: 1 },
        { op: 'invalid', reason: expect.stringContaining('nope') },
      ],
    });
  });

  it('does not treat prototype keys as operators', () => {
    expect(codes({ constructor: {} })).toEqual([['rules[2].condition', 'UNKNOWN_OPERATOR']]);
    expect(codes({ toString: {} })).toEqual([['rules[2].condition', 'UNKNOWN_OPERATOR']]);
  });

  it('collects leaf errors and warnings', () => {
    const r = parse({ any: [{ leaf: 'bad' }, { leaf: 'warn' }] });
    expect(r.errors.map(e => e.path)).toEqual(['rules[2].condition.any[0].leaf']);
    expect(r.warnings.map(e => e.path)).toEqual(['rules[2].condition.any[1].leaf']);
  });

  it('accepts 32 levels and refuses 33', () => {
    const nest = (levels: number): unknown => {
      let c: unknown = { leaf: 1 };
      for (let k = 1; k < levels; k++) c = { not: c };
      return c;
    };
    expect(parse(nest(32)).errors).toEqual([]);
    const deep = parse(nest(33));
    expect(deep.errors).toHaveLength(1);
    expect(deep.errors[0].code).toBe('CONDITION_TOO_DEEP');
    expect(deep.errors[0].path).toBe(`rules[2].condition${'.not'.repeat(32)}`);
  });

  it('never throws on cyclic objects', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.all = [cyclic];
    const r = parse(cyclic);
    expect(r.errors.map(e => e.code)).toEqual(['CONDITION_TOO_DEEP']);
    const self: Record<string, unknown> = {};
    self.not = self;
    expect(parse(self).errors[0].code).toBe('CONDITION_TOO_DEEP');
  });

  it('bounds the work on shared sub-objects (exponential DAGs from JS callers)', () => {
    let c: unknown = { leaf: 1 };
    for (let k = 0; k < 31; k++) c = { all: [c, c] };
    const r = parse(c);
    expect(r.errors.map(e => e.code)).toEqual(['CONDITION_TOO_LARGE']);
  });

  it('never throws on hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    const r = parse(hostile);
    expect(r.node.op).toBe('invalid');
    expect(r.errors[0].message).toContain('boom');
  });

  it('reports exact paths through a real pairwise condition', () => {
    const r = parsePairwiseCondition(
      { all: [{ equals: { field: 'category' } }, { equals: { field: 3 } }] },
      'rules[2].condition',
      null,
    );
    expect(r.errors.map(e => e.path)).toEqual(['rules[2].condition.all[1].equals.field']);
  });
});
