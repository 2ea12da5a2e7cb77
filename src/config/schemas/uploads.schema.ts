import { z } from 'zod';
import type { LimitsConfig, UploadsConfig } from '../app-config';
import { envInt, envPositiveNumber } from '../env-values';

const MB = 1024 * 1024;

export const uploadsSchema = () =>
  z
    .object({
      MAX_UPLOAD_SIZE_MB: envPositiveNumber(10, { max: 1024 }),
      YAML_MAX_ALIASES: envInt(100, { min: 0 }),
      YAML_MAX_DEPTH: envInt(20, { min: 1, max: 1000 }),
    })
    .transform((e): UploadsConfig => ({
      maxUploadSizeBytes: Math.floor(e.MAX_UPLOAD_SIZE_MB * MB),
      yamlMaxAliases: e.YAML_MAX_ALIASES,
      yamlMaxDepth: e.YAML_MAX_DEPTH,
    }));

export const limitsSchema = () =>
  z
    .object({
      ITEM_NAME_MAX_LENGTH: envInt(1_000, { min: 1, max: 1_000_000 }),
      ITEM_ATTRIBUTES_MAX_BYTES: envInt(16_384, { min: 256 }),
      ITEM_METADATA_MAX_BYTES: envInt(65_536, { min: 256 }),
      ITEMS_PER_CATALOG_MAX: envInt(100_000, { min: 1 }),
      MAX_RESPONSE_SIZE_MB: envPositiveNumber(32, { max: 4096 }),
      ENGINE_CACHE_MB: envPositiveNumber(512, { max: 1024 * 1024 }),
      IMPORT_MAX_ITEMS: envInt(1_000, { min: 1 }),
      EXPORT_MAX_ITEMS: envInt(10_000, { min: 1 }),
      ITEMS_PAGE_MAX: envInt(1_000, { min: 1 }),
      MAX_CLUSTERS_CAP: envInt(1_000, { min: 1 }),
      CLUSTER_WORK_BUDGET: envInt(2_000_000, { min: 1 }),
    })
    .transform((e): LimitsConfig => ({
      itemNameMaxLength: e.ITEM_NAME_MAX_LENGTH,
      itemAttributesMaxBytes: e.ITEM_ATTRIBUTES_MAX_BYTES,
      metadataMaxBytes: e.ITEM_METADATA_MAX_BYTES,
      itemsPerCatalogMax: e.ITEMS_PER_CATALOG_MAX,
      maxResponseBytes: Math.floor(e.MAX_RESPONSE_SIZE_MB * MB),
      engineCacheBytes: Math.floor(e.ENGINE_CACHE_MB * MB),
      importMaxItems: e.IMPORT_MAX_ITEMS,
      exportMaxItems: e.EXPORT_MAX_ITEMS,
      itemsPageMax: e.ITEMS_PAGE_MAX,
      maxClustersCap: e.MAX_CLUSTERS_CAP,
      clusterWorkBudget: e.CLUSTER_WORK_BUDGET,
    }));
