import type { DimensionDef, JsonObject, PairResult, RuleDef } from '../engine/model';
import type {
  CatalogRecord,
  ClusterAnalysisRecord,
  ClusterCandidatesRecord,
  ClusterRuleSetRecord,
  ClusterValidationRecord,
  Connection,
  ItemEvaluationRecord,
  ItemRecord,
  MatrixRecord,
  PageRequest,
  RuleSetRecord,
  SchemaRecord,
} from './records';

export interface SchemaInputData {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly dimensions: readonly DimensionDef[];
}
export interface SchemaUpdateData {
  readonly version?: string | null;
  readonly description?: string | null;
  readonly dimensions?: readonly DimensionDef[] | null;
}

export interface RuleSetInputData {
  readonly name: string;
  readonly version: string;
  readonly description?: string | null;
  readonly schemaName: string;
  readonly rules: readonly RuleDef[];
}
export interface RuleSetUpdateData {
  readonly version?: string | null;
  readonly description?: string | null;
  readonly rules?: readonly RuleDef[] | null;
}
export interface ClusterRuleSetInputData extends RuleSetInputData {
  readonly pairwiseRuleSetName: string;
}

export interface CatalogInputData {
  readonly name: string;
  readonly description?: string | null;
  readonly schemaName: string;
  readonly metadata?: JsonObject | null;
}
export interface CatalogUpdateData {
  readonly description?: string | null;
  readonly metadata?: JsonObject | null;
}
export interface ItemInputData {
  readonly id: string;
  readonly name: string;
  readonly attributes: JsonObject;
  readonly metadata?: JsonObject | null;
}
export interface ItemUpdateData {
  readonly name?: string | null;
  readonly attributes?: JsonObject | null;
  readonly metadata?: JsonObject | null;
}

/** CRUD over one named resource kind. */
export interface ResourceService<R, C, U> {
  list(page: PageRequest): Promise<Connection<R>>;
  find(name: string): Promise<R | null>;
  get(name: string): Promise<R>;
  create(input: C): Promise<R>;
  update(name: string, input: U): Promise<R>;
  delete(name: string): Promise<boolean>;
}

export interface CatalogService extends ResourceService<
  CatalogRecord,
  CatalogInputData,
  CatalogUpdateData
> {
  /**
   * `find`, with the page of items that `Catalog.items(first, after)` will ask for read in the
   * same query (the record's `itemsPage`).
   */
  findWithItems(name: string, page: PageRequest): Promise<CatalogRecord | null>;
}

export interface ItemService {
  /**
   * `catalog`: a name, or a record already loaded in this request (no second lookup; its
   * `itemsPage`, read ahead with it, is the answer when it was read for this same request).
   */
  page(
    catalog: string | Pick<CatalogRecord, 'name' | 'rowId' | 'itemsPage'>,
    page: PageRequest,
  ): Promise<Connection<ItemRecord>>;
  find(catalogName: string, id: string): Promise<ItemRecord | null>;
  create(catalogName: string, input: ItemInputData): Promise<ItemRecord>;
  update(catalogName: string, id: string, input: ItemUpdateData): Promise<ItemRecord>;
  delete(catalogName: string, id: string): Promise<boolean>;
}

export interface ClusterSearchOptions {
  readonly minClusterSize: number;
  readonly maxClusterSize?: number | null;
  readonly maxClusters: number;
}

export interface EvaluationService {
  evaluatePair(catalog: string, ruleSet: string, item1: string, item2: string): Promise<PairResult>;
  evaluateItem(catalog: string, ruleSet: string, itemId: string): Promise<ItemEvaluationRecord>;
  evaluateMatrix(catalog: string, ruleSet: string): Promise<MatrixRecord>;
  evaluateClusters(
    catalog: string,
    clusterRuleSet: string,
    options: ClusterSearchOptions,
  ): Promise<ClusterAnalysisRecord>;
  validateCluster(
    catalog: string,
    clusterRuleSet: string,
    itemIds: readonly string[],
  ): Promise<ClusterValidationRecord>;
  clusterCandidates(
    catalog: string,
    clusterRuleSet: string,
    itemIds: readonly string[],
    candidateIds?: readonly string[] | null,
  ): Promise<ClusterCandidatesRecord>;
}

export type ImportKind = 'all' | 'schemas' | 'rulesets' | 'cluster_rulesets' | 'catalogs';
export type ConflictStrategy = 'FAIL' | 'SKIP' | 'REPLACE';

export interface ImportCountsData {
  created: number;
  updated: number;
  skipped: number;
}
export interface ImportResultData {
  readonly schemas: ImportCountsData;
  readonly ruleSets: ImportCountsData;
  readonly clusterRuleSets: ImportCountsData;
  readonly catalogs: ImportCountsData;
  readonly items: ImportCountsData;
  readonly warnings: string[];
}

/** An uploaded file, already read and size-checked. */
export interface UploadedDocument {
  readonly filename: string;
  readonly mimetype: string;
  readonly content: Buffer;
}

export interface TransferService {
  importDocument(
    kind: ImportKind,
    file: UploadedDocument,
    onConflict: ConflictStrategy,
  ): Promise<ImportResultData>;
  importItems(
    catalogName: string,
    file: UploadedDocument,
    onConflict: ConflictStrategy,
  ): Promise<ImportResultData>;
  exportAll(): Promise<JsonObject>;
  exportCatalog(
    name: string,
    page: PageRequest,
  ): Promise<{
    document: JsonObject;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  }>;
}

/** Everything resolvers may call; one instance per request (request-scoped EntityManager). */
export interface Services {
  readonly schemas: ResourceService<SchemaRecord, SchemaInputData, SchemaUpdateData>;
  readonly ruleSets: ResourceService<RuleSetRecord, RuleSetInputData, RuleSetUpdateData>;
  readonly clusterRuleSets: ResourceService<
    ClusterRuleSetRecord,
    ClusterRuleSetInputData,
    RuleSetUpdateData
  >;
  readonly catalogs: CatalogService;
  readonly items: ItemService;
  readonly evaluation: EvaluationService;
  readonly transfer: TransferService;
}
