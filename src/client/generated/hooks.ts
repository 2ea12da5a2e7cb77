/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import * as Operations from './operations';
import * as Apollo from '@apollo/client';
const defaultOptions = {} as const;
export type CatalogInput = {
  description?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  name: string;
  schemaName: string;
};

export type CatalogUpdateInput = {
  description?: string | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
};

export type ClusterRelationshipType =
  | 'OVERLAPPING'
  | 'SUBSET'
  | 'SUPERSET';

export type DimensionType =
  | 'BOOLEAN'
  | 'ENUM'
  | 'FLOAT'
  | 'INTEGER'
  | 'LIST'
  | 'PART_LAYER_LIST'
  | 'STRING';

/** What an import does when a resource of the same name exists. */
export type ImportConflictStrategy =
  | 'FAIL'
  | 'REPLACE'
  | 'SKIP';

export type ItemInput = {
  attributes: Record<string, unknown>;
  id: string | number;
  metadata?: Record<string, unknown> | null | undefined;
  name: string;
};

export type ItemUpdateInput = {
  attributes?: Record<string, unknown> | null | undefined;
  metadata?: Record<string, unknown> | null | undefined;
  name?: string | null | undefined;
};

export type RuleType =
  | 'EXCLUSION'
  | 'REQUIREMENT';

export type CatalogsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogsQuery = { __typename: 'Query', catalogs: { __typename: 'CatalogConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CatalogEdge', cursor: string, node: { __typename: 'Catalog', name: string, description: string | null, metadata: Record<string, unknown> | null, itemCount: number, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string, version: string } } }> } };

export type CatalogWithItemsQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogWithItemsQuery = { __typename: 'Query', catalog: { __typename: 'Catalog', name: string, description: string | null, metadata: Record<string, unknown> | null, itemCount: number, createdAt: string, updatedAt: string, items: { __typename: 'ItemConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ItemEdge', cursor: string, node: { __typename: 'Item', id: string, name: string, attributes: Record<string, unknown>, metadata: Record<string, unknown> | null, createdAt: string, updatedAt: string } }> }, schema: { __typename: 'Schema', name: string, version: string } } | null };

export type CreateCatalogMutationVariables = Exact<{
  input: CatalogInput;
}>;


export type CreateCatalogMutation = { __typename: 'Mutation', createCatalog: { __typename: 'Catalog', name: string, description: string | null, metadata: Record<string, unknown> | null, itemCount: number, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string, version: string } } };

export type UpdateCatalogMutationVariables = Exact<{
  name: string;
  input: CatalogUpdateInput;
}>;


export type UpdateCatalogMutation = { __typename: 'Mutation', updateCatalog: { __typename: 'Catalog', name: string, description: string | null, metadata: Record<string, unknown> | null, itemCount: number, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string, version: string } } };

export type DeleteCatalogMutationVariables = Exact<{
  name: string;
}>;


export type DeleteCatalogMutation = { __typename: 'Mutation', deleteCatalog: boolean };

export type EvaluateClustersQueryVariables = Exact<{
  catalogName: string;
  clusterRuleSetName: string;
  minClusterSize?: number | null | undefined;
  maxClusterSize?: number | null | undefined;
  maxClusters?: number | null | undefined;
}>;


export type EvaluateClustersQuery = { __typename: 'Query', evaluateClusters: { __typename: 'ClusterAnalysis', catalogName: string, ruleSetName: string, clusterRuleSetName: string, evaluatedAt: string, totalClusters: number, totalItemsCovered: number, minClusterSize: number, maxClusterSize: number, avgClusterSize: number, truncated: boolean, workBudget: number, clusters: Array<{ __typename: 'Cluster', id: string, itemIds: Array<string>, size: number, isMaximal: boolean, isMaximum: boolean, ruleEvaluations: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> }>, relationships: Array<{ __typename: 'ClusterRelationship', clusterId: string, relatedClusterId: string, relationshipType: ClusterRelationshipType, overlapSize: number, sharedItems: Array<string> }> } };

export type ValidateClusterQueryVariables = Exact<{
  catalogName: string;
  clusterRuleSetName: string;
  itemIds: Array<string | number> | string | number;
}>;


export type ValidateClusterQuery = { __typename: 'Query', validateCluster: { __typename: 'ClusterValidation', itemIds: Array<string>, valid: boolean, pairwiseCompatible: boolean, ruleEvaluations: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }>, incompatiblePairs: Array<{ __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> }> } };

export type FindClusterCandidatesQueryVariables = Exact<{
  catalogName: string;
  clusterRuleSetName: string;
  itemIds: Array<string | number> | string | number;
  candidateIds?: Array<string | number> | string | number | null | undefined;
}>;


export type FindClusterCandidatesQuery = { __typename: 'Query', clusterCandidates: { __typename: 'ClusterCandidates', base: { __typename: 'ClusterValidation', itemIds: Array<string>, valid: boolean, pairwiseCompatible: boolean, ruleEvaluations: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }>, incompatiblePairs: Array<{ __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> }> }, candidates: Array<{ __typename: 'ClusterCandidate', itemId: string, pairwiseCompatible: boolean, validIfAdded: { __typename: 'ClusterValidation', itemIds: Array<string>, valid: boolean, pairwiseCompatible: boolean, ruleEvaluations: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }>, incompatiblePairs: Array<{ __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> }> } }> } };

