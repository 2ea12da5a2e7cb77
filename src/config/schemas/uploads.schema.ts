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
      IMPORT_MAX_ITEMS: envInt(1_000, { min: 1 }),
      EXPORT_MAX_ITEMS: envInt(10_000, { min: 1 }),
      ITEMS_PAGE_MAX: envInt(1_000, { min: 1 }),
      MAX_CLUSTERS_CAP: envInt(1_000, { min: 1 }),
      CLUSTER_WORK_BUDGET: envInt(2_000_000, { min: 1 }),
    })
    .transform((e): LimitsConfig => ({
      importMaxItems: e.IMPORT_MAX_ITEMS,
      exportMaxItems: e.EXPORT_MAX_ITEMS,
      itemsPageMax: e.ITEMS_PAGE_MAX,
      maxClustersCap: e.MAX_CLUSTERS_CAP,
      clusterWorkBudget: e.CLUSTER_WORK_BUDGET,
    }));
