import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig, SECRET_KEY_COMMAND, type Env } from '../../../src/config';

const GOOD = 'Zq3v8XbT1nR6pL0sK4wY7cF2hJ9mD5gA_-eUoIiBt';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'rulate-secret-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const env = (environment: string, extra: Env): Env => ({
  ENVIRONMENT: environment,
  PERSISTED_OPERATIONS: 'off',
  ...extra,
});
const secrets = (environment: string, extra: Env) =>
  loadConfig(env(environment, extra), { cwd: dir, envFile: false }).secrets;
const problems = (environment: string, extra: Env): readonly string[] => {
  try {
    secrets(environment, extra);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
};
const file = (content: string) => {
  const path = join(dir, 'secret_key');
  writeFileSync(path, content);
  return path;
};

describe('SECRET_KEY in development', () => {
  it('defaults to a random url-safe 32-byte key per process', () => {
    const a = secrets('development', {});
    const b = secrets('development', {});
    expect(a.secretKeySource).toBe('generated');
    expect(a.secretKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.secretKey).not.toBe(b.secretKey);
  });

  it('treats an empty SECRET_KEY as unset', () => {
    expect(secrets('development', { SECRET_KEY: '' }).secretKeySource).toBe('generated');
  });

  it('still refuses a short key', () => {
    expect(problems('development', { SECRET_KEY: 'dev' })).toEqual([
      `SECRET_KEY is too short (3 characters, at least 32 needed). Generate one with: ${SECRET_KEY_COMMAND}`,
    ]);
  });
});

describe.each(['production', 'staging'])('SECRET_KEY in %s', environment => {
  it('is required, with the command to generate one', () => {
    const [problem] = problems(environment, {});
    expect(problem).toMatch(new RegExp(`SECRET_KEY is not set: ${environment} needs a secret`));
    expect(problem).toContain(SECRET_KEY_COMMAND);
  });

  it('refuses an empty key', () => {
    expect(problems(environment, { SECRET_KEY: '  ' })[0]).toMatch(/SECRET_KEY is empty/);
  });

  it('refuses a key shorter than 32 characters', () => {
    expect(problems(environment, { SECRET_KEY: 'x'.repeat(31) })[0]).toMatch(
      /too short \(31 characters, at least 32/,
    );
  });

  it.each([
    'change-me-change-me-change-me-change-me',
    'your-secret-key-here-your-secret-key-here',
    'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    'CHANGE_ME_generate_with_node_crypto_randomBytes_32',
  ])('refuses the example value %s', key => {
    expect(problems(environment, { SECRET_KEY: key })[0]).toMatch(/well-known example value/);
  });

  it('accepts a real key', () => {
    expect(secrets(environment, { SECRET_KEY: GOOD })).toEqual({
      secretKey: GOOD,
      secretKeySource: 'env',
    });
  });
});

describe('SECRET_KEY_FILE', () => {
  it('reads the key and trims the trailing newline', () => {
    expect(secrets('production', { SECRET_KEY_FILE: file(`${GOOD}\n`) })).toEqual({
      secretKey: GOOD,
      secretKeySource: 'file',
    });
    expect(secrets('production', { SECRET_KEY_FILE: file(`${GOOD}\r\n`) }).secretKey).toBe(GOOD);
  });

  it('resolves a relative path against the working directory', () => {
    file(GOOD);
    expect(secrets('production', { SECRET_KEY_FILE: 'secret_key' }).secretKey).toBe(GOOD);
  });

  it('refuses an empty or short file', () => {
    expect(problems('production', { SECRET_KEY_FILE: file('\n') })[0]).toMatch(
      /SECRET_KEY_FILE \(.*\) is empty/,
    );
    expect(problems('development', { SECRET_KEY_FILE: file('short\n') })[0]).toMatch(
      /SECRET_KEY_FILE \(.*\) is too short \(5 characters/,
    );
  });

  it('refuses a missing file', () => {
    expect(problems('production', { SECRET_KEY_FILE: join(dir, 'nope') })).toEqual([
      `SECRET_KEY_FILE: cannot read ${join(dir, 'nope')} (ENOENT).`,
    ]);
  });

  it('refuses SECRET_KEY and SECRET_KEY_FILE together', () => {
    expect(problems('production', { SECRET_KEY: GOOD, SECRET_KEY_FILE: file(GOOD) })[0]).toMatch(
      /both set: set only one/,
    );
  });

  it('is reported together with other problems', () => {
    expect(problems('production', { SECRET_KEY: 'short', PORT: 'x' })).toHaveLength(2);
  });
});
