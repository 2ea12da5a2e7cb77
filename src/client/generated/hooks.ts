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

export type ClusterRuleSetInput = {
  description?: string | null | undefined;
  name: string;
  pairwiseRuleSetName: string;
  rules: Array<RuleInput>;
  schemaName: string;
  version: string;
};

export type ClusterRuleSetUpdateInput = {
  description?: string | null | undefined;
  rules?: Array<RuleInput> | null | undefined;
  version?: string | null | undefined;
};

export type DimensionInput = {
  description?: string | null | undefined;
  itemType?: string | null | undefined;
  max?: number | null | undefined;
  min?: number | null | undefined;
  name: string;
  partVocabulary?: Array<string> | null | undefined;
  required?: boolean | null | undefined;
  type: DimensionType;
  values?: Array<string> | null | undefined;
};

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

export type RuleInput = {
  condition: Record<string, unknown>;
  description?: string | null | undefined;
  enabled?: boolean | null | undefined;
  name: string;
  type: RuleType;
};

export type RuleSetInput = {
  description?: string | null | undefined;
  name: string;
  rules: Array<RuleInput>;
  schemaName: string;
  version: string;
};

export type RuleSetUpdateInput = {
  description?: string | null | undefined;
  rules?: Array<RuleInput> | null | undefined;
  version?: string | null | undefined;
};

export type RuleType =
  | 'EXCLUSION'
  | 'REQUIREMENT';

export type SchemaInput = {
  description?: string | null | undefined;
  dimensions: Array<DimensionInput>;
  name: string;
  version: string;
};

export type SchemaUpdateInput = {
  description?: string | null | undefined;
  dimensions?: Array<DimensionInput> | null | undefined;
  version?: string | null | undefined;
};

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

export type SchemaQueryVariables = Exact<{
  name: string;
}>;


export type SchemaQuery = { __typename: 'Query', schema: { __typename: 'Schema', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, dimensions: Array<{ __typename: 'Dimension', name: string, type: DimensionType, description: string | null, required: boolean, values: Array<string> | null, min: number | null, max: number | null, itemType: string | null, partVocabulary: Array<string> | null }> } | null };

export type RuleSetQueryVariables = Exact<{
  name: string;
}>;