export type SchemasQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SchemasQuery = { __typename: 'Query', schemas: { __typename: 'SchemaConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'SchemaEdge', cursor: string, node: { __typename: 'Schema', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, dimensions: Array<{ __typename: 'Dimension', name: string, type: DimensionType, description: string | null, required: boolean, values: Array<string> | null, min: number | null, max: number | null, itemType: string | null, partVocabulary: Array<string> | null }> } }> } };

export type RuleSetsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RuleSetsQuery = { __typename: 'Query', ruleSets: { __typename: 'RuleSetConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'RuleSetEdge', cursor: string, node: { __typename: 'RuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } }> } };

export type ClusterRuleSetsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ClusterRuleSetsQuery = { __typename: 'Query', clusterRuleSets: { __typename: 'ClusterRuleSetConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ClusterRuleSetEdge', cursor: string, node: { __typename: 'ClusterRuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, pairwiseRuleSet: { __typename: 'RuleSet', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } }> } };

export type EvaluatePairQueryVariables = Exact<{
  catalogName: string;
  ruleSetName: string;
  item1Id: string | number;
  item2Id: string | number;
}>;


export type EvaluatePairQuery = { __typename: 'Query', evaluatePair: { __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> } };

export type EvaluateItemQueryVariables = Exact<{
  catalogName: string;
  ruleSetName: string;
  itemId: string | number;
  compatible?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluateItemQuery = { __typename: 'Query', evaluateItem: { __typename: 'ItemEvaluation', catalogName: string, ruleSetName: string, itemId: string, compatibleCount: number, incompatibleCount: number, comparisons: { __typename: 'ComparisonConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ComparisonEdge', cursor: string, node: { __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> } }> } } };

export type EvaluateMatrixQueryVariables = Exact<{
  catalogName: string;
  ruleSetName: string;
  compatible?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluateMatrixQuery = { __typename: 'Query', evaluateMatrix: { __typename: 'MatrixResult', catalogName: string, ruleSetName: string, schemaName: string, evaluatedAt: string, summary: { __typename: 'MatrixSummary', totalPairs: number, compatiblePairs: number, incompatiblePairs: number, compatibilityRate: number }, comparisons: { __typename: 'ComparisonConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ComparisonEdge', cursor: string, node: { __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> } }> } } };

export type PageInfoFieldsFragment = { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null };

export type ItemFieldsFragment = { __typename: 'Item', id: string, name: string, attributes: Record<string, unknown>, metadata: Record<string, unknown> | null, createdAt: string, updatedAt: string };

export type CatalogSummaryFragment = { __typename: 'Catalog', name: string, description: string | null, metadata: Record<string, unknown> | null, itemCount: number, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string, version: string } };

export type RuleFieldsFragment = { __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> };

export type DimensionFieldsFragment = { __typename: 'Dimension', name: string, type: DimensionType, description: string | null, required: boolean, values: Array<string> | null, min: number | null, max: number | null, itemType: string | null, partVocabulary: Array<string> | null };

export type SchemaFieldsFragment = { __typename: 'Schema', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, dimensions: Array<{ __typename: 'Dimension', name: string, type: DimensionType, description: string | null, required: boolean, values: Array<string> | null, min: number | null, max: number | null, itemType: string | null, partVocabulary: Array<string> | null }> };

export type RuleSetFieldsFragment = { __typename: 'RuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> };

export type ClusterRuleSetFieldsFragment = { __typename: 'ClusterRuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, pairwiseRuleSet: { __typename: 'RuleSet', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> };

export type RuleEvaluationFieldsFragment = { __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string };

export type ComparisonFieldsFragment = { __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> };

export type ComparisonPageFragment = { __typename: 'ComparisonConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ComparisonEdge', cursor: string, node: { __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> } }> };

export type ClusterValidationFieldsFragment = { __typename: 'ClusterValidation', itemIds: Array<string>, valid: boolean, pairwiseCompatible: boolean, ruleEvaluations: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }>, incompatiblePairs: Array<{ __typename: 'ComparisonResult', item1Id: string, item2Id: string, compatible: boolean, rulesEvaluated: Array<{ __typename: 'RuleEvaluation', ruleName: string, passed: boolean, reason: string }> }> };

export type ImportResultFieldsFragment = { __typename: 'ImportResult', warnings: Array<string>, schemas: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, ruleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, clusterRuleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, catalogs: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, items: { __typename: 'ImportCounts', created: number, updated: number, skipped: number } };

export type ImportCountsFieldsFragment = { __typename: 'ImportCounts', created: number, updated: number, skipped: number };

export type ImportAllMutationVariables = Exact<{
  file: Blob;
  onConflict?: ImportConflictStrategy | null | undefined;
}>;


export type ImportAllMutation = { __typename: 'Mutation', importAll: { __typename: 'ImportResult', warnings: Array<string>, schemas: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, ruleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, clusterRuleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, catalogs: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, items: { __typename: 'ImportCounts', created: number, updated: number, skipped: number } } };

export type ExportCatalogQueryVariables = Exact<{
  name: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportCatalogQuery = { __typename: 'Query', exportCatalog: { __typename: 'CatalogExportPage', document: Record<string, unknown>, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null } } };

export type CatalogItemQueryVariables = Exact<{
  catalogName: string;
  id: string | number;
}>;


export type CatalogItemQuery = { __typename: 'Query', catalog: { __typename: 'Catalog', name: string, item: { __typename: 'Item', id: string, name: string, attributes: Record<string, unknown>, metadata: Record<string, unknown> | null, createdAt: string, updatedAt: string } | null } | null };

export type CreateItemMutationVariables = Exact<{
  catalogName: string;
  input: ItemInput;
}>;


export type CreateItemMutation = { __typename: 'Mutation', createItem: { __typename: 'Item', id: string, name: string, attributes: Record<string, unknown>, metadata: Record<string, unknown> | null, createdAt: string, updatedAt: string } };

export type UpdateItemMutationVariables = Exact<{
  catalogName: string;
  id: string | number;
  input: ItemUpdateInput;
}>;


export type UpdateItemMutation = { __typename: 'Mutation', updateItem: { __typename: 'Item', id: string, name: string, attributes: Record<string, unknown>, metadata: Record<string, unknown> | null, createdAt: string, updatedAt: string } };

export type DeleteItemMutationVariables = Exact<{
  catalogName: string;
  id: string | number;
}>;


export type DeleteItemMutation = { __typename: 'Mutation', deleteItem: boolean };



/**
 * __useCatalogsQuery__
 *
 * To run a query within a React component, call `useCatalogsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCatalogsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCatalogsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useCatalogsQuery(baseOptions?: Apollo.QueryHookOptions<CatalogsQuery, CatalogsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CatalogsQuery, CatalogsQueryVariables>(Operations.Catalogs, options);
      }
export function useCatalogsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CatalogsQuery, CatalogsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CatalogsQuery, CatalogsQueryVariables>(Operations.Catalogs, options);
        }
// @ts-ignore
export function useCatalogsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CatalogsQuery, CatalogsQueryVariables>): Apollo.UseSuspenseQueryResult<CatalogsQuery, CatalogsQueryVariables>;
export function useCatalogsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CatalogsQuery, CatalogsQueryVariables>): Apollo.UseSuspenseQueryResult<CatalogsQuery | undefined, CatalogsQueryVariables>;
export function useCatalogsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CatalogsQuery, CatalogsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CatalogsQuery, CatalogsQueryVariables>(Operations.Catalogs, options);
        }
export type CatalogsQueryHookResult = ReturnType<typeof useCatalogsQuery>;
export type CatalogsLazyQueryHookResult = ReturnType<typeof useCatalogsLazyQuery>;
export type CatalogsSuspenseQueryHookResult = ReturnType<typeof useCatalogsSuspenseQuery>;
export type CatalogsQueryResult = Apollo.QueryResult<CatalogsQuery, CatalogsQueryVariables>;

/**
 * __useCatalogWithItemsQuery__
 *
 * To run a query within a React component, call `useCatalogWithItemsQuery` and pass it any options that fit your needs.
 * When your component renders, `useCatalogWithItemsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCatalogWithItemsQuery({
 *   variables: {
 *      name: // value for 'name'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useCatalogWithItemsQuery(baseOptions: Apollo.QueryHookOptions<CatalogWithItemsQuery, CatalogWithItemsQueryVariables> & ({ variables: CatalogWithItemsQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>(Operations.CatalogWithItems, options);
      }
export function useCatalogWithItemsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>(Operations.CatalogWithItems, options);
        }
// @ts-ignore
export function useCatalogWithItemsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>): Apollo.UseSuspenseQueryResult<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>;
export function useCatalogWithItemsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>): Apollo.UseSuspenseQueryResult<CatalogWithItemsQuery | undefined, CatalogWithItemsQueryVariables>;
export function useCatalogWithItemsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>(Operations.CatalogWithItems, options);
        }
export type CatalogWithItemsQueryHookResult = ReturnType<typeof useCatalogWithItemsQuery>;
export type CatalogWithItemsLazyQueryHookResult = ReturnType<typeof useCatalogWithItemsLazyQuery>;
export type CatalogWithItemsSuspenseQueryHookResult = ReturnType<typeof useCatalogWithItemsSuspenseQuery>;
export type CatalogWithItemsQueryResult = Apollo.QueryResult<CatalogWithItemsQuery, CatalogWithItemsQueryVariables>;
export type CreateCatalogMutationFn = Apollo.MutationFunction<CreateCatalogMutation, CreateCatalogMutationVariables>;

/**
 * __useCreateCatalogMutation__
 *
 * To run a mutation, you first call `useCreateCatalogMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateCatalogMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createCatalogMutation, { data, loading, error }] = useCreateCatalogMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateCatalogMutation(baseOptions?: Apollo.MutationHookOptions<CreateCatalogMutation, CreateCatalogMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CreateCatalogMutation, CreateCatalogMutationVariables>(Operations.CreateCatalog, options);
      }
export type CreateCatalogMutationHookResult = ReturnType<typeof useCreateCatalogMutation>;
export type CreateCatalogMutationResult = Apollo.MutationResult<CreateCatalogMutation>;
export type CreateCatalogMutationOptions = Apollo.BaseMutationOptions<CreateCatalogMutation, CreateCatalogMutationVariables>;
export type UpdateCatalogMutationFn = Apollo.MutationFunction<UpdateCatalogMutation, UpdateCatalogMutationVariables>;

/**
 * __useUpdateCatalogMutation__
 *
 * To run a mutation, you first call `useUpdateCatalogMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateCatalogMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateCatalogMutation, { data, loading, error }] = useUpdateCatalogMutation({
 *   variables: {
 *      name: // value for 'name'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateCatalogMutation(baseOptions?: Apollo.MutationHookOptions<UpdateCatalogMutation, UpdateCatalogMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<UpdateCatalogMutation, UpdateCatalogMutationVariables>(Operations.UpdateCatalog, options);
      }
export type UpdateCatalogMutationHookResult = ReturnType<typeof useUpdateCatalogMutation>;
export type UpdateCatalogMutationResult = Apollo.MutationResult<UpdateCatalogMutation>;
export type UpdateCatalogMutationOptions = Apollo.BaseMutationOptions<UpdateCatalogMutation, UpdateCatalogMutationVariables>;
export type DeleteCatalogMutationFn = Apollo.MutationFunction<DeleteCatalogMutation, DeleteCatalogMutationVariables>;

/**
 * __useDeleteCatalogMutation__
 *
 * To run a mutation, you first call `useDeleteCatalogMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteCatalogMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteCatalogMutation, { data, loading, error }] = useDeleteCatalogMutation({
 *   variables: {
 *      name: // value for 'name'
 *   },
 * });
 */
export function useDeleteCatalogMutation(baseOptions?: Apollo.MutationHookOptions<DeleteCatalogMutation, DeleteCatalogMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeleteCatalogMutation, DeleteCatalogMutationVariables>(Operations.DeleteCatalog, options);
      }
export type DeleteCatalogMutationHookResult = ReturnType<typeof useDeleteCatalogMutation>;
export type DeleteCatalogMutationResult = Apollo.MutationResult<DeleteCatalogMutation>;
export type DeleteCatalogMutationOptions = Apollo.BaseMutationOptions<DeleteCatalogMutation, DeleteCatalogMutationVariables>;

/**
 * __useEvaluateClustersQuery__
 *
 * To run a query within a React component, call `useEvaluateClustersQuery` and pass it any options that fit your needs.
 * When your component renders, `useEvaluateClustersQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useEvaluateClustersQuery({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      clusterRuleSetName: // value for 'clusterRuleSetName'
 *      minClusterSize: // value for 'minClusterSize'
 *      maxClusterSize: // value for 'maxClusterSize'
 *      maxClusters: // value for 'maxClusters'
 *   },
 * });
 */
export function useEvaluateClustersQuery(baseOptions: Apollo.QueryHookOptions<EvaluateClustersQuery, EvaluateClustersQueryVariables> & ({ variables: EvaluateClustersQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<EvaluateClustersQuery, EvaluateClustersQueryVariables>(Operations.EvaluateClusters, options);
      }
export function useEvaluateClustersLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<EvaluateClustersQuery, EvaluateClustersQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<EvaluateClustersQuery, EvaluateClustersQueryVariables>(Operations.EvaluateClusters, options);
        }
// @ts-ignore
export function useEvaluateClustersSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<EvaluateClustersQuery, EvaluateClustersQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluateClustersQuery, EvaluateClustersQueryVariables>;
export function useEvaluateClustersSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluateClustersQuery, EvaluateClustersQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluateClustersQuery | undefined, EvaluateClustersQueryVariables>;
export function useEvaluateClustersSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluateClustersQuery, EvaluateClustersQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<EvaluateClustersQuery, EvaluateClustersQueryVariables>(Operations.EvaluateClusters, options);
        }
export type EvaluateClustersQueryHookResult = ReturnType<typeof useEvaluateClustersQuery>;
export type EvaluateClustersLazyQueryHookResult = ReturnType<typeof useEvaluateClustersLazyQuery>;
export type EvaluateClustersSuspenseQueryHookResult = ReturnType<typeof useEvaluateClustersSuspenseQuery>;
export type EvaluateClustersQueryResult = Apollo.QueryResult<EvaluateClustersQuery, EvaluateClustersQueryVariables>;

/**
 * __useValidateClusterQuery__
 *
 * To run a query within a React component, call `useValidateClusterQuery` and pass it any options that fit your needs.
 * When your component renders, `useValidateClusterQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useValidateClusterQuery({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      clusterRuleSetName: // value for 'clusterRuleSetName'
 *      itemIds: // value for 'itemIds'
 *   },
 * });
 */
export function useValidateClusterQuery(baseOptions: Apollo.QueryHookOptions<ValidateClusterQuery, ValidateClusterQueryVariables> & ({ variables: ValidateClusterQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<ValidateClusterQuery, ValidateClusterQueryVariables>(Operations.ValidateCluster, options);
      }
export function useValidateClusterLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<ValidateClusterQuery, ValidateClusterQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<ValidateClusterQuery, ValidateClusterQueryVariables>(Operations.ValidateCluster, options);
        }
// @ts-ignore
export function useValidateClusterSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<ValidateClusterQuery, ValidateClusterQueryVariables>): Apollo.UseSuspenseQueryResult<ValidateClusterQuery, ValidateClusterQueryVariables>;
export function useValidateClusterSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ValidateClusterQuery, ValidateClusterQueryVariables>): Apollo.UseSuspenseQueryResult<ValidateClusterQuery | undefined, ValidateClusterQueryVariables>;
export function useValidateClusterSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ValidateClusterQuery, ValidateClusterQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<ValidateClusterQuery, ValidateClusterQueryVariables>(Operations.ValidateCluster, options);
        }
