import type { EntityManager } from '@mikro-orm/core';
import {
  clusterCandidates,
  clusterInputFromPrepared,
  clusterRelationships,
  compileRuleSet,
  evaluateClusters,
  evaluateItem,
  evaluatePair,
  matrixPage,
  matrixSummary,
  pairCount,
  prepareCatalog,
  validateCluster,
  validateClusterRuleSet,
  type ClusterInput,
  type ItemDef,
  type Page,
  type PageOptions,
  type PreparedCatalog,
} from '../engine';
import type { PairResult } from '../engine/model';
import {
  createEvaluationInstrumentation,
  type EvaluationInstrumentation,
  type EvaluationRecorder,
} from '../observability/evaluation';
import type { ClusterRuleSetEntity, RuleSetEntity, SchemaEntity } from '../persistence/entities';
import { CatalogEntity, ItemEntity } from '../persistence/entities';
import { lazyField } from './lazy';
import { rowToItemDef, toSchemaDef } from '../persistence/mappers';
import { CatalogService } from './catalog.service';
import { ClusterRuleSetService } from './cluster-rule-set.service';
import type { EngineCache } from './engine-cache';
import type { CatalogSource, EvaluationPool } from './evaluation-pool';
import { currentRequestSignal } from '../persistence/request-scope';
import { BadInputError, NotFoundError, UnprocessableError } from '../errors';
import type {
  ClusterAnalysisRecord,
  ClusterCandidatesRecord,
  ClusterValidationRecord,
  ComparisonSource,
  Connection,
  ItemEvaluationRecord,
  MatrixRecord,
} from './records';
import { RuleSetService } from './rule-set.service';
import type { ClusterSearchOptions, EvaluationService as EvaluationContract } from './contracts';

export interface EvaluationOptions {
  /** Search steps one evaluateClusters may spend (CLUSTER_WORK_BUDGET). */
  readonly clusterWorkBudget: number;
  /**
   * Receives each evaluation's duration and results (the Prometheus metrics). Spans are made
   * either way, through the global OpenTelemetry tracer (a no-op when tracing is off).
   * @default none
   */
  readonly recorder?: EvaluationRecorder;
  /**
   * Worker threads for large evaluations (matrix, item rows, pages, cluster searches); they
   * are cancelled with the request. @default none: everything runs on the event loop
   */
  readonly pool?: EvaluationPool;
}

/** A paged item load saw the catalog's revision change (internal; EvaluationService.itemsOf). */
class RevisionMoved extends Error {
  constructor(readonly current: number | null) {
    super('the catalog changed while its items were read');
  }
}

/** Loads answered without caching (their revision is unknown): unique pool keys. */
let uncachedLoads = 0;

const key = (prefix: string, row: { id: number; revision: number }) =>
  `${prefix}${row.id}.${row.revision}`;

function toConnection(page: Page): Connection<PairResult> {
  if (page.error) throw new BadInputError(page.error);
  return {
    edges: page.results.map((node, k) => ({ node, cursor: page.cursors[k] })),
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    totalCount: page.totalCount,
  };
}

function source(page: (options: PageOptions) => Page | Promise<Page>): ComparisonSource {
  return {
    page: request => {
      const result = page(request);
      return result instanceof Promise ? result.then(toConnection) : toConnection(result);
    },
  };
}

/**
 * Loads definitions and items (through the cache), then calls the pure engine; each call is
 * measured here (span + metrics), never in the engine.
 */
export class EvaluationService implements EvaluationContract {
  private readonly observe: EvaluationInstrumentation;

  constructor(
    private readonly em: EntityManager,
    private readonly cache: EngineCache,
    private readonly options: EvaluationOptions,
  ) {
    this.observe = createEvaluationInstrumentation({ recorder: options.recorder });
  }

  async evaluatePair(
    catalogName: string,
    ruleSetName: string,
    item1: string,
    item2: string,
  ): Promise<PairResult> {
    const subject = { catalog: catalogName, ruleSet: ruleSetName };
    return this.observe.measure('pair', subject, async report => {
      const { prepared } = await this.prepare(catalogName, ruleSetName);
      const [i, j] = this.positions(prepared, catalogName, [item1, item2]);
      const result = evaluatePair(prepared, i, j);
      const compatible = result.compatible ? 1 : 0;
      report({
        ...sizes(prepared),
        compatiblePairs: compatible,
        incompatiblePairs: 1 - compatible,
      });
      return result;
    });
  }

  async evaluateItem(
    catalogName: string,
    ruleSetName: string,
    itemId: string,
  ): Promise<ItemEvaluationRecord> {
    const subject = { catalog: catalogName, ruleSet: ruleSetName };
    return this.observe.measure('item', subject, async report => {
      const { prepared, source: catalog } = await this.prepare(catalogName, ruleSetName);
      const [i] = this.positions(prepared, catalogName, [itemId]);
      const pool = this.offloading(prepared.size);
      const row = pool ? await pool.itemRow(catalog, i, currentRequestSignal()) : undefined;
      const result = evaluateItem(prepared, i, row);
      report({
        ...sizes(prepared),
        compatiblePairs: result.compatibleCount,
        incompatiblePairs: result.incompatibleCount,
      });
      return { ...result, catalogName, ruleSetName, comparisons: source(result.page) };
    });
  }

