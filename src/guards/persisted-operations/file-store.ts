import { existsSync, readFileSync } from 'node:fs';
import { canonicalDocumentId, documentIdOf } from './document-id';
import type { PersistedDocumentStore } from './store';

/** A manifest that cannot be trusted (not JSON, wrong shape, or a key that is not its document's hash). */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

/** The trusted documents of one manifest, keyed by canonical id `sha256:<hex>`. */
export interface ManifestDocumentStore extends PersistedDocumentStore {
  get(id: string): string | undefined;
  readonly size: number;
}

const MAX_REPORTED = 5;

/**
 * Validates a parsed manifest `{ "<sha256 hex>" | "sha256:<hex>": "<document>" }` (as
 * graphql-codegen's client preset writes it with `hashAlgorithm: 'sha256'`) and returns its
 * documents by canonical id. Every key must be the sha256 of its document's exact text: a
 * tampered manifest is refused whole.
 */
export function manifestStore(manifest: unknown, source = 'manifest'): ManifestDocumentStore {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new ManifestError(`${source}: expected a JSON object { "<sha256>": "<document>" }`);
  }
  const documents = new Map<string, string>();
  const problems: string[] = [];
  for (const [key, document] of Object.entries(manifest)) {
    const id = canonicalDocumentId(key);
    if (typeof document !== 'string' || document.trim() === '') {
      problems.push(`"${key}": the document must be a non-empty string`);
    } else if (id === undefined) {
      problems.push(`"${key}": not a sha256 id (64 hex digits, optionally prefixed "sha256:")`);
    } else if (documentIdOf(document) !== id) {
      problems.push(`"${key}": is not the sha256 of its document (tampered or hand-edited?)`);
    } else {
      documents.set(id, document);
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_REPORTED).map(p => `\n  - ${p}`);
    const more =
      problems.length > MAX_REPORTED ? `\n  (${problems.length - MAX_REPORTED} more)` : '';
    throw new ManifestError(
      `${source}: ${problems.length} untrusted entr${problems.length === 1 ? 'y' : 'ies'}` +
        `${shown.join('')}${more}\nRegenerate it with \`npm run codegen\`.`,
    );
  }
  return { get: id => documents.get(id), size: documents.size };
}

export interface FileStoreOptions {
  /**
   * A missing file gives an empty store instead of an error (allow mode runs without a
   * manifest; enforce mode must not). @default false
   */
  readonly optional?: boolean;
}

/** Reads and validates the manifest file once (at start); lookups are then in memory. */
export function loadManifestFile(
  path: string,
  options: FileStoreOptions = {},
): ManifestDocumentStore {
  if (options.optional && !existsSync(path)) return manifestStore({}, path);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ManifestError(`${path}: cannot read the trusted-documents manifest (${reason})`);
  }
  return manifestStore(parsed, path);
}