export type ValidateClusterQueryHookResult = ReturnType<typeof useValidateClusterQuery>;
export type ValidateClusterLazyQueryHookResult = ReturnType<typeof useValidateClusterLazyQuery>;
export type ValidateClusterSuspenseQueryHookResult = ReturnType<typeof useValidateClusterSuspenseQuery>;
export type ValidateClusterQueryResult = Apollo.QueryResult<ValidateClusterQuery, ValidateClusterQueryVariables>;

/**
 * __useFindClusterCandidatesQuery__
 *
 * To run a query within a React component, call `useFindClusterCandidatesQuery` and pass it any options that fit your needs.
 * When your component renders, `useFindClusterCandidatesQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useFindClusterCandidatesQuery({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      clusterRuleSetName: // value for 'clusterRuleSetName'
 *      itemIds: // value for 'itemIds'
 *      candidateIds: // value for 'candidateIds'
 *   },
 * });
 */
export function useFindClusterCandidatesQuery(baseOptions: Apollo.QueryHookOptions<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables> & ({ variables: FindClusterCandidatesQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>(Operations.FindClusterCandidates, options);
      }
export function useFindClusterCandidatesLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>(Operations.FindClusterCandidates, options);
        }
// @ts-ignore
export function useFindClusterCandidatesSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>): Apollo.UseSuspenseQueryResult<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>;
export function useFindClusterCandidatesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>): Apollo.UseSuspenseQueryResult<FindClusterCandidatesQuery | undefined, FindClusterCandidatesQueryVariables>;
export function useFindClusterCandidatesSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>(Operations.FindClusterCandidates, options);
        }
