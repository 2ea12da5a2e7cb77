import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { COST_LIMIT_EXCEEDED, RATE_LIMITED } from '../codes';
import type { GuardRefusal, OnReject } from '../guard-response';
import type { CostBucket } from './bucket';
import {
  actualCost,
  catalogsToSize,
  requestedCost,
  rootFieldNames,
  type CostFacts,
  type CostInput,
} from './cost-model';
import type { OperationLimits } from '../rate-limit/operation-limits';
import { priceKey } from './price-key';

/** What the cost guard reads from and writes to the per-request context. */
export interface CostContext {
  readonly clientKey: string;
  /** The requested cost, for the `graphql_operation_cost` histogram. */
  queryCost?: number;
}

export interface CostGuardOptions<TContext> {
  /** MAX_QUERY_COST: operations priced above it are refused before execution. */
  readonly maxQueryCost: number;
  /** EXPORT_MAX_ITEMS (the price of exportAll). */
  readonly exportMaxItems: number;
  /** Argument caps: values above them are priced at the cap (the resolver refuses them). */
  readonly caps?: CostFacts['caps'];
  /** Items in the named catalog (0 when it does not exist: execution will say NOT_FOUND). */
  catalogSize(context: TContext, name: string): Promise<number>;
  /** The client's cost bucket (absent when RATE_LIMIT_ENABLED=false). */
  readonly bucket?: CostBucket;
  /** Per-operation limits (absent when RATE_LIMIT_ENABLED=false). */
  readonly operationLimits?: OperationLimits;
  readonly onReject?: OnReject;
  /** Store failures (Redis): the operation is refused with 503. */
  readonly onStoreError?: (error: unknown) => void;
  /** The store answered (an outage is over). */
  readonly onStoreOk?: () => void;
}

export interface ThrottleStatus {
  readonly maximumAvailable: number;
  readonly currentlyAvailable: number;
  readonly restoreRate: number;
}

/** `extensions.cost` of every response that got as far as a resolved operation. */
export interface CostExtension {
  readonly requestedQueryCost: number | null;
  readonly actualQueryCost?: number;
  readonly maximumCost: number;
  readonly throttleStatus?: ThrottleStatus;
}

function refusalError(refusal: GuardRefusal, headers: Record<string, string> = {}): GraphQLError {
  return new GraphQLError(refusal.message, {
    extensions: {
      ...refusal.extensions,
      code: refusal.code,
      http: { status: refusal.status, headers: new Map(Object.entries(headers)) },
    },
  });
}

/** Prices kept per parsed document (Apollo reuses the DocumentNode of a known text). */
const PRICES_PER_DOCUMENT = 32;

/**
 * {@link requestedCost}, memoized per document in `prices` (one map per plugin, so per
 * schema and settings) under its {@link priceKey}: the operation, the variables a price can
 * read (not cursors) and the catalog sizes.
 */
function memoizedCost(
  prices: WeakMap<DocumentNode, Map<string, number>>,
  input: CostInput,
): number {
  const key = priceKey(input);
  let known = prices.get(input.document);
  const hit = known?.get(key);
  if (hit !== undefined) return hit;
  const price = requestedCost(input);
  if (!known) prices.set(input.document, (known = new Map()));
  if (known.size >= PRICES_PER_DOCUMENT) known.delete(known.keys().next().value!);
  known.set(key, price);
  return price;
}

/**
 * Guards 5 and 6 of docs/operations.md as one Apollo plugin, in `didResolveOperation` (it needs
 * variables and data, which validation rules do not see):
 *
 * 1. price the operation (graphql-query-complexity with the model of cost-model.ts, catalog
 *    sizes counted first) and refuse it above MAX_QUERY_COST (COST_LIMIT_EXCEEDED, 400);
 * 2. count its limited root fields per client (RATE_LIMITED, 429, with Retry-After);
 * 3. take its cost from the client's bucket (RATE_LIMITED, 429, with the seconds to wait);
 * 4. after execution, refund `requested - actual` and answer `extensions.cost`.
 */
