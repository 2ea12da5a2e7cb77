import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_CODES } from '../../../src/errors';

describe('docs/errors.md', () => {
  const page = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'errors.md'), 'utf8');

  it.each(Object.keys(ERROR_CODES))('names %s', code => {
    const named =
      page.includes(`\`${code}\``) ||
      (code.startsWith('GRAPHQL_') && page.includes('`GRAPHQL_*`')) ||
      (code.endsWith('_LIMIT_EXCEEDED') && page.includes('`*_LIMIT_EXCEEDED`'));
    expect(named).toBe(true);
  });
});