  async evaluateMatrix(catalogName: string, ruleSetName: string): Promise<MatrixRecord> {
    const subject = { catalog: catalogName, ruleSet: ruleSetName };
    return this.observe.measure('matrix', subject, async report => {
      const { prepared, ruleSet, source: catalog } = await this.prepare(catalogName, ruleSetName);
      await this.options.pool?.ensureMatrix(prepared, catalog, currentRequestSignal());
      const summary = matrixSummary(prepared);
      report({
        ...sizes(prepared),
        compatiblePairs: summary.compatiblePairs,
        incompatiblePairs: summary.incompatiblePairs,
      });
      return {
        catalogName,
        ruleSetName,
        schemaName: ruleSet.schema.name,
        summary,
        evaluatedAt: new Date(),
        comparisons: source(options => {
          const pool = this.offloading(this.options.pool?.pageWork(prepared, options) ?? 0);
          return pool
            ? pool.matrixPage(prepared, catalog, options, currentRequestSignal())
            : matrixPage(prepared, options);
        }),
      };
    });
  }

  async evaluateClusters(
    catalogName: string,
    clusterRuleSetName: string,
    options: ClusterSearchOptions,
  ): Promise<ClusterAnalysisRecord> {
    const subject = { catalog: catalogName, ruleSet: clusterRuleSetName };
    return this.observe.measure('clusters', subject, async report => {
      const { prepared, rules, catalog, clusterRuleSet, input } = await this.clusterInput(
        catalogName,
        clusterRuleSetName,
      );
      const search = {
        ...options,
        workBudget: this.options.clusterWorkBudget,
        relationships: false,
      };
      // A search's steps work on bitsets of the catalog's size: large catalogs leave the loop.
      const pool = this.offloading(pairCount(prepared.size));
      const result = pool
        ? await pool.clusters(prepared, catalog, rules, search, currentRequestSignal())
        : evaluateClusters(input(true), search);
      report({
        ...sizes(prepared),
        clusters: result.totalClusters,
        truncated: result.truncated,
        workUsed: result.workUsed,
      });
      const { relationships: _computedOnDemand, ...rest } = result;
      const record = {
        ...rest,
        catalogName,
        ruleSetName: clusterRuleSet.pairwiseRuleSet.name,
        clusterRuleSetName,
        evaluatedAt: new Date(),
      };
      return lazyField(record, 'relationships', () => clusterRelationships(result.clusters));
    });
  }

  async validateCluster(
    catalogName: string,
    clusterRuleSetName: string,
    itemIds: readonly string[],
  ): Promise<ClusterValidationRecord> {
    const subject = { catalog: catalogName, ruleSet: clusterRuleSetName };
    return this.observe.measure('validate_cluster', subject, async report => {
      const { input, prepared } = await this.clusterInput(catalogName, clusterRuleSetName);
      report(sizes(prepared));
      return validateCluster(input(false), this.positions(prepared, catalogName, itemIds));
    });
  }

  async clusterCandidates(
    catalogName: string,
    clusterRuleSetName: string,
    itemIds: readonly string[],
    candidateIds?: readonly string[] | null,
  ): Promise<ClusterCandidatesRecord> {
    const subject = { catalog: catalogName, ruleSet: clusterRuleSetName };
    return this.observe.measure('cluster_candidates', subject, async report => {
      const { input, prepared } = await this.clusterInput(catalogName, clusterRuleSetName);
      report(sizes(prepared));
      const base = this.positions(prepared, catalogName, itemIds);
      const candidates = candidateIds ? this.positions(prepared, catalogName, candidateIds) : null;
      return clusterCandidates(input(false), base, candidates);
    });
  }

  /** The pool, when work of `pairs` pair evaluations (or a catalog of that size) leaves the loop. */
  private offloading(pairs: number): EvaluationPool | null {
    return this.options.pool?.offloads(pairs) ? this.options.pool : null;
  }

  private positions(
    prepared: PreparedCatalog,
    catalogName: string,
    ids: readonly string[],
  ): number[] {
    const missing = ids.filter(id => !prepared.indexById.has(id));
    if (missing.length > 0) {
      const list = missing.map(id => `"${id}"`).join(', ');
      throw new NotFoundError(
        missing.length === 1 ? 'Item' : 'Items',
        missing.join(', '),
        `(not in catalog "${catalogName}": ${list})`,
      );
    }
    return ids.map(id => prepared.indexById.get(id)!);
  }

  private async prepare(catalogName: string, ruleSetName: string) {
    const catalog = await new CatalogService(this.em).entity(catalogName);
    const ruleSet = await new RuleSetService(this.em).entity(ruleSetName);
    return { catalog, ruleSet, ...(await this.prepared(catalog, ruleSet)) };
  }

