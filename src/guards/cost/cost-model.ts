import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getArgumentValues } from 'graphql/execution/values';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';

/**
 * The cost model of docs/operations.md guard 5, in one table (the `@cost` / `@listSize` idea of the
 * IBM cost directives, kept beside the guard instead of in the resolvers):
 *
 * - an object costs 1, a scalar or an enum 0;
 * - a list of objects costs its size times one element: the size is the page argument
 *   (`first`) for connections, a size derived from the arguments for evaluation results
 *   (`maxClusters`, `itemIds`...), else {@link DEFAULT_LIST_SIZE};
 * - evaluations add what they compute, from the *actual* catalog size: `evaluateMatrix`
 *   1 point per {@link PAIRS_PER_POINT} pairs, `evaluateItem` 1 per {@link ITEMS_PER_POINT}
 *   items, `evaluateClusters` {@link CLUSTER_SEARCH_COST} plus the pairs; mutations 10, imports
 *   100, exports by their item count.
 *
 * A point is about one returned object, or 10,000 pair evaluations of the engine (~0.2 ms).
 */

/** Size assumed for a list of objects that no argument sizes (rules, dimensions...). */
export const DEFAULT_LIST_SIZE = 10;
export const PAIRS_PER_POINT = 10_000;
export const ITEMS_PER_POINT = 100;
/** The fixed part of a cluster search (graph building, DNF, the search itself). */
export const CLUSTER_SEARCH_COST = 1_000;
export const MUTATION_COST = 10;
export const IMPORT_COST = 100;

/** What the model may know beyond the document: the item count of each named catalog. */
export interface CostFacts {
  /** Items per catalog name (absent: unknown catalog, counted as empty). */
  readonly catalogSizes: ReadonlyMap<string, number>;
  /** EXPORT_MAX_ITEMS: what exportAll may return at most. */
  readonly exportMaxItems: number;
  /**
   * The argument caps (ITEMS_PAGE_MAX, MAX_CLUSTERS_CAP): a value above its cap is priced at
   * the cap, so that the resolver's precise BAD_USER_INPUT answers it, not the cost limit.
   */
  readonly caps?: { readonly first: number; readonly maxClusters: number };
}

type Args = Record<string, unknown>;

const size = (facts: CostFacts, args: Args) =>
  facts.catalogSizes.get(String(args.catalogName ?? args.name ?? '')) ?? 0;
const pairsOf = (n: number) => (n * (n - 1)) / 2;
const listLength = (value: unknown) => (Array.isArray(value) ? value.length : 0);
const capped = (value: unknown, cap: number | undefined) => {
  const n = Math.max(0, Number(value ?? 0) || 0);
  return cap === undefined ? n : Math.min(n, cap);
};
const maxClusters = (args: Args, facts: CostFacts) =>
  capped(args.maxClusters, facts.caps?.maxClusters);

/**
 * The extra cost of a field (what it computes), by `Type.field`. Every key names a field of the
 * served schema (test/unit/guards/cost/tables.spec.ts): a renamed field would lose its price.
 */
export const FIELD_COSTS: Readonly<Record<string, (args: Args, facts: CostFacts) => number>> = {
  'Query.evaluateItem': (args, facts) => Math.ceil(size(facts, args) / ITEMS_PER_POINT),
  'Query.evaluateMatrix': (args, facts) => Math.ceil(pairsOf(size(facts, args)) / PAIRS_PER_POINT),
  'Query.evaluateClusters': (args, facts) =>
    CLUSTER_SEARCH_COST + Math.ceil(pairsOf(size(facts, args)) / PAIRS_PER_POINT),
  'Query.validateCluster': args => Math.ceil(pairsOf(listLength(args.itemIds)) / 100),
  'Query.clusterCandidates': (args, facts) =>
    Math.ceil((size(facts, args) * (listLength(args.itemIds) + 1)) / ITEMS_PER_POINT),
  'Query.exportAll': (_args, facts) => Math.ceil(facts.exportMaxItems / ITEMS_PER_POINT),
  'Query.exportCatalog': (args, facts) =>
    Math.ceil(capped(args.first, facts.exportMaxItems) / ITEMS_PER_POINT),
};

/**
 * Sizes of lists that the *parent* field's arguments decide (IBM `@listSize(sizedFields)`):
 * `parent field -> child field -> size` (keys checked against the schema like FIELD_COSTS).
 */
export const SIZED_FIELDS: Readonly<
  Record<string, Readonly<Record<string, (args: Args, facts: CostFacts) => number>>>
> = {
  'Query.evaluateClusters': {
    clusters: maxClusters,
    // Clusters that share items, both directions: assumed 10 per cluster (the actual cost
    // counts them all; maxClusters^2 would refuse every large analysis that selects them).
    relationships: (args, facts) => maxClusters(args, facts) * DEFAULT_LIST_SIZE,
  },
  'Query.validateCluster': {
    incompatiblePairs: args => pairsOf(listLength(args.itemIds)),
  },
  'Query.clusterCandidates': {
    candidates: (args, facts) =>
      args.candidateIds ? listLength(args.candidateIds) : size(facts, args),
  },
};

function costOfField(typeName: string, fieldName: string, args: Args, facts: CostFacts) {
  if (typeName === 'Mutation') {
    return fieldName.startsWith('import') ? IMPORT_COST : MUTATION_COST;
  }
  return FIELD_COSTS[`${typeName}.${fieldName}`]?.(args, facts) ?? 0;
}

/** A connection field (`first` argument, `...Connection` type): its `edges` list has `first`. */
function connectionSize(
  field: GraphQLField<unknown, unknown>,
  args: Args,
  facts: CostFacts,
): number | undefined {
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  return isConnection && typeof args.first === 'number'
    ? capped(args.first, facts.caps?.first)
    : undefined;
}

