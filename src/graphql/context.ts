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

/**
 * The context object the express integration builds per request. `services` (and with it the
 * forked EntityManager) is made on first read: operations that touch no resolver with data
 * (`{ __typename }`, refusals) never pay for it. The getter lives on the prototype because
 * Apollo Server copies the context's own properties per operation (`Object.assign`), which
 * would call an own getter at once.
 */
export class RequestGraphQLContext implements GraphQLContext {
  persistedOperationId?: string;
  queryCost?: number;
  /** A plain property, not `#private`: the copy made from `Object.create(prototype)` has it. */
  private madeServices: Services | undefined = undefined;

  constructor(
    readonly requestId: string,
    readonly clientKey: string,
    readonly limits: ArgumentLimits,
    private readonly makeServices: () => Services,
  ) {}

  get services(): Services {
    return (this.madeServices ??= this.makeServices());
  }
}