export type FindClusterCandidatesQueryHookResult = ReturnType<typeof useFindClusterCandidatesQuery>;
export type FindClusterCandidatesLazyQueryHookResult = ReturnType<typeof useFindClusterCandidatesLazyQuery>;
export type FindClusterCandidatesSuspenseQueryHookResult = ReturnType<typeof useFindClusterCandidatesSuspenseQuery>;
export type FindClusterCandidatesQueryResult = Apollo.QueryResult<FindClusterCandidatesQuery, FindClusterCandidatesQueryVariables>;

/**
 * __useSchemasQuery__
 *
 * To run a query within a React component, call `useSchemasQuery` and pass it any options that fit your needs.
 * When your component renders, `useSchemasQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSchemasQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useSchemasQuery(baseOptions?: Apollo.QueryHookOptions<SchemasQuery, SchemasQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<SchemasQuery, SchemasQueryVariables>(Operations.Schemas, options);
      }
export function useSchemasLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<SchemasQuery, SchemasQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<SchemasQuery, SchemasQueryVariables>(Operations.Schemas, options);
        }
// @ts-ignore
export function useSchemasSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<SchemasQuery, SchemasQueryVariables>): Apollo.UseSuspenseQueryResult<SchemasQuery, SchemasQueryVariables>;
export function useSchemasSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SchemasQuery, SchemasQueryVariables>): Apollo.UseSuspenseQueryResult<SchemasQuery | undefined, SchemasQueryVariables>;
export function useSchemasSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SchemasQuery, SchemasQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<SchemasQuery, SchemasQueryVariables>(Operations.Schemas, options);
        }
export type SchemasQueryHookResult = ReturnType<typeof useSchemasQuery>;
export type SchemasLazyQueryHookResult = ReturnType<typeof useSchemasLazyQuery>;
export type SchemasSuspenseQueryHookResult = ReturnType<typeof useSchemasSuspenseQuery>;
export type SchemasQueryResult = Apollo.QueryResult<SchemasQuery, SchemasQueryVariables>;

/**
 * __useRuleSetsQuery__
 *
 * To run a query within a React component, call `useRuleSetsQuery` and pass it any options that fit your needs.
 * When your component renders, `useRuleSetsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRuleSetsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useRuleSetsQuery(baseOptions?: Apollo.QueryHookOptions<RuleSetsQuery, RuleSetsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RuleSetsQuery, RuleSetsQueryVariables>(Operations.RuleSets, options);
      }
export function useRuleSetsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RuleSetsQuery, RuleSetsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RuleSetsQuery, RuleSetsQueryVariables>(Operations.RuleSets, options);
        }
// @ts-ignore
export function useRuleSetsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RuleSetsQuery, RuleSetsQueryVariables>): Apollo.UseSuspenseQueryResult<RuleSetsQuery, RuleSetsQueryVariables>;
export function useRuleSetsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RuleSetsQuery, RuleSetsQueryVariables>): Apollo.UseSuspenseQueryResult<RuleSetsQuery | undefined, RuleSetsQueryVariables>;
export function useRuleSetsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RuleSetsQuery, RuleSetsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RuleSetsQuery, RuleSetsQueryVariables>(Operations.RuleSets, options);
        }
export type RuleSetsQueryHookResult = ReturnType<typeof useRuleSetsQuery>;
export type RuleSetsLazyQueryHookResult = ReturnType<typeof useRuleSetsLazyQuery>;
export type RuleSetsSuspenseQueryHookResult = ReturnType<typeof useRuleSetsSuspenseQuery>;
export type RuleSetsQueryResult = Apollo.QueryResult<RuleSetsQuery, RuleSetsQueryVariables>;

/**
 * __useClusterRuleSetsQuery__
 *
 * To run a query within a React component, call `useClusterRuleSetsQuery` and pass it any options that fit your needs.
 * When your component renders, `useClusterRuleSetsQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useClusterRuleSetsQuery({
 *   variables: {
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useClusterRuleSetsQuery(baseOptions?: Apollo.QueryHookOptions<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>(Operations.ClusterRuleSets, options);
      }
export function useClusterRuleSetsLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>(Operations.ClusterRuleSets, options);
        }
// @ts-ignore
export function useClusterRuleSetsSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>): Apollo.UseSuspenseQueryResult<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>;
export function useClusterRuleSetsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>): Apollo.UseSuspenseQueryResult<ClusterRuleSetsQuery | undefined, ClusterRuleSetsQueryVariables>;
export function useClusterRuleSetsSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>(Operations.ClusterRuleSets, options);
        }
export type ClusterRuleSetsQueryHookResult = ReturnType<typeof useClusterRuleSetsQuery>;
export type ClusterRuleSetsLazyQueryHookResult = ReturnType<typeof useClusterRuleSetsLazyQuery>;
export type ClusterRuleSetsSuspenseQueryHookResult = ReturnType<typeof useClusterRuleSetsSuspenseQuery>;
export type ClusterRuleSetsQueryResult = Apollo.QueryResult<ClusterRuleSetsQuery, ClusterRuleSetsQueryVariables>;

/**
 * __useEvaluatePairQuery__
 *
 * To run a query within a React component, call `useEvaluatePairQuery` and pass it any options that fit your needs.
 * When your component renders, `useEvaluatePairQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useEvaluatePairQuery({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      ruleSetName: // value for 'ruleSetName'
 *      item1Id: // value for 'item1Id'
 *      item2Id: // value for 'item2Id'
 *   },
 * });
 */
