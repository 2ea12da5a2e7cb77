import type { PersistedTarget } from './request';

export type PersistedOperationsMode = 'allow' | 'enforce';

export type RefusalCode = 'PERSISTED_QUERY_NOT_FOUND' | 'OPERATION_NOT_TRUSTED' | 'BAD_REQUEST';

/** What to do with a request, before Apollo reads `query`. */
export type PersistedDecision =
  /** Leave the request to Apollo as sent (its APQ cache, or a plain query in allow mode). */
  | { readonly action: 'pass' }
  /**
   * Run `document` (when given, instead of what was sent) without the APQ extension, so that
   * Apollo neither looks it up nor registers it. `id`: the manifest id of what runs.
   */
  | { readonly action: 'run'; readonly id?: string; readonly document?: string }
  | { readonly action: 'refuse'; readonly code: RefusalCode; readonly message: string };

export interface DecisionPolicy {
  readonly mode: PersistedOperationsMode;
  /** Apollo's own APQ is on (allow mode): unknown APQ hashes go to its cache. */
  readonly apq: boolean;
}

const USE_MANIFEST =
  'Use a persisted document from the trusted-documents manifest (persisted-documents.json, ' +
  'written by `npm run codegen`), sent by its `documentId` or APQ hash.';

/**
 * The pure core of the persisted-operations guard: `stored` is the manifest document under
 * the target's id (undefined when there is none or no id).
 */
export function decide(
  target: PersistedTarget,
  policy: DecisionPolicy,
  stored: string | undefined,
): PersistedDecision {
  const enforce = policy.mode === 'enforce';
  switch (target.kind) {
    case 'none':
      return { action: 'pass' };
    case 'invalid':
      return { action: 'refuse', code: 'BAD_REQUEST', message: target.message };
    case 'documentId': {
      if (stored !== undefined) return { action: 'run', id: target.id, document: stored };
      const what = `No persisted document has the id "${shorten(target.raw)}".`;
      return enforce
        ? { action: 'refuse', code: 'OPERATION_NOT_TRUSTED', message: `${what} ${USE_MANIFEST}` }
        : {
            action: 'refuse',
            code: 'PERSISTED_QUERY_NOT_FOUND',
            message: `${what} Send the full \`query\` instead, or an id from the manifest.`,
          };
    }
    case 'apq':
      if (stored !== undefined) return { action: 'run', id: target.id, document: stored };
      if (enforce) {
        const what = target.registering
          ? 'Registering persisted queries (APQ) is off: this server runs trusted documents only.'
          : 'This persisted query is not a trusted document of this server.';
        return {
          action: 'refuse',
          code: 'OPERATION_NOT_TRUSTED',
          message: `${what} ${USE_MANIFEST}`,
        };
      }
      if (policy.apq) return { action: 'pass' };
      // APQ off in allow mode: run a sent query as a plain one; ask for it otherwise.
      return target.registering
        ? { action: 'run' }
        : {
            action: 'refuse',
            code: 'PERSISTED_QUERY_NOT_FOUND',
            message: 'PersistedQueryNotFound',
          };
    case 'query':
      if (stored !== undefined) return { action: 'run', id: target.id };
      if (!enforce) return { action: 'pass' };
      return {
        action: 'refuse',
        code: 'OPERATION_NOT_TRUSTED',
        message: `This server runs trusted documents only, and this document is not one. ${USE_MANIFEST}`,
      };
  }
}

function shorten(raw: string): string {
  return raw.length > 80 ? `${raw.slice(0, 77)}...` : raw;
}
