import { decide, type DecisionPolicy } from '../../../../src/guards/persisted-operations/decide';
import { documentIdOf, sha256Hex } from '../../../../src/guards/persisted-operations/document-id';
import {
  persistedTarget,
  type PersistedRequestInput,
} from '../../../../src/guards/persisted-operations/request';

const DOC = 'query A { catalogs { totalCount } }';
const ID = documentIdOf(DOC);
const HEX = sha256Hex(DOC);
const OTHER = 'query B { schemas { totalCount } }';
const apq = (hash: unknown, version: unknown = 1) => ({ version, sha256Hash: hash });

const ALLOW: DecisionPolicy = { mode: 'allow', apq: true };
const ALLOW_NO_APQ: DecisionPolicy = { mode: 'allow', apq: false };
const ENFORCE: DecisionPolicy = { mode: 'enforce', apq: false };
const MANIFEST = new Map([[ID, DOC]]);

/** What the plugin does: read the target, look its id up, decide. */
function run(input: PersistedRequestInput, policy: DecisionPolicy) {
  const target = persistedTarget(input, policy.mode === 'enforce');
  return decide(target, policy, 'id' in target && target.id ? MANIFEST.get(target.id) : undefined);
}

describe('persistedTarget', () => {
  it('reads documentId, APQ hashes and plain queries', () => {
    expect(persistedTarget({ documentId: HEX }, false)).toEqual({
      kind: 'documentId',
      id: ID,
      raw: HEX,
    });
    expect(persistedTarget({ documentId: 'x-app:1' }, false)).toMatchObject({ id: undefined });
    expect(persistedTarget({ persistedQuery: apq(HEX) }, false)).toEqual({
      kind: 'apq',
      id: ID,
      registering: false,
    });
    expect(persistedTarget({ persistedQuery: apq(HEX), query: DOC }, false)).toMatchObject({
      registering: true,
    });
    expect(persistedTarget({ query: DOC }, true)).toEqual({ kind: 'query', id: ID });
    expect(persistedTarget({ query: DOC }, false)).toEqual({ kind: 'none' });
    expect(persistedTarget({}, true)).toEqual({ kind: 'none' });
  });

  it.each([
    [{ documentId: 42 }, /must be a non-empty string/],
    [{ documentId: ID, query: DOC }, /either `documentId` or `query`/],
    [{ documentId: ID, persistedQuery: apq(sha256Hex(OTHER)) }, /different documents/],
    [{ persistedQuery: apq(HEX, 2) }, /^Unsupported persisted query version$/],
    [{ persistedQuery: 'x' }, /^Unsupported persisted query version$/],
    [{ persistedQuery: apq('abc') }, /must be 64 hex digits/],
    [{ persistedQuery: apq(HEX), query: OTHER }, /^provided sha does not match query$/],
  ])('refuses a contradictory or malformed request %#', (input, message) => {
    const target = persistedTarget(input as PersistedRequestInput, true);
    expect(target).toMatchObject({ kind: 'invalid', message: expect.stringMatching(message) });
    expect(decide(target, ALLOW, undefined)).toMatchObject({
      action: 'refuse',
      code: 'BAD_REQUEST',
    });
  });

  it('accepts a documentId together with the same APQ hash', () => {
    expect(persistedTarget({ documentId: ID, persistedQuery: apq(HEX) }, true)).toMatchObject({
      kind: 'documentId',
    });
  });
});

describe('decide: allow mode', () => {
  it('runs manifest documents by documentId or APQ hash, without APQ registration', () => {
    const expected = { action: 'run', id: ID, document: DOC };
    expect(run({ documentId: ID }, ALLOW)).toEqual(expected);
    expect(run({ persistedQuery: apq(HEX) }, ALLOW)).toEqual(expected);
    expect(run({ persistedQuery: apq(HEX), query: DOC }, ALLOW)).toEqual(expected);
  });

  it('answers an unknown documentId PERSISTED_QUERY_NOT_FOUND', () => {
    expect(run({ documentId: documentIdOf(OTHER) }, ALLOW)).toMatchObject({
      action: 'refuse',
      code: 'PERSISTED_QUERY_NOT_FOUND',
    });
  });

  it("leaves other APQ hashes and plain queries to Apollo's APQ", () => {
    expect(run({ persistedQuery: apq(sha256Hex(OTHER)) }, ALLOW)).toEqual({ action: 'pass' });
    expect(run({ persistedQuery: apq(sha256Hex(OTHER)), query: OTHER }, ALLOW)).toEqual({
      action: 'pass',
    });
    expect(run({ query: OTHER }, ALLOW)).toEqual({ action: 'pass' });
  });

  it('without Apollo APQ: asks for unknown hashes, runs a sent query as a plain one', () => {
    expect(run({ persistedQuery: apq(sha256Hex(OTHER)) }, ALLOW_NO_APQ)).toMatchObject({
      code: 'PERSISTED_QUERY_NOT_FOUND',
      message: 'PersistedQueryNotFound',
    });
    expect(run({ persistedQuery: apq(sha256Hex(OTHER)), query: OTHER }, ALLOW_NO_APQ)).toEqual({
      action: 'run',
    });
  });
});

describe('decide: enforce mode', () => {
  it('runs manifest documents however they are named', () => {
    expect(run({ documentId: HEX }, ENFORCE)).toEqual({ action: 'run', id: ID, document: DOC });
    expect(run({ persistedQuery: apq(HEX) }, ENFORCE)).toMatchObject({ action: 'run', id: ID });
    expect(run({ query: DOC }, ENFORCE)).toEqual({ action: 'run', id: ID });
  });

  it.each([
    ['a plain document', { query: OTHER }],
    ['an unknown documentId', { documentId: documentIdOf(OTHER) }],
    ['a custom documentId', { documentId: 'x-app:1' }],
    ['an unknown APQ hash', { persistedQuery: apq(sha256Hex(OTHER)) }],
    ['an APQ registration', { persistedQuery: apq(sha256Hex(OTHER)), query: OTHER }],
  ])('refuses %s with OPERATION_NOT_TRUSTED and says how to fix it', (_, input) => {
    expect(run(input, ENFORCE)).toEqual({
      action: 'refuse',
      code: 'OPERATION_NOT_TRUSTED',
      message: expect.stringMatching(
        /Use a persisted document from the trusted-documents manifest/,
      ),
    });
  });

  it('passes an empty request on (Apollo answers it)', () => {
    expect(run({}, ENFORCE)).toEqual({ action: 'pass' });
  });

  it('shortens a long id in the message', () => {
    const decision = run({ documentId: 'x'.repeat(500) }, ENFORCE);
    expect(decision.action === 'refuse' && decision.message.length).toBeLessThan(300);
  });
});