export function useEvaluatePairQuery(baseOptions: Apollo.QueryHookOptions<EvaluatePairQuery, EvaluatePairQueryVariables> & ({ variables: EvaluatePairQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<EvaluatePairQuery, EvaluatePairQueryVariables>(Operations.EvaluatePair, options);
      }
export function useEvaluatePairLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<EvaluatePairQuery, EvaluatePairQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<EvaluatePairQuery, EvaluatePairQueryVariables>(Operations.EvaluatePair, options);
        }
// @ts-ignore
export function useEvaluatePairSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<EvaluatePairQuery, EvaluatePairQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluatePairQuery, EvaluatePairQueryVariables>;
export function useEvaluatePairSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluatePairQuery, EvaluatePairQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluatePairQuery | undefined, EvaluatePairQueryVariables>;
export function useEvaluatePairSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluatePairQuery, EvaluatePairQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<EvaluatePairQuery, EvaluatePairQueryVariables>(Operations.EvaluatePair, options);
        }
export type EvaluatePairQueryHookResult = ReturnType<typeof useEvaluatePairQuery>;
export type EvaluatePairLazyQueryHookResult = ReturnType<typeof useEvaluatePairLazyQuery>;
export type EvaluatePairSuspenseQueryHookResult = ReturnType<typeof useEvaluatePairSuspenseQuery>;
export type EvaluatePairQueryResult = Apollo.QueryResult<EvaluatePairQuery, EvaluatePairQueryVariables>;

