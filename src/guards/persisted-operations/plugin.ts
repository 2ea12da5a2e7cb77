import {
  HeaderMap,
  type ApolloServerPlugin,
  type BaseContext,
  type GraphQLRequest,
  type GraphQLRequestListener,
} from '@apollo/server';
import { GraphQLError } from 'graphql';
import {
  decide,
  type PersistedDecision,
  type PersistedOperationsMode,
  type RefusalCode,
} from './decide';
import { persistedTarget, type PersistedRequestInput } from './request';
import type { PersistedDocumentStore } from './store';

/** What the plugin puts on the context: the manifest id of the operation that runs. */
export interface PersistedOperationContext {
  persistedOperationId?: string;
}

export interface PersistedOperationsPluginOptions {
  /**
   * `allow`: any document runs; manifest documents also run by `documentId` or APQ hash.
   * `enforce`: only manifest documents run; anything else is OPERATION_NOT_TRUSTED (403).
   * @default 'allow'
   */
  readonly mode?: PersistedOperationsMode;
  /** The trusted documents (the manifest). */
  readonly store: PersistedDocumentStore;
  /**
   * Apollo's own APQ is on (`persistedQueries` not `false`): APQ hashes not in the manifest
   * go to its cache. Ignored in enforce mode, where APQ must be off.
   * @default true
   */
  readonly apq?: boolean;
  /** Told every decision (metrics: hits, misses, refusals); never changes it. */
  readonly onDecision?: (decision: PersistedDecision) => void;
}

const STATUS: Readonly<Record<RefusalCode, number>> = {
  PERSISTED_QUERY_NOT_FOUND: 200,
  OPERATION_NOT_TRUSTED: 403,
  BAD_REQUEST: 400,
};

/**
 * Stands in for a refused request's document: Apollo cannot be stopped from requestDidStart
 * (a throw there is a masked 500), so the request goes on with this trivial document and is
 * refused in didResolveOperation, before anything executes and before any other plugin's
 * didResolveOperation can succeed (list this plugin before the other guards).
 */
export const REFUSED_DOCUMENT = 'query PersistedOperationRefused { __typename }';

/**
 * Trusted documents and APQ policy (docs/operations.md "Persisted operations"), swapped in at
 * `requestDidStart`, which Apollo awaits before it reads `query` or the APQ extension.
 * With a synchronous store the swap happens before later plugins' requestDidStart runs.
 */
export function persistedOperationsPlugin<TContext extends BaseContext & PersistedOperationContext>(
  options: PersistedOperationsPluginOptions,
): ApolloServerPlugin<TContext> {
  const policy = { mode: options.mode ?? 'allow', apq: options.apq ?? true };
  const enforce = policy.mode === 'enforce';
  return {
    requestDidStart(requestContext) {
      const target = persistedTarget(requestInput(requestContext.request), enforce);
      const id = 'id' in target ? target.id : undefined;
      const stored = id === undefined ? undefined : options.store.get(id);
      const apply = (document: string | undefined) => {
        const decision = decide(target, policy, document);
        options.onDecision?.(decision);
        return applyDecision(requestContext.request, requestContext.contextValue, decision);
      };
      return stored instanceof Promise ? stored.then(apply) : Promise.resolve(apply(stored));
    },
  };
}

/** `documentId` from the POST body (JSON or multipart `operations`) or the GET query string. */
function requestInput(request: GraphQLRequest): PersistedRequestInput {
  const { http } = request;
  let documentId: unknown;
  if (http?.method === 'GET') {
    documentId = new URLSearchParams(http.search).get('documentId') ?? undefined;
  } else if (http?.body && typeof http.body === 'object' && !Array.isArray(http.body)) {
    documentId = (http.body as { documentId?: unknown }).documentId;
  }
  return { documentId, persistedQuery: request.extensions?.persistedQuery, query: request.query };
}

function applyDecision<TContext extends PersistedOperationContext>(
  request: GraphQLRequest,
  context: TContext,
  decision: PersistedDecision,
): GraphQLRequestListener<TContext> | undefined {
  if (decision.action === 'pass') return undefined;
  if (request.extensions?.persistedQuery !== undefined) {
    const { persistedQuery: _consumed, ...extensions } = request.extensions;
    request.extensions = extensions;
  }
  if (decision.action === 'run') {
    if (decision.document !== undefined) request.query = decision.document;
    if (decision.id !== undefined) context.persistedOperationId = decision.id;
    return undefined;
  }
  request.query = REFUSED_DOCUMENT;
  request.operationName = undefined;
  const error = refusalError(decision.code, decision.message);
  return {
    async didResolveOperation() {
      throw error;
    },
  };
}

/** A refusal with its status; never cacheable (a CDN must not keep a miss or a refusal). */
function refusalError(code: RefusalCode, message: string): GraphQLError {
  const headers = new HeaderMap([['cache-control', 'private, no-cache, must-revalidate']]);
  return new GraphQLError(message, {
    extensions: { code, http: { status: STATUS[code], headers } },
  });
}
