import { maxDepthRule } from '../../../src/guards/depth-limit';
import { check, checkOnly, nested } from './schema.fixture';

describe('maxDepthRule (graphql-depth-limit)', () => {
  const rule = maxDepthRule({ maxDepth: 3 });

  it('accepts an operation at the limit (depth counts edges below the root field)', () => {
    expect(check(nested(2), [rule])).toEqual([]); // node > child > child > id: depth 3
  });

  it('reports DEPTH_LIMIT_EXCEEDED once per operation, naming it and the setting', () => {
    const errors = check(
      `query Deep { node { child { child { child { id } } } } a: node { child { child { child { id } } } } }`,
      [rule],
    );
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      'Operation "Deep" is nested deeper than 3 levels (MAX_QUERY_DEPTH); ask for fewer nested fields.',
    );
    expect(errors[0].extensions).toEqual({ code: 'DEPTH_LIMIT_EXCEEDED', limit: 3 });
    expect(errors[0].locations).toBeDefined();
  });

  it('names the anonymous operation', () => {
    const [error] = check(nested(5), [rule]);
    expect(error.message).toMatch(/^The anonymous operation is nested deeper than 3 levels/);
  });

  it('follows fragments', () => {
    const doc = `{ node { ...A } } fragment A on Node { child { child { child { id } } } }`;
    expect(check(doc, [rule]).map(e => e.extensions.code)).toEqual(['DEPTH_LIMIT_EXCEEDED']);
  });

  it('does not count introspection fields', () => {
    expect(check('{ __schema { types { fields { type { ofType { name } } } } } }', [rule])).toEqual(
      [],
    );
  });

  it('leaves unknown and cyclic fragments to graphql-js instead of crashing', () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(checkOnly('{ node { ...Missing } }', [rule])).toEqual([]);
    expect(
      checkOnly('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }', [rule]),
    ).toEqual([]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it('skips documents whose inlined size is over maxSelections (maxSelectionsRule reports them)', () => {
    const small = maxDepthRule({ maxDepth: 1, maxSelections: 3 });
    expect(checkOnly(nested(5), [small])).toEqual([]);
  });

  it('uses the default depth of 10', () => {
    expect(check(nested(9), [maxDepthRule()])).toEqual([]);
    expect(check(nested(10), [maxDepthRule()])).toHaveLength(1);
  });
});