/**
 * __useEvaluateItemQuery__
 *
 * To run a query within a React component, call `useEvaluateItemQuery` and pass it any options that fit your needs.
 * When your component renders, `useEvaluateItemQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useEvaluateItemQuery({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      ruleSetName: // value for 'ruleSetName'
 *      itemId: // value for 'itemId'
 *      compatible: // value for 'compatible'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useEvaluateItemQuery(baseOptions: Apollo.QueryHookOptions<EvaluateItemQuery, EvaluateItemQueryVariables> & ({ variables: EvaluateItemQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<EvaluateItemQuery, EvaluateItemQueryVariables>(Operations.EvaluateItem, options);
      }
export function useEvaluateItemLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<EvaluateItemQuery, EvaluateItemQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<EvaluateItemQuery, EvaluateItemQueryVariables>(Operations.EvaluateItem, options);
        }
// @ts-ignore
export function useEvaluateItemSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<EvaluateItemQuery, EvaluateItemQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluateItemQuery, EvaluateItemQueryVariables>;
export function useEvaluateItemSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluateItemQuery, EvaluateItemQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluateItemQuery | undefined, EvaluateItemQueryVariables>;
export function useEvaluateItemSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluateItemQuery, EvaluateItemQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<EvaluateItemQuery, EvaluateItemQueryVariables>(Operations.EvaluateItem, options);
        }
export type EvaluateItemQueryHookResult = ReturnType<typeof useEvaluateItemQuery>;
export type EvaluateItemLazyQueryHookResult = ReturnType<typeof useEvaluateItemLazyQuery>;
export type EvaluateItemSuspenseQueryHookResult = ReturnType<typeof useEvaluateItemSuspenseQuery>;
export type EvaluateItemQueryResult = Apollo.QueryResult<EvaluateItemQuery, EvaluateItemQueryVariables>;

/**
 * __useEvaluateMatrixQuery__
 *
 * To run a query within a React component, call `useEvaluateMatrixQuery` and pass it any options that fit your needs.
 * When your component renders, `useEvaluateMatrixQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useEvaluateMatrixQuery({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      ruleSetName: // value for 'ruleSetName'
 *      compatible: // value for 'compatible'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useEvaluateMatrixQuery(baseOptions: Apollo.QueryHookOptions<EvaluateMatrixQuery, EvaluateMatrixQueryVariables> & ({ variables: EvaluateMatrixQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>(Operations.EvaluateMatrix, options);
      }
export function useEvaluateMatrixLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>(Operations.EvaluateMatrix, options);
        }
// @ts-ignore
export function useEvaluateMatrixSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>;
export function useEvaluateMatrixSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>): Apollo.UseSuspenseQueryResult<EvaluateMatrixQuery | undefined, EvaluateMatrixQueryVariables>;
export function useEvaluateMatrixSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>(Operations.EvaluateMatrix, options);
        }
export type EvaluateMatrixQueryHookResult = ReturnType<typeof useEvaluateMatrixQuery>;
export type EvaluateMatrixLazyQueryHookResult = ReturnType<typeof useEvaluateMatrixLazyQuery>;
export type EvaluateMatrixSuspenseQueryHookResult = ReturnType<typeof useEvaluateMatrixSuspenseQuery>;
export type EvaluateMatrixQueryResult = Apollo.QueryResult<EvaluateMatrixQuery, EvaluateMatrixQueryVariables>;
export type ImportAllMutationFn = Apollo.MutationFunction<ImportAllMutation, ImportAllMutationVariables>;

/**
 * __useImportAllMutation__
 *
 * To run a mutation, you first call `useImportAllMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useImportAllMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [importAllMutation, { data, loading, error }] = useImportAllMutation({
 *   variables: {
 *      file: // value for 'file'
 *      onConflict: // value for 'onConflict'
 *   },
 * });
 */
