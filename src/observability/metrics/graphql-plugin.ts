import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { ANONYMOUS, createLabelLimiter, UNKNOWN } from './label-limiter';
import type { Metrics } from './metrics';
import { codeLabel } from './recorders';

/** What the plugin reads from the context when present (set by the guards). */
export interface MetricsContext {
  /** Set by the persisted-operations guard: the operation is a manifest document. */
  persistedOperationId?: string;
  /** Set by the cost guard: observed into `graphql_operation_cost` at response time. */
  queryCost?: number;
}

export interface GraphQLMetricsOptions {
  /**
   * Distinct operation names labelled as they are; later new names are `<other>`. Names of
   * persisted (manifest) operations never count against it: the manifest bounds them.
   * @default 100
   */
  readonly maxOperationNames?: number;
  /** A monotonic clock in milliseconds. @default performance.now */
  readonly now?: () => number;
}

type Outcome = 'success' | 'error' | 'rejected';

/**
 * `graphql_operations_total{operation_name,operation_type,outcome}`,
 * `graphql_operation_duration_seconds`, `graphql_errors_total{code}` (the codes clients get)
 * and `graphql_operation_cost` (from `context.queryCost`). Outcome: `success` (no errors),
 * `error` (errors after execution started), `rejected` (refused before execution: parse,
 * validation, guards). Unresolved operations are `<unknown>`, unnamed ones `<anonymous>`.
 */
export function graphqlMetricsPlugin<TContext extends BaseContext & MetricsContext>(
  metrics: Pick<
    Metrics,
    'graphqlOperations' | 'graphqlOperationDuration' | 'graphqlErrors' | 'recordCost'
  >,
  options: GraphQLMetricsOptions = {},
): ApolloServerPlugin<TContext> {
  const names = createLabelLimiter({ maxValues: options.maxOperationNames ?? 100 });
  const now = options.now ?? (() => performance.now());
  return {
    async requestDidStart() {
      const started = now();
      let executed = false;
      return {
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ response, operation, operationName, contextValue }) {
          const errors =
            response.body.kind === 'single'
              ? response.body.singleResult.errors
              : response.body.initialResult.errors;
          for (const error of errors ?? []) {
            metrics.graphqlErrors.inc({ code: codeLabel(error.extensions?.code) });
          }
          const outcome: Outcome = !errors?.length ? 'success' : executed ? 'error' : 'rejected';
          const operationType = operation?.operation ?? UNKNOWN;
          const name = !operation
            ? UNKNOWN
            : operationName
              ? names.label(operationName, contextValue.persistedOperationId !== undefined)
              : ANONYMOUS;
          const labels = { operation_name: name, operation_type: operationType };
          metrics.graphqlOperations.inc({ ...labels, outcome });
          metrics.graphqlOperationDuration.observe(labels, (now() - started) / 1000);
          if (typeof contextValue.queryCost === 'number') {
            metrics.recordCost(contextValue.queryCost, operationType);
          }
        },
      };
    },
  };
}
