import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The layer fences of eslint.config.mjs (docs/architecture.md): ESLint's Node API lints small
 * in-memory files placed inside each layer. It runs in a child process: ESLint loads its
 * config with a dynamic `import()`, which Jest's module sandbox does not provide. Type-aware
 * rules are off there (no TypeScript program: the fences need none).
 */

const root = join(__dirname, '..', '..');

const LINT = `
const { ESLint } = require('eslint');
(async () => {
  const { default: tseslint } = await import('typescript-eslint');
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: tseslint.configs.disableTypeChecked });
  const cases = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
  const out = [];
  for (const { filePath, code } of cases) {
    const [result] = await eslint.lintText(code, { filePath });
    out.push(result.messages.filter(m => m.ruleId === 'no-restricted-imports' || m.fatal).map(m => m.message));
  }
  process.stdout.write(JSON.stringify(out));
})().catch(error => { console.error(error); process.exit(1); });
`;

interface Case {
  /** Where the file would live, relative to the repository. */
  readonly file: string;
  readonly from: string;
}

/** The no-restricted-imports messages for each case (an import of `from`, used). */
function fenceMessages(cases: readonly Case[]): string[][] {
  const input = cases.map(({ file, from }) => ({
    filePath: join(root, file),
    code: `import { probe } from '${from}';\n\nexport const used = probe;\n`,
  }));
  const output = execFileSync(process.execPath, ['-e', LINT], {
    cwd: root,
    input: JSON.stringify(input),
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(output) as string[][];
}

describe('layer fences (eslint.config.mjs)', () => {
  const refused: Case[] = [
    { file: 'src/guards/index.ts', from: '../services' },
    { file: 'src/guards/cost/plugin.ts', from: '../../services/catalog.service' },
    { file: 'src/guards/index.ts', from: '../persistence' },
    { file: 'src/guards/rate-limit/store.ts', from: '../../persistence/request-scope' },
    { file: 'src/guards/index.ts', from: '../graphql/resolvers' },
    { file: 'src/guards/index.ts', from: '../graphql' },
    { file: 'src/services/catalog.service.ts', from: '../graphql/context' },
    { file: 'src/services/evaluation-pool/pool.ts', from: '../../guards' },
    { file: 'src/services/catalog.service.ts', from: '../http/errors' },
    { file: 'src/persistence/index.ts', from: '../services' },
    { file: 'src/persistence/repositories/item.repository.ts', from: '../../graphql/schema' },
    { file: 'src/persistence/index.ts', from: '../guards/cost' },
    { file: 'src/persistence/index.ts', from: '../http/health' },
  ];
  const allowed: Case[] = [
    { file: 'src/guards/index.ts', from: '../graphql/context' },
    { file: 'src/guards/cost/plugin.ts', from: '../../config' },
    { file: 'src/guards/index.ts', from: 'graphql' },
    { file: 'src/services/catalog.service.ts', from: '../persistence/entities' },
    { file: 'src/persistence/repositories/item.repository.ts', from: '../../engine/model' },
    { file: 'src/graphql/server.ts', from: '../services' },
    { file: 'src/app.ts', from: './persistence' },
  ];

  let messages: string[][];
  beforeAll(() => {
    messages = fenceMessages([...refused, ...allowed]);
  }, 120_000);

  it.each(refused.map((c, i) => [c.file, c.from, i] as const))(
    'refuses, in %s, an import of %s',
    (_file, _from, i) => {
      expect(messages[i]).toHaveLength(1);
      expect(messages[i]?.[0]).toMatch(/src\/(guards|services|persistence)/);
    },
  );

  it.each(allowed.map((c, i) => [c.file, c.from, refused.length + i] as const))(
    'allows, in %s, an import of %s',
    (_file, _from, i) => {
      expect(messages[i]).toEqual([]);
    },
  );
});
