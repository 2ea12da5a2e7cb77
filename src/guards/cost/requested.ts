import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type FieldNode,
  type FragmentDefinitionNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { type Args, type CostFacts, DEFAULT_LIST_SIZE, costOfField, sizedChildren } from './prices';
import { type CostInput, fieldsOf, fragmentsOf, included } from './walk';

/** The requested cost: what an operation may cost at most, priced before anything runs. */

interface EstimatorContext {
  readonly facts: CostFacts;
  readonly variables: Args;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** Cost of one element of each list field node (a parent that sizes it reads it). */
  readonly perElement: WeakMap<FieldNode, number>;
}

/**
 * The one estimator of the model for graphql-query-complexity. Estimators run children first:
 * a list of objects records the cost of one element and counts DEFAULT_LIST_SIZE of them;
 * a parent that knows the size of a child list (a connection's `first`, `maxClusters`...)
 * corrects the child's count.
 */
export const costEstimator: ComplexityEstimator = ({
  type,
  field,
  node,
  args,
  childComplexity,
  context,
}) => {
  // Introspection is free (it is off in production; Apollo Sandbox polls it in development).
  if (field.name.startsWith('__')) return 0;
  const ctx = context as EstimatorContext;
  const own = costOfField(type.name, field.name, args, ctx.facts);
  const named = getNamedType(field.type);
  if (!isCompositeType(named)) return own;
  let children = childComplexity;
  const sizes = sizedChildren(field, type.name, args, ctx.facts);
  if (sizes) {
    for (const child of fieldsOf(node.selectionSet, ctx.fragments)) {
      const childSize = sizes[child.name.value];
      if (childSize === undefined || !included(child, ctx.variables)) continue;
      children += (childSize - DEFAULT_LIST_SIZE) * (ctx.perElement.get(child) ?? 0);
    }
  }
  const element = 1 + children;
  if (!isListType(getNullableType(field.type))) return own + element;
  ctx.perElement.set(node, element);
  return own + DEFAULT_LIST_SIZE * element;
};

/** Selections graphql-query-complexity may visit; past it the operation cannot be priced. */
export const MAX_QUERY_NODES = 10_000;

/**
 * The requested cost: what the operation may cost at most, before anything runs (lists at
 * their page sizes), computed by graphql-query-complexity with {@link costEstimator}.
 * Infinity when the document has more than {@link MAX_QUERY_NODES} selections (the library
 * throws there).
 */
export function requestedCost(input: CostInput): number {
  const context: EstimatorContext = {
    facts: input.facts,
    variables: input.variables,
    fragments: fragmentsOf(input.document),
    perElement: new WeakMap(),
  };
  try {
    return getComplexity({
      schema: input.schema,
      query: input.document,
      operationName: input.operation.name?.value,
      variables: input.rawVariables ?? input.variables,
      estimators: [costEstimator],
      context,
      maxQueryNodes: MAX_QUERY_NODES,
    });
  } catch (error) {
    if (error instanceof Error && /maximum allowed number of nodes/.test(error.message)) {
      return Infinity;
    }
    throw error;
  }
}
