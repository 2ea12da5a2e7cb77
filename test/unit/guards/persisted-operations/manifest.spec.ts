import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  canonicalDocumentId,
  documentIdOf,
  sha256Hex,
} from '../../../../src/guards/persisted-operations/document-id';
import {
  loadManifestFile,
  ManifestError,
  manifestStore,
} from '../../../../src/guards/persisted-operations/file-store';

const DOC = 'query A { catalogs { totalCount } }';
const HEX = sha256Hex(DOC);

describe('document ids', () => {
  it('hashes the exact text (the APQ hash)', () => {
    expect(HEX).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256Hex(`${DOC} `)).not.toBe(HEX);
    expect(documentIdOf(DOC)).toBe(`sha256:${HEX}`);
  });

  it('canonicalises bare and prefixed sha256 ids, any case', () => {
    expect(canonicalDocumentId(HEX)).toBe(`sha256:${HEX}`);
    expect(canonicalDocumentId(`sha256:${HEX.toUpperCase()}`)).toBe(`sha256:${HEX}`);
  });

  it('refuses other id formats', () => {
    for (const id of [
      '',
      'abc',
      `sha1:${HEX}`,
      `${HEX}0`,
      'x-custom:42',
      `sha256:${'g'.repeat(64)}`,
    ]) {
      expect(canonicalDocumentId(id)).toBeUndefined();
    }
  });
});

describe('manifestStore', () => {
  it('serves documents by canonical id, from prefixed or bare keys', () => {
    const other = 'query B { schemas { totalCount } }';
    const store = manifestStore({ [`sha256:${HEX}`]: DOC, [sha256Hex(other)]: other });
    expect(store.size).toBe(2);
    expect(store.get(`sha256:${HEX}`)).toBe(DOC);
    expect(store.get(documentIdOf(other))).toBe(other);
    expect(store.get(HEX)).toBeUndefined(); // callers canonicalise first
  });

  it('refuses a tampered entry, naming it and the fix', () => {
    const tampered = { [`sha256:${HEX}`]: DOC.replace('totalCount', 'itemCount') };
    expect(() => manifestStore(tampered, 'm.json')).toThrow(ManifestError);
    expect(() => manifestStore(tampered, 'm.json')).toThrow(
      /m\.json: 1 untrusted entry\n {2}- "sha256:[0-9a-f]{64}": is not the sha256 of its document.*\nRegenerate it with `npm run codegen`/s,
    );
  });

  it('refuses bad keys, non-string documents and non-objects', () => {
    expect(() => manifestStore({ abc: DOC })).toThrow(/"abc": not a sha256 id/);
    expect(() => manifestStore({ [HEX]: 42 })).toThrow(/must be a non-empty string/);
    expect(() => manifestStore([DOC])).toThrow(/expected a JSON object/);
    expect(() => manifestStore(null)).toThrow(/expected a JSON object/);
  });

  it('reports at most five problems and counts the rest', () => {
    const bad = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`k${i}`, DOC]));
    expect(() => manifestStore(bad)).toThrow(/8 untrusted entries[\s\S]*\(3 more\)/);
  });
});

describe('loadManifestFile', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rulate-manifest-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('reads and validates the file once', () => {
    const path = join(dir, 'm.json');
    writeFileSync(path, JSON.stringify({ [`sha256:${HEX}`]: DOC }));
    const store = loadManifestFile(path);
    rmSync(path);
    expect(store.get(`sha256:${HEX}`)).toBe(DOC);
  });

  it('refuses a missing or unreadable file unless optional', () => {
    const missing = join(dir, 'none.json');
    expect(() => loadManifestFile(missing)).toThrow(/cannot read the trusted-documents manifest/);
    expect(loadManifestFile(missing, { optional: true }).size).toBe(0);
    writeFileSync(join(dir, 'bad.json'), '{ not json');
    expect(() => loadManifestFile(join(dir, 'bad.json'), { optional: true })).toThrow(
      ManifestError,
    );
  });
});
