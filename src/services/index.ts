import type { EntityManager } from '@mikro-orm/core';
import type { AppConfig } from '../config';
import { ResponseBudget } from './response-budget';
import type { StoredLimits } from './stored-limits';
import { currentRequestSignal } from '../persistence';
import type { EvaluationRecorder } from '../observability/evaluation';
import { CatalogService } from './catalog.service';
import { mappingDriverErrors, type DependencyMonitor } from '../errors';
import { ClusterRuleSetService } from './cluster-rule-set.service';
import type { EngineCache } from './engine-cache';
import type { EvaluationPool } from './evaluation-pool';
import { EvaluationService } from './evaluation.service';
import { ItemService } from './item.service';
import { RuleSetService } from './rule-set.service';
import { SchemaService } from './schema.service';
import type { Services } from './contracts';
import { TransferService } from './transfer/transfer.service';

export { EngineCache } from './engine-cache';
export { EvaluationPool } from './evaluation-pool';
export type { Services } from './contracts';

/** What the services report to (process-wide, unlike the services). */
export interface ServiceDeps {
  /** Evaluation durations and results (the app's Prometheus metrics). @default none */
  readonly metrics?: EvaluationRecorder;
  /** Told when the database fails or answers (503s, one log line per outage). @default none */
  readonly monitor?: DependencyMonitor;
  /** Worker threads for large evaluations (process-wide). @default none: all inline */
  readonly pool?: EvaluationPool;
}

/**
 * The services of one request, over its own forked EntityManager. Driver errors caused by
 * concurrent requests leave every service as CONFLICT, an outage as SERVICE_UNAVAILABLE
 * (src/errors/driver.ts), never as a 500.
 */
export function createServices(
  em: EntityManager,
  cache: EngineCache,
  config: AppConfig,
  deps: ServiceDeps = {},
): Services {
  const options = { monitor: deps.monitor, signal: currentRequestSignal };
  const guard = <T extends object>(service: T) => mappingDriverErrors(service, options);
  const stored = storedLimits(config);
  const budget = new ResponseBudget(config.limits.maxResponseBytes);
  return {
    schemas: guard(new SchemaService(em)),
    ruleSets: guard(new RuleSetService(em)),
    clusterRuleSets: guard(new ClusterRuleSetService(em)),
    catalogs: guard(new CatalogService(em, cache.itemCounts, stored)),
    items: guard(new ItemService(em, cache, stored, budget)),
    evaluation: guard(
      new EvaluationService(em, cache, {
        clusterWorkBudget: config.limits.clusterWorkBudget,
        recorder: deps.metrics,
        pool: deps.pool,
      }),
    ),
    transfer: guard(
      new TransferService(em, {
        importMaxItems: config.limits.importMaxItems,
        exportMaxItems: config.limits.exportMaxItems,
        storedLimits: stored,
        responseBudget: budget,
        documentLimits: {
          maxAliases: config.uploads.yamlMaxAliases,
          maxDepth: config.uploads.yamlMaxDepth,
        },
      }),
    ),
  };
}

/** The stored-size limits of the config (docs/limits.md). */
export function storedLimits(config: AppConfig): StoredLimits {
  const { limits, uploads } = config;
  return {
    itemNameMaxLength: limits.itemNameMaxLength,
    itemAttributesMaxBytes: limits.itemAttributesMaxBytes,
    metadataMaxBytes: limits.metadataMaxBytes,
    itemsPerCatalogMax: limits.itemsPerCatalogMax,
    documentMaxDepth: uploads.yamlMaxDepth,
  };
}
