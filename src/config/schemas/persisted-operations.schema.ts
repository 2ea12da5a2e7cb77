import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import {
  isProductionLike,
  type PersistedOperationsConfig,
  type PersistedOperationsMode,
} from '../app-config';
import { envEnum, envInt, optionalString } from '../env-values';
import type { SchemaContext } from './schema-context';

const MODES: readonly PersistedOperationsMode[] = ['off', 'allow', 'enforce'];
export const DEFAULT_MANIFEST_PATH = 'src/client/generated/persisted-documents.json';

export const persistedOperationsSchema = ({ environment, cwd }: SchemaContext) =>
  z
    .object({
      PERSISTED_OPERATIONS: envEnum(MODES, isProductionLike(environment) ? 'enforce' : 'allow'),
      PERSISTED_OPERATIONS_MANIFEST: optionalString(),
      APQ_CACHE_SIZE: envInt(1_000, { min: 1 }),
    })
    .transform((e, ctx): PersistedOperationsConfig => {
      const manifestPath = resolve(cwd, e.PERSISTED_OPERATIONS_MANIFEST ?? DEFAULT_MANIFEST_PATH);
      // enforce with no manifest would refuse every operation: fail at start instead.
      if (e.PERSISTED_OPERATIONS === 'enforce' && !existsSync(manifestPath)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['PERSISTED_OPERATIONS_MANIFEST'],
          message: `PERSISTED_OPERATIONS=enforce needs the trusted-documents manifest, but ${manifestPath} does not exist (generate it with codegen, point PERSISTED_OPERATIONS_MANIFEST at it, or set PERSISTED_OPERATIONS=allow)`,
        });
      }
      return { mode: e.PERSISTED_OPERATIONS, manifestPath, apqCacheSize: e.APQ_CACHE_SIZE };
    });
