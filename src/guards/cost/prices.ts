import { getNamedType, type GraphQLField } from 'graphql';

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

export type Args = Record<string, unknown>;

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

export function costOfField(typeName: string, fieldName: string, args: Args, facts: CostFacts) {
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

export function sizedChildren(
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