export function useImportAllMutation(baseOptions?: Apollo.MutationHookOptions<ImportAllMutation, ImportAllMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ImportAllMutation, ImportAllMutationVariables>(Operations.ImportAll, options);
      }
export type ImportAllMutationHookResult = ReturnType<typeof useImportAllMutation>;
export type ImportAllMutationResult = Apollo.MutationResult<ImportAllMutation>;
export type ImportAllMutationOptions = Apollo.BaseMutationOptions<ImportAllMutation, ImportAllMutationVariables>;

/**
 * __useExportCatalogQuery__
 *
 * To run a query within a React component, call `useExportCatalogQuery` and pass it any options that fit your needs.
 * When your component renders, `useExportCatalogQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useExportCatalogQuery({
 *   variables: {
 *      name: // value for 'name'
 *      first: // value for 'first'
 *      after: // value for 'after'
 *   },
 * });
 */
export function useExportCatalogQuery(baseOptions: Apollo.QueryHookOptions<ExportCatalogQuery, ExportCatalogQueryVariables> & ({ variables: ExportCatalogQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<ExportCatalogQuery, ExportCatalogQueryVariables>(Operations.ExportCatalog, options);
      }
export function useExportCatalogLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<ExportCatalogQuery, ExportCatalogQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<ExportCatalogQuery, ExportCatalogQueryVariables>(Operations.ExportCatalog, options);
        }
// @ts-ignore
export function useExportCatalogSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<ExportCatalogQuery, ExportCatalogQueryVariables>): Apollo.UseSuspenseQueryResult<ExportCatalogQuery, ExportCatalogQueryVariables>;
export function useExportCatalogSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ExportCatalogQuery, ExportCatalogQueryVariables>): Apollo.UseSuspenseQueryResult<ExportCatalogQuery | undefined, ExportCatalogQueryVariables>;
export function useExportCatalogSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ExportCatalogQuery, ExportCatalogQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<ExportCatalogQuery, ExportCatalogQueryVariables>(Operations.ExportCatalog, options);
        }