export function costGuardPlugin<TContext extends BaseContext & CostContext>(
  options: CostGuardOptions<TContext>,
): ApolloServerPlugin<TContext> {
  const { maxQueryCost, bucket, operationLimits } = options;
  const prices = new WeakMap<DocumentNode, Map<string, number>>();
  const throttle = (available: number): ThrottleStatus | undefined =>
    bucket && {
      maximumAvailable: bucket.capacity,
      currentlyAvailable: Math.floor(available),
      restoreRate: bucket.restorePerSecond,
    };
  const reject = (guard: string, refusal: GuardRefusal, headers?: Record<string, string>) => {
    options.onReject?.(guard, refusal);
    return refusalError(refusal, headers);
  };
  const storeFailure = (error: unknown) => {
    options.onStoreError?.(error);
    return reject(
      'cost',
      {
        status: 503,
        code: 'SERVICE_UNAVAILABLE',
        message:
          'The cost and operation limits cannot reach their store (Redis), so operations are refused for now; retry in a few seconds.',
        extensions: { retryAfterSeconds: 5 },
      },
      { 'Retry-After': '5' },
    );
  };

  return {
    async requestDidStart() {
      let input: CostInput | undefined;
      let requested: number | null = null;
      let taken = false;
      let available: number | undefined;

      return {
        async didResolveOperation({ document, operation, request, contextValue, schema }) {
          if (!operation) return;
          const coerced = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            request.variables ?? {},
          );
          if (coerced.errors) return; // execution refuses the variables itself
          const base = {
            schema,
            document,
            operation,
            variables: coerced.coerced,
            rawVariables: request.variables ?? {},
          };
          const facts = await costFacts(base, contextValue);
          const priced: CostInput = { ...base, facts };
          input = priced;
          requested = memoizedCost(prices, priced);
          contextValue.queryCost = Number.isFinite(requested) ? requested : undefined;

          if (requested > maxQueryCost) {
            const shown = Number.isFinite(requested) ? String(requested) : 'beyond measure';
            throw reject('cost', {
              status: 400,
              code: COST_LIMIT_EXCEEDED,
              message: `This operation costs ${shown} points and at most ${maxQueryCost} are allowed (MAX_QUERY_COST): ask for smaller pages ("first"), fewer fields or fewer clusters, or split it into several operations.`,
              extensions: { maximumCost: maxQueryCost, requestedQueryCost: requested },
            });
          }

          if (operationLimits) await checkOperationLimits(operation, contextValue);
          if (!bucket) return;
          let state;
          try {
            state = await bucket.take(contextValue.clientKey, requested);
          } catch (error) {
            throw storeFailure(error);
          }
          options.onStoreOk?.();
          available = state.available;
          if (state.allowed) {
            taken = true;
            return;
          }
          if (!Number.isFinite(state.retryAfterSeconds)) {
            throw reject('cost', {
              status: 400,
              code: COST_LIMIT_EXCEEDED,
              message: `This operation costs ${requested} points, more than the whole cost bucket of ${bucket.capacity} points (COST_BUCKET_CAPACITY): split it into smaller operations.`,
              extensions: { maximumCost: bucket.capacity, requestedQueryCost: requested },
            });
          }
          const seconds = state.retryAfterSeconds;
          throw reject(
            'cost',
            {
              status: 429,
              code: RATE_LIMITED,
              message: `Query cost budget exhausted: this operation costs ${requested} points and ${Math.floor(state.available)} are available (a bucket of ${bucket.capacity} points per client, refilled at ${bucket.restorePerSecond} per second); retry in ${seconds} seconds.`,
              extensions: { limit: 'cost', retryAfterSeconds: seconds },
            },
            { 'Retry-After': String(seconds) },
          );
        },

        async willSendResponse({ response, contextValue }) {
          if (requested === null || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          let actual: number | undefined;
          if (input && result.data !== undefined && Number.isFinite(requested)) {
            actual = actualCost(input, result.data);
          }
          if (taken && bucket && actual !== undefined && actual < requested) {
            try {
              available = await bucket.refund(contextValue.clientKey, requested - actual);
            } catch (error) {
              options.onStoreError?.(error);
            }
          }
          const cost: CostExtension = {
            requestedQueryCost: Number.isFinite(requested) ? requested : null,
            ...(actual !== undefined && actual !== requested ? { actualQueryCost: actual } : {}),
            maximumCost: maxQueryCost,
            ...(available !== undefined ? { throttleStatus: throttle(available) } : {}),
          };
          result.extensions = { ...result.extensions, cost };
        },
      };

      async function costFacts(
        base: Omit<CostInput, 'facts'>,
        context: TContext,
      ): Promise<CostFacts> {
        const catalogSizes = new Map<string, number>();
        for (const name of catalogsToSize(base)) {
          catalogSizes.set(name, await options.catalogSize(context, name).catch(() => 0));
        }
        return { catalogSizes, exportMaxItems: options.exportMaxItems, caps: options.caps };
      }

      async function checkOperationLimits(operation: OperationDefinitionNode, context: TContext) {
        const fields = rootFieldNames(input!.document, operation, input!.variables);
        let verdict;
        try {
          verdict = await operationLimits!.check(context.clientKey, fields);
        } catch (error) {
          throw storeFailure(error);
        }
        if (verdict.allowed) return;
        const { group, limit, retryAfterSeconds: seconds } = verdict;
        const what = group === 'import' ? 'import operations' : group;
        throw reject(
          'operation-limit',
          {
            status: 429,
            code: RATE_LIMITED,
            message: `Rate limit exceeded for ${what}: at most ${limit} per minute per client; retry in ${seconds} seconds.`,
            extensions: { limit: group, retryAfterSeconds: seconds },
          },
          { 'Retry-After': String(seconds) },
        );
      }
    },
  };
}
