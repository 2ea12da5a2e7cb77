import { canonicalDocumentId, documentIdOf, sha256Hex, SHA256_PREFIX } from './document-id';

/** The parts of a GraphQL request that name a persisted document. */
export interface PersistedRequestInput {
  /** Top-level `documentId` (POST body or GET query string), as sent. */
  readonly documentId?: unknown;
  /** `extensions.persistedQuery` (APQ), as sent. */
  readonly persistedQuery?: unknown;
  readonly query?: string;
}

/** What a request asks for, checked for consistency (ids in canonical form `sha256:<hex>`). */
export type PersistedTarget =
  /** A document by id (GraphQL over HTTP `documentId`); `id` undefined: not a sha256 id. */
  | { readonly kind: 'documentId'; readonly id: string | undefined; readonly raw: string }
  /** An APQ hash; `registering`: the query came along (APQ registration). */
  | { readonly kind: 'apq'; readonly id: string; readonly registering: boolean }
  /** A plain document; `id` is the canonical id of its exact text. */
  | { readonly kind: 'query'; readonly id: string }
  /** Nothing for this guard: a plain query it need not check, or an empty request. */
  | { readonly kind: 'none' }
  /** Contradictory or malformed: a 400 with `message`. */
  | { readonly kind: 'invalid'; readonly message: string };

/** Reads what a request asks for; the id of a plain query is computed only when `hashQuery`. */
export function persistedTarget(input: PersistedRequestInput, hashQuery: boolean): PersistedTarget {
  const { documentId, persistedQuery, query } = input;
  const apq =
    persistedQuery === undefined || persistedQuery === null ? undefined : apqHash(persistedQuery);
  if (apq && 'invalid' in apq) return { kind: 'invalid', message: apq.invalid };
  if (documentId !== undefined && documentId !== null) {
    if (typeof documentId !== 'string' || documentId === '') {
      return { kind: 'invalid', message: '`documentId` must be a non-empty string.' };
    }
    if (query !== undefined) {
      return { kind: 'invalid', message: 'Send either `documentId` or `query`, not both.' };
    }
    const id = canonicalDocumentId(documentId);
    if (apq && apq.id !== id) {
      return {
        kind: 'invalid',
        message: '`documentId` and `extensions.persistedQuery` name different documents.',
      };
    }
    return { kind: 'documentId', id, raw: documentId };
  }
  if (apq) {
    if (query !== undefined && sha256Hex(query) !== apq.id.slice(SHA256_PREFIX.length)) {
      // Apollo's wording, which APQ clients know.
      return { kind: 'invalid', message: 'provided sha does not match query' };
    }
    return { kind: 'apq', id: apq.id, registering: query !== undefined };
  }
  if (query !== undefined && hashQuery) return { kind: 'query', id: documentIdOf(query) };
  return { kind: 'none' };
}

function apqHash(extension: unknown): { id: string } | { invalid: string } {
  const { version, sha256Hash } = (typeof extension === 'object' ? extension : {}) as {
    version?: unknown;
    sha256Hash?: unknown;
  };
  if (version !== 1) return { invalid: 'Unsupported persisted query version' };
  const id = typeof sha256Hash === 'string' ? canonicalDocumentId(sha256Hash) : undefined;
  if (id === undefined) {
    return { invalid: '`extensions.persistedQuery.sha256Hash` must be 64 hex digits (a sha256).' };
  }
  return { id };
}
