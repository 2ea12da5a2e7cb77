import { z } from 'zod';
import { isProductionLike, type GuardsConfig } from '../app-config';
import { envBool, envInt } from '../env-values';
import type { SchemaContext } from './schema-context';

export const guardsSchema = ({ environment }: SchemaContext) => {
  const development = !isProductionLike(environment);
  return z
    .object({
      MAX_QUERY_DEPTH: envInt(10, { min: 1, max: 100 }),
      MAX_QUERY_COST: envInt(50_000, { min: 1 }),
      MAX_ALIASES: envInt(30, { min: 0 }),
      MAX_TOKENS: envInt(2_000, { min: 10 }),
      MAX_DIRECTIVES: envInt(50, { min: 0 }),
      BATCHING: envBool(false),
      MAX_BATCH_SIZE: envInt(10, { min: 1, max: 1000 }),
      INTROSPECTION: envBool(development),
      FIELD_SUGGESTIONS: envBool(development),
    })
    .transform((e): GuardsConfig => ({
      maxQueryDepth: e.MAX_QUERY_DEPTH,
      maxQueryCost: e.MAX_QUERY_COST,
      maxAliases: e.MAX_ALIASES,
      maxTokens: e.MAX_TOKENS,
      maxDirectives: e.MAX_DIRECTIVES,
      batching: { enabled: e.BATCHING, maxBatchSize: e.MAX_BATCH_SIZE },
      introspection: e.INTROSPECTION,
      fieldSuggestions: e.FIELD_SUGGESTIONS,
    }));
};
