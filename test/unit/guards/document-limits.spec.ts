import { analyzeDocument } from '../../../src/guards/document-analysis';
import {
  documentLimitRules,
  maxAliasesRule,
  maxDirectivesRule,
  maxSelectionsRule,
} from '../../../src/guards/document-limits';
import { parse } from 'graphql';
import { check, checkOnly } from './schema.fixture';

const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: hello`).join(' ');

/** 2^levels spreads of the last fragment from a document of a few hundred characters. */
function fragmentBomb(levels: number): string {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === levels - 1
      ? `fragment F${i} on Query { hello }`
      : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
  );
  return `query Bomb { ...F0 } ${fragments.join(' ')}`;
}

describe('document analysis', () => {
  it('counts selections, aliases and directives with fragments inlined per spread', () => {
    const doc =
      parse(`query Q($v: Boolean! @deprecated) @skip(if: false) { ...F ...F n: node { id } }
      fragment F on Query @include(if: true) { x: hello @skip(if: false) }`);
    const [op] = analyzeDocument(doc).operations;
    expect(op.label).toBe('Operation "Q"');
    expect({ s: op.selections, a: op.aliases, d: op.directives }).toEqual({ s: 6, a: 3, d: 6 });
    expect(analyzeDocument(doc)).toBe(analyzeDocument(doc)); // cached per document
  });

  it('is linear in the document even when the inlined size is exponential', () => {
    const started = Date.now();
    const [op] = analyzeDocument(parse(fragmentBomb(60))).operations;
    expect(op.selections).toBeGreaterThan(2 ** 59);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('marks unknown and cyclic fragments as unsound without looping', () => {
    expect(analyzeDocument(parse('{ ...Missing }')).sound).toBe(false);
    expect(analyzeDocument(parse('{ ...A } fragment A on Query { ...A }')).sound).toBe(false);
    expect(analyzeDocument(parse('{ hello }')).sound).toBe(true);
  });
});

describe('document limit rules', () => {
  it('maxAliasesRule: accepts the limit, refuses one more with DOCUMENT_LIMIT_EXCEEDED', () => {
    expect(check(`{ ${aliases(3)} }`, [maxAliasesRule(3)])).toEqual([]);
    const errors = check(`query Many { ${aliases(4)} }`, [maxAliasesRule(3)]);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toBe(
      'Operation "Many" uses 4 aliases; at most 3 are allowed (MAX_ALIASES). Use fewer aliased fields or split the operation.',
    );
    expect(errors[0].extensions).toEqual({ code: 'DOCUMENT_LIMIT_EXCEEDED', limit: 3, actual: 4 });
  });

  it('maxAliasesRule: counts aliases in a fragment each time it is spread', () => {
    const doc = `{ ...F ...F } fragment F on Query { a: hello b: hello }`;
    expect(check(doc, [maxAliasesRule(3)]).map(e => e.extensions.actual)).toEqual([4]);
  });

  it('maxDirectivesRule', () => {
    const doc = `{ hello @skip(if: false) @include(if: true) node { id @skip(if: false) } }`;
    expect(check(doc, [maxDirectivesRule(3)])).toEqual([]);
    const [error] = check(doc, [maxDirectivesRule(2)]);
    expect(error.message).toBe(
      'The anonymous operation uses 3 directives; at most 2 are allowed (MAX_DIRECTIVES).',
    );
    expect(error.extensions.code).toBe('DOCUMENT_LIMIT_EXCEEDED');
  });

  it('maxSelectionsRule refuses a fragment bomb before anything walks it', () => {
    const [error] = checkOnly(fragmentBomb(40), [maxSelectionsRule(10_000)]);
    expect(error.message).toMatch(/^Operation "Bomb" expands to more than 10000 selections/);
    expect(error.extensions).toMatchObject({ code: 'DOCUMENT_LIMIT_EXCEEDED', limit: 10_000 });
  });

  it('reports before graphql-js own rules (the first error decides the status)', () => {
    const errors = check(`{ ${aliases(2)} unknownField }`, documentLimitRules({ maxAliases: 1 }));
    expect(errors.map(e => e.extensions.code ?? 'graphql-js')).toEqual([
      'DOCUMENT_LIMIT_EXCEEDED',
      'graphql-js',
    ]);
  });

  it('defaults: 30 aliases, 50 directives', () => {
    const rules = documentLimitRules();
    expect(check(`{ ${aliases(30)} }`, rules)).toEqual([]);
    expect(check(`{ ${aliases(31)} }`, rules)).toHaveLength(1);
    const directives = (n: number) => `{ ${'hello @include(if: true) '.repeat(n)} }`;
    expect(check(directives(50), rules)).toEqual([]);
    expect(check(directives(51), rules)).toHaveLength(1);
  });
});