function sizedChildren(
  field: GraphQLField<unknown, unknown>,
  parent: string,
  args: Args,
  facts: CostFacts,
): Record<string, number> | undefined {
  const first = connectionSize(field, args, facts);
  if (first !== undefined) return { edges: first };
  const sized = SIZED_FIELDS[`${parent}.${field.name}`];
  if (!sized) return undefined;
  return Object.fromEntries(
    Object.entries(sized).map(([k, f]) => [k, Math.max(0, f(args, facts))]),
  );
}

/** Fields of a selection set with the fragments spread (type conditions ignored: no unions). */
function* fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): Generator<FieldNode> {
  if (!selectionSet) return;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) yield selection;
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* fieldsOf(selection.selectionSet, fragments, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      yield* fieldsOf(fragment.selectionSet, fragments, seen);
      seen.delete(name);
    }
  }
}

/** `@skip` / `@include` with literal or variable conditions. */
function included(node: FieldNode, variables: Args): boolean {
  for (const directive of node.directives ?? []) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const arg = directive.arguments?.find(a => a.name.value === 'if');
    if (!arg) continue;
    const value =
      arg.value.kind === Kind.VARIABLE
        ? Boolean(variables[arg.value.name.value])
        : arg.value.kind === Kind.BOOLEAN && arg.value.value;
    if (name === 'skip' ? value : !value) return false;
  }
  return true;
}

export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  /** Coerced variable values. */
  readonly variables: Args;
  /** The request's variables as sent (graphql-query-complexity coerces them itself). */
  readonly rawVariables?: Args;
  readonly facts: CostFacts;
}

interface Walk {
  readonly input: CostInput;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  /** The fields of a selection set under a type, priced once (not once per list element). */
  readonly plans: Map<SelectionSetNode | undefined, Map<string, readonly PlannedField[]>>;
}

interface PlannedField {
  readonly key: string;
  /** What the field computes (evaluations, mutations). */
  readonly own: number;
  /** The element type when the field returns objects. */
  readonly named?: GraphQLCompositeType;
  readonly selectionSet?: SelectionSetNode;
}

function planOf(
  walk: Walk,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode | undefined,
): readonly PlannedField[] {
  let byType = walk.plans.get(selectionSet);
  if (!byType) walk.plans.set(selectionSet, (byType = new Map()));
  const cached = byType.get(type.name);
  if (cached) return cached;
  const plan: PlannedField[] = [];
  for (const node of fieldsOf(selectionSet, walk.fragments)) {
    if (!included(node, walk.input.variables)) continue;
    const field = fieldDef(type, node.name.value);
    if (!field) continue;
    const args = getArgumentValues(field, node, walk.input.variables);
    const named = getNamedType(field.type);
    plan.push({
      key: node.alias?.value ?? node.name.value,
      own: costOfField(type.name, field.name, args, walk.input.facts),
      ...(isCompositeType(named) ? { named, selectionSet: node.selectionSet } : {}),
    });
  }
  byType.set(type.name, plan);
  return plan;
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      fragments.set(definition.name.value, definition);
    }
  }
  return fragments;
}

function rootType(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  const type =
    operation.operation === 'query'
      ? schema.getQueryType()
      : operation.operation === 'mutation'
        ? schema.getMutationType()
        : schema.getSubscriptionType();
  if (!type) throw new Error(`The schema has no ${operation.operation} type.`);
  return type;
}

function fieldDef(type: GraphQLCompositeType, name: string) {
  return 'getFields' in type ? type.getFields()[name] : undefined;
}

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

/**
 * The actual cost: the same model over the data that was returned (lists at their real
 * lengths, null objects free). Evaluation costs are the same as requested: they were spent.
 */
export function actualCost(input: CostInput, data: unknown): number {
  const walk: Walk = { input, fragments: fragmentsOf(input.document), plans: new Map() };
  const type = rootType(input.schema, input.operation);
  return dataCost(walk, type, input.operation.selectionSet, data);
}

function dataCost(
  walk: Walk,
  type: GraphQLCompositeType,
  selectionSet: SelectionSetNode | undefined,
  data: unknown,
): number {
  if (data === null || typeof data !== 'object') return 0;
  const record = data as Record<string, unknown>;
  let total = 0;
  for (const { key, own, named, selectionSet: children } of planOf(walk, type, selectionSet)) {
    if (!(key in record)) continue;
    total += own;
    if (!named) continue;
    const value = record[key];
    const elements = Array.isArray(value) ? value : [value];
    for (const element of elements) {
      if (element === null || element === undefined) continue;
      total += 1 + dataCost(walk, named, children, element);
    }
  }
  return total;
}

/**
 * The catalogs whose size the operation's cost depends on (arguments `catalogName` of the
 * root fields), so that the guard can count their items before pricing.
 */
export function catalogsToSize(input: Omit<CostInput, 'facts'>): string[] {
  const names = new Set<string>();
  const type = rootType(input.schema, input.operation);
  const fragments = fragmentsOf(input.document);
  for (const node of fieldsOf(input.operation.selectionSet, fragments)) {
    const field = fieldDef(type, node.name.value);
    if (!field || !field.args.some(a => a.name === 'catalogName')) continue;
    const args = getArgumentValues(field, node, input.variables);
    if (typeof args.catalogName === 'string') names.add(args.catalogName);
  }
  return [...names];
}

/** Root field names of the operation, once per occurrence (aliases count separately). */
export function rootFieldNames(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Args,
): string[] {
  const fragments = fragmentsOf(document);
  const names: string[] = [];
  for (const node of fieldsOf(operation.selectionSet, fragments)) {
    if (included(node, variables)) names.push(node.name.value);
  }
  return names;
}
