/**
 * SECRET_KEY / SECRET_KEY_FILE (docs/operations.md, Secrets):
 * - development: when neither is set, a random 32-byte url-safe key for this process
 *   (configWarnings reports it);
 * - staging / production: required;
 * - everywhere: a key that is set must have at least 32 characters; outside development
 *   it must not be a known example value.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isProductionLike, type Environment, type SecretsConfig } from './app-config';

export const MIN_SECRET_KEY_LENGTH = 32;
export const SECRET_KEY_COMMAND =
  "node -e \"console.log(require('crypto').randomBytes(32).toString('base64url'))\"";

/** Values found in docs, samples and tutorials; refused outside development. */
const KNOWN_EXAMPLE_KEYS = new Set(
  [
    'changeme',
    'change-me',
    'change_me',
    'secret',
    'secret-key',
    'secret_key',
    'your-secret-key',
    'your_secret_key',
    'your-secret-key-here',
    'supersecret',
    'development-secret-key-not-for-production',
    'replace-me-with-a-random-32-byte-key-000000',
    'CHANGE_ME_generate_with_node_crypto_randomBytes_32',
  ].map(k => k.toLowerCase()),
);
const EXAMPLE_PATTERN = /change[-_ ]?me|replace[-_ ]?me|your[-_ ]?secret|example|placeholder/i;

export interface SecretInput {
  readonly environment: Environment;
  readonly secretKey: string | undefined;
  readonly secretKeyFile: string | undefined;
  readonly cwd: string;
}

export type SecretResult = { ok: true; value: SecretsConfig } | { ok: false; errors: string[] };

export function resolveSecretKey(input: SecretInput): SecretResult {
  const { environment, secretKey, secretKeyFile } = input;
  const keyGiven = secretKey !== undefined && secretKey.trim() !== '';
  const fileGiven = secretKeyFile !== undefined && secretKeyFile.trim() !== '';
  if (keyGiven && fileGiven) {
    return fail('SECRET_KEY and SECRET_KEY_FILE are both set: set only one of them.');
  }
  if (fileGiven) return fromFile(resolve(input.cwd, secretKeyFile.trim()), environment);
  if (keyGiven) return check(secretKey, 'env', 'SECRET_KEY', environment);
  if (isProductionLike(environment)) {
    const empty = secretKey !== undefined ? 'is empty' : 'is not set';
    return fail(
      `SECRET_KEY ${empty}: ${environment} needs a secret of at least ${MIN_SECRET_KEY_LENGTH} characters in SECRET_KEY or in a file named by SECRET_KEY_FILE. Generate one with: ${SECRET_KEY_COMMAND}`,
    );
  }
  return {
    ok: true,
    value: { secretKey: randomBytes(32).toString('base64url'), secretKeySource: 'generated' },
  };
}

function fromFile(path: string, environment: Environment): SecretResult {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    return fail(`SECRET_KEY_FILE: cannot read ${path} (${code}).`);
  }
  // Files written by `echo`, editors, Docker and Kubernetes secrets end with a newline.
  const key = content.replace(/[\r\n]+$/, '');
  return check(key, 'file', `SECRET_KEY_FILE (${path})`, environment);
}

function check(
  key: string,
  source: 'env' | 'file',
  name: string,
  environment: Environment,
): SecretResult {
  if (key.trim() === '') {
    return fail(`${name} is empty. Generate a secret with: ${SECRET_KEY_COMMAND}`);
  }
  if (key.length < MIN_SECRET_KEY_LENGTH) {
    return fail(
      `${name} is too short (${key.length} characters, at least ${MIN_SECRET_KEY_LENGTH} needed). Generate one with: ${SECRET_KEY_COMMAND}`,
    );
  }
  if (isProductionLike(environment) && looksLikeExample(key)) {
    return fail(
      `${name} is a well-known example value, not a secret. Generate one with: ${SECRET_KEY_COMMAND}`,
    );
  }
  return { ok: true, value: { secretKey: key, secretKeySource: source } };
}

function looksLikeExample(key: string): boolean {
  return (
    KNOWN_EXAMPLE_KEYS.has(key.toLowerCase()) || EXAMPLE_PATTERN.test(key) || new Set(key).size < 8 // "aaaa...", "abababab..."
  );
}

function fail(message: string): SecretResult {
  return { ok: false, errors: [message] };
}
