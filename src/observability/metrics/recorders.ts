import type { GuardRefusal } from '../../guards/guard-response';
import type { PersistedDecision } from '../../guards/persisted-operations';

/** `persisted_operations_total{result}`; null when the decision is not a persisted lookup. */
export type PersistedResult = 'hit' | 'miss' | 'refused';

/**
 * hit: a manifest document runs (by documentId, APQ hash or its full text); miss:
 * PERSISTED_QUERY_NOT_FOUND (the client may register it); refused: any other refusal
 * (OPERATION_NOT_TRUSTED, a malformed id). Plain queries and lookups left to Apollo's own
 * APQ cache (`pass`) are not counted.
 */
export function persistedResult(decision: PersistedDecision): PersistedResult | null {
  if (decision.action === 'run') return decision.id === undefined ? null : 'hit';
  if (decision.action === 'refuse') {
    return decision.code === 'PERSISTED_QUERY_NOT_FOUND' ? 'miss' : 'refused';
  }
  return null;
}

const CODE = /^[A-Z][A-Z0-9_]{0,63}$/;

/** An `extensions.code` as a label value: SCREAMING_SNAKE codes as they are, anything else `OTHER`. */
export function codeLabel(code: unknown): string {
  if (code === undefined || code === null) return 'INTERNAL_SERVER_ERROR';
  return typeof code === 'string' && CODE.test(code) ? code : 'OTHER';
}

/**
 * The `limit` label of a RATE_LIMITED refusal: the refusal's `extensions.limit` when it is a
 * short name (`global`, a field name, `cost`), else the guard's name; null for other refusals.
 */
export function rateLimitLabel(guard: string, refusal: GuardRefusal): string | null {
  if (refusal.code !== 'RATE_LIMITED') return null;
  const limit = refusal.extensions?.limit;
  return typeof limit === 'string' && /^[A-Za-z_][\w-]{0,63}$/.test(limit) ? limit : guard;
}
