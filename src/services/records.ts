import type {
  ClusterAnalysisResult,
  ClusterCandidatesResult,
  ClusterRelationship,
  ClusterRuleSetDef,
  ClusterValidationResult,
  ItemDef,
  JsonObject,
  MatrixSummary,
  PairResult,
  RuleSetDef,
  SchemaDef,
} from '../engine/model';
import type { Timestamped } from '../persistence/mappers';
import type { PlainItemPage } from '../persistence/repositories/item.repository';

/**
 * Shapes services return; GraphQL object types read these properties by name. The
 * timestamps are the stored rows' (`Timestamped`, what the mappers copy).
 */
export type SchemaRecord = SchemaDef & Timestamped;
export type RuleSetRecord = RuleSetDef & Timestamped;
export type ClusterRuleSetRecord = ClusterRuleSetDef & Timestamped;
export type ItemRecord = ItemDef & Timestamped;

export interface CatalogRecord extends Timestamped {
  readonly name: string;
  readonly description?: string | null;
  readonly schemaName: string;
  readonly metadata?: JsonObject | null;
  /** A lazy getter in service answers: counted only when `itemCount` is selected. */
  readonly itemCount: number | Promise<number>;
  /** Row id, not exposed: lets `Catalog.items` page without looking the catalog up again. */
  readonly rowId?: number;
  /** A page of items read with the catalog (CatalogService.findWithItems), not exposed. */
  readonly itemsPage?: PrefetchedItemPage;
}

/** A page of items read ahead for `Catalog.items(first, after)` with exactly these arguments. */
export interface PrefetchedItemPage extends PlainItemPage {
  readonly first: number;
  readonly after: string | null;
}

export interface PageRequest {
  readonly first: number;
  readonly after?: string | null;
}

export interface Connection<T> {
  readonly edges: readonly { readonly cursor: string; readonly node: T }[];
  readonly pageInfo: { readonly hasNextPage: boolean; readonly endCursor: string | null };
  /** A lazy getter in some answers: counted only when `totalCount` is selected. */
  readonly totalCount: number | Promise<number>;
}

export interface ComparisonPageRequest extends PageRequest {
  readonly compatible?: boolean | null;
}

/** Something that can produce pages of comparisons with reasons on demand. */
export interface ComparisonSource {
  /** A promise when the page is computed in the evaluation pool. */
  page(request: ComparisonPageRequest): Connection<PairResult> | Promise<Connection<PairResult>>;
}

export interface MatrixRecord {
  readonly catalogName: string;
  readonly ruleSetName: string;
  readonly schemaName: string;
  readonly summary: MatrixSummary;
  readonly evaluatedAt: Date;
  readonly comparisons: ComparisonSource;
}

export interface ItemEvaluationRecord {
  readonly itemId: string;
  readonly catalogName: string;
  readonly ruleSetName: string;
  readonly compatibleCount: number;
  readonly incompatibleCount: number;
  readonly comparisons: ComparisonSource;
}

export interface ClusterAnalysisRecord extends Omit<ClusterAnalysisResult, 'relationships'> {
  /** Computed on demand: with 1000 clusters there can be ~10^6 relationships. */
  readonly relationships: readonly ClusterRelationship[];
  readonly catalogName: string;
  readonly ruleSetName: string;
  readonly clusterRuleSetName: string;
  readonly evaluatedAt: Date;
}

export type ClusterValidationRecord = ClusterValidationResult;
export type ClusterCandidatesRecord = ClusterCandidatesResult;
