/**
 * Env files: `ENV_FILE`, else `config/{ENVIRONMENT}.env` when it exists. Parsed with
 * dotenv.parse (process.env is never mutated). Real environment variables win.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'dotenv';
import type { Env } from './env-values';

export interface EnvFileResult {
  /** Absolute path of the file read, null when none. */
  readonly path: string | null;
  readonly values: Readonly<Record<string, string>>;
  readonly error: string | null;
}

const NONE: EnvFileResult = { path: null, values: {}, error: null };

/**
 * @param envFile `false` reads no file; a string is the path to read (must exist);
 *   `undefined` reads `config/<environment>.env` if present.
 */
export function readEnvFile(
  envFile: string | false | undefined,
  environment: string,
  cwd: string,
): EnvFileResult {
  if (envFile === false) return NONE;
  const explicit = envFile !== undefined;
  const path = resolve(cwd, explicit ? envFile : `config/${environment}.env`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return NONE;
    return { path, values: {}, error: `ENV_FILE: cannot read ${path} (${code ?? 'unreadable'})` };
  }
  return { path, values: parse(text), error: null };
}

/** `file` values overlaid by `env` values that are not blank. */
export function mergeEnv(file: Readonly<Record<string, string>>, env: Env): Env {
  const merged: Record<string, string | undefined> = { ...file };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) continue;
    if (value.trim() !== '' || !(key in merged)) merged[key] = value;
  }
  return merged;
}
