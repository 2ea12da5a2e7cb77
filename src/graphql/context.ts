import type { Services } from '../services/services';

/** Limits the resolvers enforce on arguments (production.md guard 7). */
export interface ArgumentLimits {
  readonly itemsPageMax: number;
  readonly exportPageMax: number;
  readonly maxClustersCap: number;
  readonly maxUploadBytes: number;
}

/** Per-operation context: request-scoped services, never shared between requests. */
export interface GraphQLContext {
  readonly services: Services;
  readonly requestId: string;
  readonly clientKey: string;
  readonly limits: ArgumentLimits;
}
