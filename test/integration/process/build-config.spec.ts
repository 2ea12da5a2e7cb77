/**
 * What `npm run build` compiles (the Dockerfile runs it): the server and its migrations, not
 * the benchmarks nor the tests (docs/container.md). The benchmarks have their own config.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(__dirname, '..', '..', '..');

/** The repository's own files a tsconfig compiles, as repository paths (`src/main.ts`...). */
function compiledFiles(project: string): string[] {
  const out = execFileSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', project, '--listFilesOnly'],
    { cwd: root, encoding: 'utf8', timeout: 120_000 },
  );
  return out
    .split('\n')
    .filter(line => line.trim() !== '')
    .map(line => relative(root, line.trim()).split(sep).join('/'))
    .filter(path => !path.startsWith('node_modules/') && !path.startsWith('..'));
}

const topFolders = (files: string[]) => [...new Set(files.map(f => f.split('/')[0]))].sort();

describe('build configuration', () => {
  it('npm run build uses tsconfig.build.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.build).toBe('tsc -p tsconfig.build.json');
    expect(pkg.scripts['test:integration']).toBeDefined();
    expect(pkg.scripts['pretest:integration']).toBe('npm run build');
  });

  it('the production build compiles src/ and migrations/ only', () => {
    const files = compiledFiles('tsconfig.build.json');
    expect(files).toContain('src/main.ts');
    expect(topFolders(files)).toEqual(['migrations', 'src']);
    expect(files.filter(f => f.startsWith('src/client/'))).toEqual([]);
  }, 120_000);

  it('the benchmark build adds bench/', () => {
    const files = compiledFiles('tsconfig.bench.json');
    expect(files).toContain('bench/api.bench.ts');
    expect(topFolders(files)).toEqual(['bench', 'migrations', 'src']);
  }, 120_000);
});
