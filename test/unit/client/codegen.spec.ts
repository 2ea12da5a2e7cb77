/**
 * The committed client code (src/client/generated/) is exactly what `npm run codegen` produces
 * from codegen.yml now, and its manifest is a valid trusted-documents manifest.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';

const ROOT = join(__dirname, '..', '..', '..');
const GENERATED = join(ROOT, 'src', 'client', 'generated');
const CLI = join(ROOT, 'node_modules', '@graphql-codegen', 'cli', 'esm', 'bin.js');
const FIX = 'Run `npm run codegen` and commit src/client/generated/.';

let tmp: string;
/** Output file (relative to the project root) -> what codegen writes now. */
const outputs = new Map<string, string>();

/**
 * Runs the codegen CLI (its programmatic API needs ESM-only yargs, which jest cannot load) on
 * codegen.yml with every output redirected under a temporary directory.
 */
beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'rulate-codegen-'));
  const config = parseYaml(readFileSync(join(ROOT, 'codegen.yml'), 'utf8'));
  config.generates = Object.fromEntries(
    Object.entries(config.generates).map(([target, output]) => [join(tmp, target), output]),
  );
  const configFile = join(tmp, 'codegen.yml');
  writeFileSync(configFile, stringifyYaml(config));
  await promisify(execFile)(process.execPath, [CLI, '--config', configFile, '--silent'], {
    cwd: ROOT,
  });
  for (const file of readdirSync(join(tmp, 'src', 'client', 'generated'))) {
    const path = `src/client/generated/${file}`;
    outputs.set(path, readFileSync(join(tmp, path), 'utf8'));
  }
}, 60_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('generated client code (codegen.yml)', () => {
  it('has no committed file that codegen no longer writes', () => {
    const committed = readdirSync(GENERATED).map(f => `src/client/generated/${f}`);
    expect(committed.sort()).toEqual([...outputs.keys()].sort());
  });

  it('matches what codegen produces now, byte for byte', () => {
    for (const [file, content] of outputs) {
      const committed = readFileSync(join(ROOT, file), 'utf8');
      if (committed !== content) throw new Error(`${file} drifted from codegen.yml. ${FIX}`);
    }
  });
});

describe('trusted-documents manifest (persisted-documents.json)', () => {
  const manifest = (): Record<string, string> =>
    JSON.parse(readFileSync(join(GENERATED, 'persisted-documents.json'), 'utf8'));

  it('keys every document by the sha256 of its exact text', () => {
    const entries = Object.entries(manifest());
    expect(entries.length).toBeGreaterThan(0);
    for (const [key, document] of entries) {
      expect(key).toBe(`sha256:${createHash('sha256').update(document).digest('hex')}`);
    }
  });

  it('holds one named operation per document, with __typename for Apollo Client', () => {
    const names = Object.values(manifest()).map(doc => /(?:query|mutation) (\w+)/.exec(doc)?.[1]);
    expect(names).toEqual(expect.arrayContaining(['Catalogs', 'EvaluateMatrix', 'ImportAll']));
    expect(new Set(names).size).toBe(names.length);
    for (const doc of Object.values(manifest())) expect(doc).toContain('__typename');
  });
});