  private async prepared(catalog: CatalogEntity, ruleSet: RuleSetEntity) {
    assertSameSchema(catalog, ruleSet.schema, `Rule set "${ruleSet.name}"`);
    const ruleSetKey = `${key('r', ruleSet)}/${key('s', ruleSet.schema)}`;
    const compiled = this.cache.compiledRuleSet(ruleSetKey, () =>
      compileRuleSet(toSchemaDef(ruleSet.schema), ruleSet.rules),
    );
    // Both follow this process's item writes incrementally (engine-cache.ts); the catalog's
    // stored revision stays the source of truth.
    const { items, revision } = await this.itemsOf(catalog);
    const catalogKey =
      revision === null ? `c${catalog.id}.once${++uncachedLoads}` : `c${catalog.id}.${revision}`;
    const preparedKey = `${catalogKey}|${ruleSetKey}`;
    const source = (): CatalogSource => ({
      key: preparedKey,
      schema: compiled.schema,
      rules: ruleSet.rules,
      items,
    });
    const prepared =
      revision === null
        ? prepareCatalog(compiled, items)
        : this.cache.preparedCatalogAt(catalog.id, revision, ruleSetKey, () =>
            prepareCatalog(compiled, items),
          );
    return { preparedKey, source, prepared };
  }

  /**
   * The catalog's items with the revision they are at: cached, followed from this process's
   * writes, or read page by page (a large catalog must not hold the event loop:
   * ItemRepository.allPlainPaged). Pages are read at different moments, so the revision is
   * read again after the last one: when a write landed meanwhile, the load starts over at the
   * new revision. When writes keep landing, one query, consistent in itself, answers this
   * request alone (revision null: not cached, its revision is unknown).
   */
  private async itemsOf(
    catalog: CatalogEntity,
  ): Promise<{ items: readonly ItemDef[]; revision: number | null }> {
    const itemRepository = this.em.getRepository(ItemEntity);
    const catalogRepository = this.em.getRepository(CatalogEntity);
    let revision = catalog.revision;
    for (let round = 0; round < 3; round++) {
      const at = revision;
      try {
        const items = await this.cache.catalogItemsAt(catalog.id, at, async () => {
          const items = await itemRepository.allPlainPaged(catalog.id, rowToItemDef);
          const current = await catalogRepository.currentRevision(catalog.id);
          if (current !== at) throw new RevisionMoved(current);
          return items;
        });
        return { items, revision: at };
      } catch (error) {
        if (!(error instanceof RevisionMoved)) throw error;
        if (error.current === null) throw new NotFoundError('Catalog', catalog.name);
        revision = error.current;
      }
    }
    const rows = await itemRepository.allPlain(catalog.id);
    return { items: rows.map(rowToItemDef), revision: null };
  }

  private async clusterInput(catalogName: string, clusterRuleSetName: string) {
    const catalog = await new CatalogService(this.em).entity(catalogName);
    const clusterRuleSet = await new ClusterRuleSetService(this.em).entity(clusterRuleSetName);
    assertSameSchema(catalog, clusterRuleSet.schema, `Cluster rule set "${clusterRuleSet.name}"`);
    const { prepared, preparedKey, source } = await this.prepared(
      catalog,
      clusterRuleSet.pairwiseRuleSet,
    );
    const rulesKey = `${key('k', clusterRuleSet)}/${key('s', clusterRuleSet.schema)}`;
    const rules = this.cache.parsedClusterRules(rulesKey, () => parseClusterRules(clusterRuleSet));
    // Compatibility (the matrix) is computed in the pool when the catalog is large.
    await this.options.pool?.ensureMatrix(prepared, source, currentRequestSignal());
    /** With adjacency (a cluster search; cached) or without (validation, candidates). */
    const input = (withAdjacency: boolean): ClusterInput =>
      withAdjacency
        ? this.cache.clusterInput(`${preparedKey}|${rulesKey}`, () =>
            clusterInputFromPrepared(prepared, rules),
          )
        : clusterInputFromPrepared(prepared, rules, false);
    return { input, prepared, rules, catalog: source, clusterRuleSet };
  }
}

/** Catalog size and rule count of a prepared catalog (span attributes). */
function sizes(prepared: PreparedCatalog) {
  return { catalogSize: prepared.size, rules: prepared.compiled.rules.length };
}

function parseClusterRules(set: ClusterRuleSetEntity) {
  return validateClusterRuleSet(toSchemaDef(set.schema), set).rules;
}

function assertSameSchema(catalog: CatalogEntity, schema: SchemaEntity, what: string): void {
  if (catalog.schema.id === schema.id) return;
  throw new UnprocessableError(`${what} cannot evaluate catalog "${catalog.name}"`, [
    {
      path: 'catalogName',
      code: 'SCHEMA_MISMATCH',
      message: `${what} is written for schema "${schema.name}" but catalog "${catalog.name}" uses schema "${catalog.schema.name}"`,
    },
  ]);
}