export type ExportCatalogQueryHookResult = ReturnType<typeof useExportCatalogQuery>;
export type ExportCatalogLazyQueryHookResult = ReturnType<typeof useExportCatalogLazyQuery>;
export type ExportCatalogSuspenseQueryHookResult = ReturnType<typeof useExportCatalogSuspenseQuery>;
export type ExportCatalogQueryResult = Apollo.QueryResult<ExportCatalogQuery, ExportCatalogQueryVariables>;

/**
 * __useCatalogItemQuery__
 *
 * To run a query within a React component, call `useCatalogItemQuery` and pass it any options that fit your needs.
 * When your component renders, `useCatalogItemQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useCatalogItemQuery({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      id: // value for 'id'
 *   },
 * });
 */
export function useCatalogItemQuery(baseOptions: Apollo.QueryHookOptions<CatalogItemQuery, CatalogItemQueryVariables> & ({ variables: CatalogItemQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<CatalogItemQuery, CatalogItemQueryVariables>(Operations.CatalogItem, options);
      }
export function useCatalogItemLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<CatalogItemQuery, CatalogItemQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<CatalogItemQuery, CatalogItemQueryVariables>(Operations.CatalogItem, options);
        }
// @ts-ignore
export function useCatalogItemSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<CatalogItemQuery, CatalogItemQueryVariables>): Apollo.UseSuspenseQueryResult<CatalogItemQuery, CatalogItemQueryVariables>;
export function useCatalogItemSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CatalogItemQuery, CatalogItemQueryVariables>): Apollo.UseSuspenseQueryResult<CatalogItemQuery | undefined, CatalogItemQueryVariables>;
export function useCatalogItemSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<CatalogItemQuery, CatalogItemQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<CatalogItemQuery, CatalogItemQueryVariables>(Operations.CatalogItem, options);
        }
export type CatalogItemQueryHookResult = ReturnType<typeof useCatalogItemQuery>;
export type CatalogItemLazyQueryHookResult = ReturnType<typeof useCatalogItemLazyQuery>;
export type CatalogItemSuspenseQueryHookResult = ReturnType<typeof useCatalogItemSuspenseQuery>;
export type CatalogItemQueryResult = Apollo.QueryResult<CatalogItemQuery, CatalogItemQueryVariables>;
export type CreateItemMutationFn = Apollo.MutationFunction<CreateItemMutation, CreateItemMutationVariables>;

/**
 * __useCreateItemMutation__
 *
 * To run a mutation, you first call `useCreateItemMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateItemMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createItemMutation, { data, loading, error }] = useCreateItemMutation({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateItemMutation(baseOptions?: Apollo.MutationHookOptions<CreateItemMutation, CreateItemMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CreateItemMutation, CreateItemMutationVariables>(Operations.CreateItem, options);
      }
export type CreateItemMutationHookResult = ReturnType<typeof useCreateItemMutation>;
export type CreateItemMutationResult = Apollo.MutationResult<CreateItemMutation>;
export type CreateItemMutationOptions = Apollo.BaseMutationOptions<CreateItemMutation, CreateItemMutationVariables>;
export type UpdateItemMutationFn = Apollo.MutationFunction<UpdateItemMutation, UpdateItemMutationVariables>;

/**
 * __useUpdateItemMutation__
 *
 * To run a mutation, you first call `useUpdateItemMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateItemMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateItemMutation, { data, loading, error }] = useUpdateItemMutation({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      id: // value for 'id'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateItemMutation(baseOptions?: Apollo.MutationHookOptions<UpdateItemMutation, UpdateItemMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<UpdateItemMutation, UpdateItemMutationVariables>(Operations.UpdateItem, options);
      }
export type UpdateItemMutationHookResult = ReturnType<typeof useUpdateItemMutation>;
export type UpdateItemMutationResult = Apollo.MutationResult<UpdateItemMutation>;
export type UpdateItemMutationOptions = Apollo.BaseMutationOptions<UpdateItemMutation, UpdateItemMutationVariables>;
export type DeleteItemMutationFn = Apollo.MutationFunction<DeleteItemMutation, DeleteItemMutationVariables>;

/**
 * __useDeleteItemMutation__
 *
 * To run a mutation, you first call `useDeleteItemMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteItemMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteItemMutation, { data, loading, error }] = useDeleteItemMutation({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      id: // value for 'id'
 *   },
 * });
 */
export function useDeleteItemMutation(baseOptions?: Apollo.MutationHookOptions<DeleteItemMutation, DeleteItemMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeleteItemMutation, DeleteItemMutationVariables>(Operations.DeleteItem, options);
      }
export type DeleteItemMutationHookResult = ReturnType<typeof useDeleteItemMutation>;
export type DeleteItemMutationResult = Apollo.MutationResult<DeleteItemMutation>;
export type DeleteItemMutationOptions = Apollo.BaseMutationOptions<DeleteItemMutation, DeleteItemMutationVariables>;