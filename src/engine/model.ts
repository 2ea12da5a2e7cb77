/**
 * Read-only types of the Rulate domain (see docs/semantics.md).
 * Pure data: no behaviour, no imports from outside src/engine.
 */

export type JsonPrimitive = string | number | boolean | null;
export type JsonValue = JsonPrimitive | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

export type DimensionType =
  'string' | 'integer' | 'float' | 'boolean' | 'enum' | 'list' | 'part_layer_list';

export const DIMENSION_TYPES: readonly DimensionType[] = [
  'string',
  'integer',
  'float',
  'boolean',
  'enum',
  'list',
  'part_layer_list',
];

export type ListItemType = 'string' | 'integer' | 'float' | 'boolean';

export interface DimensionDef {
  readonly name: string;
  readonly type: DimensionType;
  readonly required: boolean;
  readonly description?: string | null;
  /** enum: the allowed values. */
  readonly values?: readonly string[] | null;
  /** integer / float: inclusive bounds. */
  readonly min?: number | null;
  readonly max?: number | null;
  /** list: element type. */
  readonly itemType?: ListItemType | null;
  /** part_layer_list: allowed part names. */
  readonly partVocabulary?: readonly string[] | null;
}

export interface SchemaDef {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly dimensions: readonly DimensionDef[];
}

export type RuleType = 'exclusion' | 'requirement';

/** A condition as written by users: nested single-key JSON objects. */
export type ConditionJson = JsonObject;

export interface RuleDef {
  readonly name: string;
  readonly type: RuleType;
  readonly description?: string | null;
  readonly enabled: boolean;
  readonly condition: ConditionJson;
}

export interface RuleSetDef {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly schemaName: string;
  readonly rules: readonly RuleDef[];
}

export interface ClusterRuleSetDef {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly schemaName: string;
  readonly pairwiseRuleSetName: string;
  readonly rules: readonly RuleDef[];
}

export interface ItemDef {
  readonly id: string;
  readonly name: string;
  readonly attributes: JsonObject;
  readonly metadata?: JsonObject | null;
}

/** A catalog with its items in catalog order. */
export interface CatalogDef {
  readonly name: string;
  readonly description?: string | null;
  readonly schemaName: string;
  readonly metadata?: JsonObject | null;
  readonly items: readonly ItemDef[];
}

/** A user mistake, returned (not thrown) by validation. */
export interface Issue {
  /** Where, e.g. `rules[2].condition.all[1].equals.field` or `items[12].attributes.formality`. */
  readonly path: string;
  /** SCREAMING_SNAKE code, e.g. `UNKNOWN_OPERATOR`, `INVALID_VALUE`, `REQUIRED_MISSING`. */
  readonly code: string;
  readonly message: string;
}

export interface ValidationReport {
  readonly errors: readonly Issue[];
  readonly warnings: readonly Issue[];
}

/** One rule's verdict with its explanation. */
export interface RuleEvaluation {
  readonly ruleName: string;
  readonly passed: boolean;
  readonly reason: string;
}

export interface PairResult {
  readonly item1Id: string;
  readonly item2Id: string;
  readonly compatible: boolean;
  /** Every enabled rule: exclusions first, then requirements, each in rule-set order. */
  readonly rulesEvaluated: readonly RuleEvaluation[];
}

export interface MatrixSummary {
  readonly totalPairs: number;
  readonly compatiblePairs: number;
  readonly incompatiblePairs: number;
  /** compatible / total; 0 when total is 0. */
  readonly compatibilityRate: number;
}

export type ClusterRelationshipType = 'SUBSET' | 'SUPERSET' | 'OVERLAPPING';

export interface ClusterResult {
  readonly id: string;
  readonly itemIds: readonly string[];
  readonly size: number;
  readonly isMaximal: boolean;
  readonly isMaximum: boolean;
  readonly ruleEvaluations: readonly RuleEvaluation[];
}

export interface ClusterRelationship {
  readonly clusterId: string;
  readonly relatedClusterId: string;
  readonly relationshipType: ClusterRelationshipType;
  readonly sharedItems: readonly string[];
  readonly overlapSize: number;
}

export interface ClusterAnalysisResult {
  readonly clusters: readonly ClusterResult[];
  readonly relationships: readonly ClusterRelationship[];
  readonly totalClusters: number;
  readonly maxClusterSize: number;
  readonly minClusterSize: number;
  readonly avgClusterSize: number;
  readonly totalItemsCovered: number;
  readonly truncated: boolean;
  /** The work budget in force (search steps), reported with the answer. */
  readonly workBudget: number;
  /** Search steps actually spent. */
  readonly workUsed: number;
}

export interface ClusterValidationResult {
  readonly itemIds: readonly string[];
  readonly valid: boolean;
  readonly pairwiseCompatible: boolean;
  readonly incompatiblePairs: readonly PairResult[];
  readonly ruleEvaluations: readonly RuleEvaluation[];
}

export interface ClusterCandidateResult {
  readonly itemId: string;
  readonly pairwiseCompatible: boolean;
  readonly validIfAdded: ClusterValidationResult;
}

export interface ClusterCandidatesResult {
  readonly base: ClusterValidationResult;
  readonly candidates: readonly ClusterCandidateResult[];
}
