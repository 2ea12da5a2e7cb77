import type { PersistedOperationContext } from '../guards/persisted-operations';
import type { Services } from '../services/contracts';

/** Limits the resolvers enforce on arguments (docs/operations.md guard 7). */
export interface ArgumentLimits {
  readonly itemsPageMax: number;
  readonly exportPageMax: number;
  readonly maxClustersCap: number;
  readonly maxUploadBytes: number;
}

/**
 * Per-operation context: request-scoped services, never shared between requests. The
 * persisted-operations guard sets `persistedOperationId` (logs, metrics).
 */
export interface GraphQLContext extends PersistedOperationContext {
  readonly services: Services;
  readonly requestId: string;
  readonly clientKey: string;
  readonly limits: ArgumentLimits;
  /** Set by the cost guard: the operation's requested cost (metrics). */
  queryCost?: number;
}