export type RuleSetQuery = { __typename: 'Query', ruleSet: { __typename: 'RuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } | null };

export type ClusterRuleSetQueryVariables = Exact<{
  name: string;
}>;


export type ClusterRuleSetQuery = { __typename: 'Query', clusterRuleSet: { __typename: 'ClusterRuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, pairwiseRuleSet: { __typename: 'RuleSet', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } | null };

export type CreateSchemaMutationVariables = Exact<{
  input: SchemaInput;
}>;


export type CreateSchemaMutation = { __typename: 'Mutation', createSchema: { __typename: 'Schema', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, dimensions: Array<{ __typename: 'Dimension', name: string, type: DimensionType, description: string | null, required: boolean, values: Array<string> | null, min: number | null, max: number | null, itemType: string | null, partVocabulary: Array<string> | null }> } };

export type UpdateSchemaMutationVariables = Exact<{
  name: string;
  input: SchemaUpdateInput;
}>;


export type UpdateSchemaMutation = { __typename: 'Mutation', updateSchema: { __typename: 'Schema', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, dimensions: Array<{ __typename: 'Dimension', name: string, type: DimensionType, description: string | null, required: boolean, values: Array<string> | null, min: number | null, max: number | null, itemType: string | null, partVocabulary: Array<string> | null }> } };

export type DeleteSchemaMutationVariables = Exact<{
  name: string;
}>;


export type DeleteSchemaMutation = { __typename: 'Mutation', deleteSchema: boolean };

export type CreateRuleSetMutationVariables = Exact<{
  input: RuleSetInput;
}>;


export type CreateRuleSetMutation = { __typename: 'Mutation', createRuleSet: { __typename: 'RuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } };

export type UpdateRuleSetMutationVariables = Exact<{
  name: string;
  input: RuleSetUpdateInput;
}>;


export type UpdateRuleSetMutation = { __typename: 'Mutation', updateRuleSet: { __typename: 'RuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } };

export type DeleteRuleSetMutationVariables = Exact<{
  name: string;
}>;


export type DeleteRuleSetMutation = { __typename: 'Mutation', deleteRuleSet: boolean };

export type CreateClusterRuleSetMutationVariables = Exact<{
  input: ClusterRuleSetInput;
}>;


export type CreateClusterRuleSetMutation = { __typename: 'Mutation', createClusterRuleSet: { __typename: 'ClusterRuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, pairwiseRuleSet: { __typename: 'RuleSet', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } };

export type UpdateClusterRuleSetMutationVariables = Exact<{
  name: string;
  input: ClusterRuleSetUpdateInput;
}>;


export type UpdateClusterRuleSetMutation = { __typename: 'Mutation', updateClusterRuleSet: { __typename: 'ClusterRuleSet', name: string, version: string, description: string | null, createdAt: string, updatedAt: string, schema: { __typename: 'Schema', name: string }, pairwiseRuleSet: { __typename: 'RuleSet', name: string }, rules: Array<{ __typename: 'Rule', name: string, type: RuleType, description: string | null, enabled: boolean, condition: Record<string, unknown> }> } };

export type DeleteClusterRuleSetMutationVariables = Exact<{
  name: string;
}>;


export type DeleteClusterRuleSetMutation = { __typename: 'Mutation', deleteClusterRuleSet: boolean };

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

export type ImportSchemasMutationVariables = Exact<{
  file: Blob;
  onConflict?: ImportConflictStrategy | null | undefined;
}>;


export type ImportSchemasMutation = { __typename: 'Mutation', importSchemas: { __typename: 'ImportResult', warnings: Array<string>, schemas: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, ruleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, clusterRuleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, catalogs: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, items: { __typename: 'ImportCounts', created: number, updated: number, skipped: number } } };

export type ImportRuleSetsMutationVariables = Exact<{
  file: Blob;
  onConflict?: ImportConflictStrategy | null | undefined;
}>;


export type ImportRuleSetsMutation = { __typename: 'Mutation', importRuleSets: { __typename: 'ImportResult', warnings: Array<string>, schemas: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, ruleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, clusterRuleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, catalogs: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, items: { __typename: 'ImportCounts', created: number, updated: number, skipped: number } } };

export type ImportClusterRuleSetsMutationVariables = Exact<{
  file: Blob;
  onConflict?: ImportConflictStrategy | null | undefined;
}>;


export type ImportClusterRuleSetsMutation = { __typename: 'Mutation', importClusterRuleSets: { __typename: 'ImportResult', warnings: Array<string>, schemas: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, ruleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, clusterRuleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, catalogs: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, items: { __typename: 'ImportCounts', created: number, updated: number, skipped: number } } };

export type ImportCatalogsMutationVariables = Exact<{
  file: Blob;
  onConflict?: ImportConflictStrategy | null | undefined;
}>;


export type ImportCatalogsMutation = { __typename: 'Mutation', importCatalogs: { __typename: 'ImportResult', warnings: Array<string>, schemas: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, ruleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, clusterRuleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, catalogs: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, items: { __typename: 'ImportCounts', created: number, updated: number, skipped: number } } };

export type ImportItemsMutationVariables = Exact<{
  catalogName: string;
  file: Blob;
  onConflict?: ImportConflictStrategy | null | undefined;
}>;


export type ImportItemsMutation = { __typename: 'Mutation', importItems: { __typename: 'ImportResult', warnings: Array<string>, schemas: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, ruleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, clusterRuleSets: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, catalogs: { __typename: 'ImportCounts', created: number, updated: number, skipped: number }, items: { __typename: 'ImportCounts', created: number, updated: number, skipped: number } } };

export type ExportAllQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportAllQuery = { __typename: 'Query', exportAll: Record<string, unknown> };

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
 * __useSchemaQuery__
 *
 * To run a query within a React component, call `useSchemaQuery` and pass it any options that fit your needs.
 * When your component renders, `useSchemaQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useSchemaQuery({
 *   variables: {
 *      name: // value for 'name'
 *   },
 * });
 */
export function useSchemaQuery(baseOptions: Apollo.QueryHookOptions<SchemaQuery, SchemaQueryVariables> & ({ variables: SchemaQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<SchemaQuery, SchemaQueryVariables>(Operations.Schema, options);
      }
export function useSchemaLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<SchemaQuery, SchemaQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<SchemaQuery, SchemaQueryVariables>(Operations.Schema, options);
        }
// @ts-ignore
export function useSchemaSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<SchemaQuery, SchemaQueryVariables>): Apollo.UseSuspenseQueryResult<SchemaQuery, SchemaQueryVariables>;
export function useSchemaSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SchemaQuery, SchemaQueryVariables>): Apollo.UseSuspenseQueryResult<SchemaQuery | undefined, SchemaQueryVariables>;
export function useSchemaSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<SchemaQuery, SchemaQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<SchemaQuery, SchemaQueryVariables>(Operations.Schema, options);
        }
export type SchemaQueryHookResult = ReturnType<typeof useSchemaQuery>;
export type SchemaLazyQueryHookResult = ReturnType<typeof useSchemaLazyQuery>;
export type SchemaSuspenseQueryHookResult = ReturnType<typeof useSchemaSuspenseQuery>;
export type SchemaQueryResult = Apollo.QueryResult<SchemaQuery, SchemaQueryVariables>;

/**
 * __useRuleSetQuery__
 *
 * To run a query within a React component, call `useRuleSetQuery` and pass it any options that fit your needs.
 * When your component renders, `useRuleSetQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useRuleSetQuery({
 *   variables: {
 *      name: // value for 'name'
 *   },
 * });
 */
export function useRuleSetQuery(baseOptions: Apollo.QueryHookOptions<RuleSetQuery, RuleSetQueryVariables> & ({ variables: RuleSetQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<RuleSetQuery, RuleSetQueryVariables>(Operations.RuleSet, options);
      }
export function useRuleSetLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<RuleSetQuery, RuleSetQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<RuleSetQuery, RuleSetQueryVariables>(Operations.RuleSet, options);
        }
// @ts-ignore
export function useRuleSetSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<RuleSetQuery, RuleSetQueryVariables>): Apollo.UseSuspenseQueryResult<RuleSetQuery, RuleSetQueryVariables>;
export function useRuleSetSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RuleSetQuery, RuleSetQueryVariables>): Apollo.UseSuspenseQueryResult<RuleSetQuery | undefined, RuleSetQueryVariables>;
export function useRuleSetSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<RuleSetQuery, RuleSetQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<RuleSetQuery, RuleSetQueryVariables>(Operations.RuleSet, options);
        }
export type RuleSetQueryHookResult = ReturnType<typeof useRuleSetQuery>;
export type RuleSetLazyQueryHookResult = ReturnType<typeof useRuleSetLazyQuery>;
export type RuleSetSuspenseQueryHookResult = ReturnType<typeof useRuleSetSuspenseQuery>;
export type RuleSetQueryResult = Apollo.QueryResult<RuleSetQuery, RuleSetQueryVariables>;

/**
 * __useClusterRuleSetQuery__
 *
 * To run a query within a React component, call `useClusterRuleSetQuery` and pass it any options that fit your needs.
 * When your component renders, `useClusterRuleSetQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useClusterRuleSetQuery({
 *   variables: {
 *      name: // value for 'name'
 *   },
 * });
 */
export function useClusterRuleSetQuery(baseOptions: Apollo.QueryHookOptions<ClusterRuleSetQuery, ClusterRuleSetQueryVariables> & ({ variables: ClusterRuleSetQueryVariables; skip?: boolean; } | { skip: boolean; }) ) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>(Operations.ClusterRuleSet, options);
      }
export function useClusterRuleSetLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>(Operations.ClusterRuleSet, options);
        }
// @ts-ignore
export function useClusterRuleSetSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>): Apollo.UseSuspenseQueryResult<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>;
export function useClusterRuleSetSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>): Apollo.UseSuspenseQueryResult<ClusterRuleSetQuery | undefined, ClusterRuleSetQueryVariables>;
export function useClusterRuleSetSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>(Operations.ClusterRuleSet, options);
        }
export type ClusterRuleSetQueryHookResult = ReturnType<typeof useClusterRuleSetQuery>;
export type ClusterRuleSetLazyQueryHookResult = ReturnType<typeof useClusterRuleSetLazyQuery>;
export type ClusterRuleSetSuspenseQueryHookResult = ReturnType<typeof useClusterRuleSetSuspenseQuery>;
export type ClusterRuleSetQueryResult = Apollo.QueryResult<ClusterRuleSetQuery, ClusterRuleSetQueryVariables>;
export type CreateSchemaMutationFn = Apollo.MutationFunction<CreateSchemaMutation, CreateSchemaMutationVariables>;

/**
 * __useCreateSchemaMutation__
 *
 * To run a mutation, you first call `useCreateSchemaMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateSchemaMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createSchemaMutation, { data, loading, error }] = useCreateSchemaMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateSchemaMutation(baseOptions?: Apollo.MutationHookOptions<CreateSchemaMutation, CreateSchemaMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CreateSchemaMutation, CreateSchemaMutationVariables>(Operations.CreateSchema, options);
      }
export type CreateSchemaMutationHookResult = ReturnType<typeof useCreateSchemaMutation>;
export type CreateSchemaMutationResult = Apollo.MutationResult<CreateSchemaMutation>;
export type CreateSchemaMutationOptions = Apollo.BaseMutationOptions<CreateSchemaMutation, CreateSchemaMutationVariables>;
export type UpdateSchemaMutationFn = Apollo.MutationFunction<UpdateSchemaMutation, UpdateSchemaMutationVariables>;

/**
 * __useUpdateSchemaMutation__
 *
 * To run a mutation, you first call `useUpdateSchemaMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateSchemaMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateSchemaMutation, { data, loading, error }] = useUpdateSchemaMutation({
 *   variables: {
 *      name: // value for 'name'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateSchemaMutation(baseOptions?: Apollo.MutationHookOptions<UpdateSchemaMutation, UpdateSchemaMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<UpdateSchemaMutation, UpdateSchemaMutationVariables>(Operations.UpdateSchema, options);
      }
export type UpdateSchemaMutationHookResult = ReturnType<typeof useUpdateSchemaMutation>;
export type UpdateSchemaMutationResult = Apollo.MutationResult<UpdateSchemaMutation>;
export type UpdateSchemaMutationOptions = Apollo.BaseMutationOptions<UpdateSchemaMutation, UpdateSchemaMutationVariables>;
export type DeleteSchemaMutationFn = Apollo.MutationFunction<DeleteSchemaMutation, DeleteSchemaMutationVariables>;

/**
 * __useDeleteSchemaMutation__
 *
 * To run a mutation, you first call `useDeleteSchemaMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteSchemaMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteSchemaMutation, { data, loading, error }] = useDeleteSchemaMutation({
 *   variables: {
 *      name: // value for 'name'
 *   },
 * });
 */
export function useDeleteSchemaMutation(baseOptions?: Apollo.MutationHookOptions<DeleteSchemaMutation, DeleteSchemaMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeleteSchemaMutation, DeleteSchemaMutationVariables>(Operations.DeleteSchema, options);
      }
export type DeleteSchemaMutationHookResult = ReturnType<typeof useDeleteSchemaMutation>;
export type DeleteSchemaMutationResult = Apollo.MutationResult<DeleteSchemaMutation>;
export type DeleteSchemaMutationOptions = Apollo.BaseMutationOptions<DeleteSchemaMutation, DeleteSchemaMutationVariables>;
export type CreateRuleSetMutationFn = Apollo.MutationFunction<CreateRuleSetMutation, CreateRuleSetMutationVariables>;

/**
 * __useCreateRuleSetMutation__
 *
 * To run a mutation, you first call `useCreateRuleSetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateRuleSetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createRuleSetMutation, { data, loading, error }] = useCreateRuleSetMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateRuleSetMutation(baseOptions?: Apollo.MutationHookOptions<CreateRuleSetMutation, CreateRuleSetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CreateRuleSetMutation, CreateRuleSetMutationVariables>(Operations.CreateRuleSet, options);
      }
export type CreateRuleSetMutationHookResult = ReturnType<typeof useCreateRuleSetMutation>;
export type CreateRuleSetMutationResult = Apollo.MutationResult<CreateRuleSetMutation>;
export type CreateRuleSetMutationOptions = Apollo.BaseMutationOptions<CreateRuleSetMutation, CreateRuleSetMutationVariables>;
export type UpdateRuleSetMutationFn = Apollo.MutationFunction<UpdateRuleSetMutation, UpdateRuleSetMutationVariables>;

/**
 * __useUpdateRuleSetMutation__
 *
 * To run a mutation, you first call `useUpdateRuleSetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateRuleSetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateRuleSetMutation, { data, loading, error }] = useUpdateRuleSetMutation({
 *   variables: {
 *      name: // value for 'name'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateRuleSetMutation(baseOptions?: Apollo.MutationHookOptions<UpdateRuleSetMutation, UpdateRuleSetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<UpdateRuleSetMutation, UpdateRuleSetMutationVariables>(Operations.UpdateRuleSet, options);
      }
export type UpdateRuleSetMutationHookResult = ReturnType<typeof useUpdateRuleSetMutation>;
export type UpdateRuleSetMutationResult = Apollo.MutationResult<UpdateRuleSetMutation>;
export type UpdateRuleSetMutationOptions = Apollo.BaseMutationOptions<UpdateRuleSetMutation, UpdateRuleSetMutationVariables>;
export type DeleteRuleSetMutationFn = Apollo.MutationFunction<DeleteRuleSetMutation, DeleteRuleSetMutationVariables>;

/**
 * __useDeleteRuleSetMutation__
 *
 * To run a mutation, you first call `useDeleteRuleSetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteRuleSetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteRuleSetMutation, { data, loading, error }] = useDeleteRuleSetMutation({
 *   variables: {
 *      name: // value for 'name'
 *   },
 * });
 */
export function useDeleteRuleSetMutation(baseOptions?: Apollo.MutationHookOptions<DeleteRuleSetMutation, DeleteRuleSetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeleteRuleSetMutation, DeleteRuleSetMutationVariables>(Operations.DeleteRuleSet, options);
      }
export type DeleteRuleSetMutationHookResult = ReturnType<typeof useDeleteRuleSetMutation>;
export type DeleteRuleSetMutationResult = Apollo.MutationResult<DeleteRuleSetMutation>;
export type DeleteRuleSetMutationOptions = Apollo.BaseMutationOptions<DeleteRuleSetMutation, DeleteRuleSetMutationVariables>;
export type CreateClusterRuleSetMutationFn = Apollo.MutationFunction<CreateClusterRuleSetMutation, CreateClusterRuleSetMutationVariables>;

/**
 * __useCreateClusterRuleSetMutation__
 *
 * To run a mutation, you first call `useCreateClusterRuleSetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useCreateClusterRuleSetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [createClusterRuleSetMutation, { data, loading, error }] = useCreateClusterRuleSetMutation({
 *   variables: {
 *      input: // value for 'input'
 *   },
 * });
 */
export function useCreateClusterRuleSetMutation(baseOptions?: Apollo.MutationHookOptions<CreateClusterRuleSetMutation, CreateClusterRuleSetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<CreateClusterRuleSetMutation, CreateClusterRuleSetMutationVariables>(Operations.CreateClusterRuleSet, options);
      }
export type CreateClusterRuleSetMutationHookResult = ReturnType<typeof useCreateClusterRuleSetMutation>;
export type CreateClusterRuleSetMutationResult = Apollo.MutationResult<CreateClusterRuleSetMutation>;
export type CreateClusterRuleSetMutationOptions = Apollo.BaseMutationOptions<CreateClusterRuleSetMutation, CreateClusterRuleSetMutationVariables>;
export type UpdateClusterRuleSetMutationFn = Apollo.MutationFunction<UpdateClusterRuleSetMutation, UpdateClusterRuleSetMutationVariables>;

/**
 * __useUpdateClusterRuleSetMutation__
 *
 * To run a mutation, you first call `useUpdateClusterRuleSetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useUpdateClusterRuleSetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [updateClusterRuleSetMutation, { data, loading, error }] = useUpdateClusterRuleSetMutation({
 *   variables: {
 *      name: // value for 'name'
 *      input: // value for 'input'
 *   },
 * });
 */
export function useUpdateClusterRuleSetMutation(baseOptions?: Apollo.MutationHookOptions<UpdateClusterRuleSetMutation, UpdateClusterRuleSetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<UpdateClusterRuleSetMutation, UpdateClusterRuleSetMutationVariables>(Operations.UpdateClusterRuleSet, options);
      }
export type UpdateClusterRuleSetMutationHookResult = ReturnType<typeof useUpdateClusterRuleSetMutation>;
export type UpdateClusterRuleSetMutationResult = Apollo.MutationResult<UpdateClusterRuleSetMutation>;
export type UpdateClusterRuleSetMutationOptions = Apollo.BaseMutationOptions<UpdateClusterRuleSetMutation, UpdateClusterRuleSetMutationVariables>;
export type DeleteClusterRuleSetMutationFn = Apollo.MutationFunction<DeleteClusterRuleSetMutation, DeleteClusterRuleSetMutationVariables>;

/**
 * __useDeleteClusterRuleSetMutation__
 *
 * To run a mutation, you first call `useDeleteClusterRuleSetMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useDeleteClusterRuleSetMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [deleteClusterRuleSetMutation, { data, loading, error }] = useDeleteClusterRuleSetMutation({
 *   variables: {
 *      name: // value for 'name'
 *   },
 * });
 */
export function useDeleteClusterRuleSetMutation(baseOptions?: Apollo.MutationHookOptions<DeleteClusterRuleSetMutation, DeleteClusterRuleSetMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<DeleteClusterRuleSetMutation, DeleteClusterRuleSetMutationVariables>(Operations.DeleteClusterRuleSet, options);
      }
export type DeleteClusterRuleSetMutationHookResult = ReturnType<typeof useDeleteClusterRuleSetMutation>;
export type DeleteClusterRuleSetMutationResult = Apollo.MutationResult<DeleteClusterRuleSetMutation>;
export type DeleteClusterRuleSetMutationOptions = Apollo.BaseMutationOptions<DeleteClusterRuleSetMutation, DeleteClusterRuleSetMutationVariables>;

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
export type ImportSchemasMutationFn = Apollo.MutationFunction<ImportSchemasMutation, ImportSchemasMutationVariables>;

/**
 * __useImportSchemasMutation__
 *
 * To run a mutation, you first call `useImportSchemasMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useImportSchemasMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [importSchemasMutation, { data, loading, error }] = useImportSchemasMutation({
 *   variables: {
 *      file: // value for 'file'
 *      onConflict: // value for 'onConflict'
 *   },
 * });
 */
export function useImportSchemasMutation(baseOptions?: Apollo.MutationHookOptions<ImportSchemasMutation, ImportSchemasMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ImportSchemasMutation, ImportSchemasMutationVariables>(Operations.ImportSchemas, options);
      }
export type ImportSchemasMutationHookResult = ReturnType<typeof useImportSchemasMutation>;
export type ImportSchemasMutationResult = Apollo.MutationResult<ImportSchemasMutation>;
export type ImportSchemasMutationOptions = Apollo.BaseMutationOptions<ImportSchemasMutation, ImportSchemasMutationVariables>;
export type ImportRuleSetsMutationFn = Apollo.MutationFunction<ImportRuleSetsMutation, ImportRuleSetsMutationVariables>;

/**
 * __useImportRuleSetsMutation__
 *
 * To run a mutation, you first call `useImportRuleSetsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useImportRuleSetsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [importRuleSetsMutation, { data, loading, error }] = useImportRuleSetsMutation({
 *   variables: {
 *      file: // value for 'file'
 *      onConflict: // value for 'onConflict'
 *   },
 * });
 */
export function useImportRuleSetsMutation(baseOptions?: Apollo.MutationHookOptions<ImportRuleSetsMutation, ImportRuleSetsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ImportRuleSetsMutation, ImportRuleSetsMutationVariables>(Operations.ImportRuleSets, options);
      }
export type ImportRuleSetsMutationHookResult = ReturnType<typeof useImportRuleSetsMutation>;
export type ImportRuleSetsMutationResult = Apollo.MutationResult<ImportRuleSetsMutation>;
export type ImportRuleSetsMutationOptions = Apollo.BaseMutationOptions<ImportRuleSetsMutation, ImportRuleSetsMutationVariables>;
export type ImportClusterRuleSetsMutationFn = Apollo.MutationFunction<ImportClusterRuleSetsMutation, ImportClusterRuleSetsMutationVariables>;

/**
 * __useImportClusterRuleSetsMutation__
 *
 * To run a mutation, you first call `useImportClusterRuleSetsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useImportClusterRuleSetsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [importClusterRuleSetsMutation, { data, loading, error }] = useImportClusterRuleSetsMutation({
 *   variables: {
 *      file: // value for 'file'
 *      onConflict: // value for 'onConflict'
 *   },
 * });
 */
export function useImportClusterRuleSetsMutation(baseOptions?: Apollo.MutationHookOptions<ImportClusterRuleSetsMutation, ImportClusterRuleSetsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ImportClusterRuleSetsMutation, ImportClusterRuleSetsMutationVariables>(Operations.ImportClusterRuleSets, options);
      }
export type ImportClusterRuleSetsMutationHookResult = ReturnType<typeof useImportClusterRuleSetsMutation>;
export type ImportClusterRuleSetsMutationResult = Apollo.MutationResult<ImportClusterRuleSetsMutation>;
export type ImportClusterRuleSetsMutationOptions = Apollo.BaseMutationOptions<ImportClusterRuleSetsMutation, ImportClusterRuleSetsMutationVariables>;
export type ImportCatalogsMutationFn = Apollo.MutationFunction<ImportCatalogsMutation, ImportCatalogsMutationVariables>;

/**
 * __useImportCatalogsMutation__
 *
 * To run a mutation, you first call `useImportCatalogsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useImportCatalogsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [importCatalogsMutation, { data, loading, error }] = useImportCatalogsMutation({
 *   variables: {
 *      file: // value for 'file'
 *      onConflict: // value for 'onConflict'
 *   },
 * });
 */
export function useImportCatalogsMutation(baseOptions?: Apollo.MutationHookOptions<ImportCatalogsMutation, ImportCatalogsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ImportCatalogsMutation, ImportCatalogsMutationVariables>(Operations.ImportCatalogs, options);
      }
export type ImportCatalogsMutationHookResult = ReturnType<typeof useImportCatalogsMutation>;
export type ImportCatalogsMutationResult = Apollo.MutationResult<ImportCatalogsMutation>;
export type ImportCatalogsMutationOptions = Apollo.BaseMutationOptions<ImportCatalogsMutation, ImportCatalogsMutationVariables>;
export type ImportItemsMutationFn = Apollo.MutationFunction<ImportItemsMutation, ImportItemsMutationVariables>;

/**
 * __useImportItemsMutation__
 *
 * To run a mutation, you first call `useImportItemsMutation` within a React component and pass it any options that fit your needs.
 * When your component renders, `useImportItemsMutation` returns a tuple that includes:
 * - A mutate function that you can call at any time to execute the mutation
 * - An object with fields that represent the current status of the mutation's execution
 *
 * @param baseOptions options that will be passed into the mutation, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options-2;
 *
 * @example
 * const [importItemsMutation, { data, loading, error }] = useImportItemsMutation({
 *   variables: {
 *      catalogName: // value for 'catalogName'
 *      file: // value for 'file'
 *      onConflict: // value for 'onConflict'
 *   },
 * });
 */
export function useImportItemsMutation(baseOptions?: Apollo.MutationHookOptions<ImportItemsMutation, ImportItemsMutationVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useMutation<ImportItemsMutation, ImportItemsMutationVariables>(Operations.ImportItems, options);
      }
export type ImportItemsMutationHookResult = ReturnType<typeof useImportItemsMutation>;
export type ImportItemsMutationResult = Apollo.MutationResult<ImportItemsMutation>;
export type ImportItemsMutationOptions = Apollo.BaseMutationOptions<ImportItemsMutation, ImportItemsMutationVariables>;

/**
 * __useExportAllQuery__
 *
 * To run a query within a React component, call `useExportAllQuery` and pass it any options that fit your needs.
 * When your component renders, `useExportAllQuery` returns an object from Apollo Client that contains loading, error, and data properties
 * you can use to render your UI.
 *
 * @param baseOptions options that will be passed into the query, supported options are listed on: https://www.apollographql.com/docs/react/api/react-hooks/#options;
 *
 * @example
 * const { data, loading, error } = useExportAllQuery({
 *   variables: {
 *   },
 * });
 */
export function useExportAllQuery(baseOptions?: Apollo.QueryHookOptions<ExportAllQuery, ExportAllQueryVariables>) {
        const options = {...defaultOptions, ...baseOptions}
        return Apollo.useQuery<ExportAllQuery, ExportAllQueryVariables>(Operations.ExportAll, options);
      }
export function useExportAllLazyQuery(baseOptions?: Apollo.LazyQueryHookOptions<ExportAllQuery, ExportAllQueryVariables>) {
          const options = {...defaultOptions, ...baseOptions}
          return Apollo.useLazyQuery<ExportAllQuery, ExportAllQueryVariables>(Operations.ExportAll, options);
        }
// @ts-ignore
export function useExportAllSuspenseQuery(baseOptions?: Apollo.SuspenseQueryHookOptions<ExportAllQuery, ExportAllQueryVariables>): Apollo.UseSuspenseQueryResult<ExportAllQuery, ExportAllQueryVariables>;
export function useExportAllSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ExportAllQuery, ExportAllQueryVariables>): Apollo.UseSuspenseQueryResult<ExportAllQuery | undefined, ExportAllQueryVariables>;
export function useExportAllSuspenseQuery(baseOptions?: Apollo.SkipToken | Apollo.SuspenseQueryHookOptions<ExportAllQuery, ExportAllQueryVariables>) {
          const options = baseOptions === Apollo.skipToken ? baseOptions : {...defaultOptions, ...baseOptions}
          return Apollo.useSuspenseQuery<ExportAllQuery, ExportAllQueryVariables>(Operations.ExportAll, options);
        }
export type ExportAllQueryHookResult = ReturnType<typeof useExportAllQuery>;
export type ExportAllLazyQueryHookResult = ReturnType<typeof useExportAllLazyQuery>;
export type ExportAllSuspenseQueryHookResult = ReturnType<typeof useExportAllSuspenseQuery>;
export type ExportAllQueryResult = Apollo.QueryResult<ExportAllQuery, ExportAllQueryVariables>;

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